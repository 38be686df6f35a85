/** The columns of an assessment import file, in the order of the template (see the API contract). */
export const ASSESSMENT_IMPORT_COLUMNS = ["nip", "competency_code", "level", "source", "assessed_on"] as const;

/** The template: the header row only, CRLF as spreadsheet programs write it. */
export const assessmentTemplateCsv = (): string => `${ASSESSMENT_IMPORT_COLUMNS.join(",")}\r\n`;
