import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";

/** The columns of an employee file, with the Indonesian headers accepted as aliases. */
export const EMPLOYEE_FILE_COLUMNS = {
  nip: ["nip", "ni_pppk", "nip_nipppk"],
  name: ["name", "nama"],
  employment_type: ["employment_type", "jenis_asn", "status"],
  rank: ["rank", "rank_code", "golongan"],
  position_kind: ["position_kind", "jenis_jabatan"],
  position_title: ["position_title", "jabatan", "nama_jabatan"],
  functional_grade: ["functional_grade", "jenjang"],
  unit_code: ["unit_code", "kode_unit"],
  email: ["email", "surel"],
  phone: ["phone", "telepon", "no_hp"],
} as const;
export type EmployeeFileColumn = keyof typeof EMPLOYEE_FILE_COLUMNS;

export interface FileRow<C extends string = EmployeeFileColumn> {
  /** Spreadsheet row number: the header is row 1. */
  readonly row: number;
  readonly values: Partial<Record<C, string>>;
}

export type ParsedFile<C extends string = EmployeeFileColumn> =
  | { readonly ok: true; readonly rows: readonly FileRow<C>[] }
  | { readonly ok: false; readonly message: string; readonly field?: string };

/** The columns a file kind has (each with its accepted header names) and which of them are required. */
export interface TableSpec<C extends string> {
  readonly columns: Readonly<Record<C, readonly string[]>>;
  readonly required: readonly C[];
}

const normalizeHeader = (h: string): string => h.trim().toLowerCase().replace(/[\s-]+/g, "_");

function toRows<C extends string>(spec: TableSpec<C>, header: readonly string[], body: readonly (readonly string[])[], firstRow: number): ParsedFile<C> {
  const aliases = new Map<string, C>(
    (Object.entries(spec.columns) as [C, readonly string[]][]).flatMap(([col, names]) => names.map((n) => [n, col] as const)),
  );
  const columns = header.map((h) => aliases.get(normalizeHeader(h)) ?? null);
  const missing = spec.required.filter((c) => !columns.includes(c));
  if (missing.length) return { ok: false, message: `The header row lacks the column(s): ${missing.join(", ")}`, field: missing[0] };
  const rows: FileRow<C>[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === "")) return;
    const values: Partial<Record<C, string>> = {};
    columns.forEach((col, j) => {
      if (col) values[col] = (cells[j] ?? "").trim();
    });
    rows.push({ row: firstRow + i, values });
  });
  return { ok: true, rows };
}

function parseCsv<C extends string>(spec: TableSpec<C>, content: Buffer): ParsedFile<C> {
  let records: string[][];
  try {
    const text = content.toString("utf8").replace(/^\uFEFF/, "");
    const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false });
  } catch (e) {
    return { ok: false, message: `The CSV file cannot be read: ${(e as Error).message}` };
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, message: "The file is empty" };
  return toRows(spec, header, body, 2);
}

const cellText = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("text" in v && typeof v.text === "string") return v.text;
    if ("result" in v) return cellText(v.result as ExcelJS.CellValue);
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    return "";
  }
  // Large numbers (an 18-digit NIP typed as a number) lose digits in a spreadsheet; they are caught as invalid NIPs.
  return typeof v === "number" ? (Number.isInteger(v) ? v.toFixed(0) : String(v)) : String(v);
};

async function parseXlsx<C extends string>(spec: TableSpec<C>, content: Buffer): Promise<ParsedFile<C>> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(content as unknown as ExcelJS.Buffer);
  } catch (e) {
    return { ok: false, message: `The XLSX file cannot be read: ${(e as Error).message}` };
  }
  const sheet = wb.worksheets[0];
  if (!sheet || sheet.rowCount === 0) return { ok: false, message: "The file is empty" };
  const width = sheet.columnCount;
  const rowCells = (n: number): string[] =>
    Array.from({ length: width }, (_, j) => cellText(sheet.getRow(n).getCell(j + 1).value));
  const header = rowCells(1);
  const body = Array.from({ length: sheet.rowCount - 1 }, (_, i) => rowCells(i + 2));
  return toRows(spec, header, body, 2);
}

/** Reads a CSV (comma or semicolon) or the first sheet of an XLSX into rows keyed by the spec's columns. */
export async function parseTableFile<C extends string>(spec: TableSpec<C>, fileName: string, content: Buffer): Promise<ParsedFile<C>> {
  const ext = fileName.toLowerCase().split(".").pop();
  if (ext === "csv") return parseCsv(spec, content);
  if (ext === "xlsx") return parseXlsx(spec, content);
  return { ok: false, message: "fileName: only .csv and .xlsx files can be imported", field: "fileName" };
}

const EMPLOYEE_FILE: TableSpec<EmployeeFileColumn> = {
  columns: EMPLOYEE_FILE_COLUMNS,
  required: ["nip", "name", "employment_type", "rank", "position_kind", "position_title", "unit_code"],
};

/** Reads an employee file (see EMPLOYEE_FILE_COLUMNS). */
export const parseEmployeeFile = (fileName: string, content: Buffer): Promise<ParsedFile> => parseTableFile(EMPLOYEE_FILE, fileName, content);
