/** The columns of an employee import file, in the order of the template (see the API contract). */
export const IMPORT_COLUMNS = [
  "nip",
  "name",
  "employment_type",
  "rank",
  "position_kind",
  "position_title",
  "functional_grade",
  "unit_code",
  "email",
  "phone",
] as const;

/** The template: the header row only, CRLF as spreadsheet programs write it. */
export const importTemplateCsv = (): string => `${IMPORT_COLUMNS.join(",")}\r\n`;
