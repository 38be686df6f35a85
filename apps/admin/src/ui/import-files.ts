/** The `accept` attribute of an import file picker: the API reads CSV and XLSX files. */
export const IMPORT_ACCEPT = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Whether a picked file's name is one the imports read (CSV or XLSX, by extension). */
export const isImportFileName = (name: string): boolean => /\.(csv|xlsx)$/i.test(name);
