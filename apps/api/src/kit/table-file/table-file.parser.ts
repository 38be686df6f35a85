import { FILE_LIMITS, yieldToEventLoop } from "./limits";
import type { CellKind, SheetRow } from "./cells";
import { readCsvRows, UnreadableCsvError } from "./csv-reader";
import type { ImportRowError } from "./import-outcome";
import { NotAZipError } from "./zip";
import { readXlsxRows } from "./xlsx-reader";

export interface FileRow<C extends string> {
  /** Spreadsheet row number: the header is row 1. */
  readonly row: number;
  /** Trimmed cell texts by column. */
  readonly values: Partial<Record<C, string>>;
  /** Problems of the cells themselves (a numeric NIP, a formula, an overlong cell); their columns' values are left out. */
  readonly errors: readonly ImportRowError[];
}

export type ParsedFile<C extends string> =
  | { readonly ok: true; readonly rows: readonly FileRow<C>[] }
  | { readonly ok: false; readonly message: string; readonly field?: string };

/** The columns a file kind has (each with its accepted header names), which of them are required, and its row cap. */
export interface TableSpec<C extends string> {
  readonly columns: Readonly<Record<C, readonly string[]>>;
  readonly required: readonly C[];
  /** Data rows a file may hold; one more is TOO_MANY_ROWS (the whole file is refused). */
  readonly maxRows: number;
  /**
   * Columns that hold an 18-digit number (NIP / NI PPPK). A spreadsheet keeps 15 significant digits, so a
   * number cell there has already lost digits: NUMERIC_NIP_CELL, telling the user to format the column as text.
   */
  readonly nipColumns?: readonly C[];
  /** Columns of identifiers and codes, which must be typed: a formula (or error) cell there is FORMULA_CELL. */
  readonly textColumns?: readonly C[];
}

const normalizeHeader = (h: string): string => h.trim().toLowerCase().replace(/[\s-]+/g, "_");

/** The row error a cell gives by its kind in its column, if any. */
function cellProblem<C extends string>(spec: TableSpec<C>, column: C, kind: CellKind, row: number): ImportRowError | null {
  if (spec.nipColumns?.includes(column) && kind === "number") {
    return {
      row,
      field: column,
      code: "NUMERIC_NIP_CELL",
      message: "The NIP is stored as a number, which keeps only 15 digits: format the column as text and type the NIP again",
    };
  }
  if ((spec.nipColumns?.includes(column) || spec.textColumns?.includes(column)) && (kind === "formula" || kind === "error")) {
    return { row, field: column, code: "FORMULA_CELL", message: "This cell holds a formula or its error, not typed text: type the value itself" };
  }
  return null;
}

/** Turns streamed rows into rows keyed by the spec's columns, the header (row 1) naming them. */
function rowCollector<C extends string>(spec: TableSpec<C>) {
  const aliases = new Map<string, C>(
    (Object.entries(spec.columns) as [C, readonly string[]][]).flatMap(([col, names]) => names.map((n) => [n, col] as const)),
  );
  let columns: ReadonlyMap<number, C> | null = null;
  const rows: FileRow<C>[] = [];
  return {
    onRow(r: SheetRow): void {
      if (columns === null) {
        const header = new Map<number, C>();
        if (r.row === 1) {
          for (const [i, cell] of r.cells) {
            const col = aliases.get(normalizeHeader(cell.text));
            if (col && ![...header.values()].includes(col)) header.set(i, col);
          }
        }
        columns = header;
        if (r.row === 1) return;
      }
      const values: Partial<Record<C, string>> = {};
      const errors: ImportRowError[] = [];
      for (const [i, col] of columns) {
        const cell = r.cells.get(i);
        if (!cell) continue;
        const text = cell.text.trim();
        if (text === "") continue;
        const problem = cell.tooLong
          ? { row: r.row, field: col, code: "CELL_TOO_LONG", message: `The cell is longer than ${FILE_LIMITS.maxCellChars} characters` }
          : cellProblem(spec, col, cell.kind, r.row);
        if (problem) errors.push(problem);
        else values[col] = text;
      }
      if (Object.keys(values).length > 0 || errors.length > 0) rows.push({ row: r.row, values, errors });
    },
    result(): ParsedFile<C> {
      const present = new Set((columns ?? new Map<number, C>()).values());
      const missing = spec.required.filter((c) => !present.has(c));
      if (missing.length) return { ok: false, message: `The header row lacks the column(s): ${missing.join(", ")}`, field: missing[0] };
      return { ok: true, rows };
    },
  };
}

/**
 * Reads a CSV (comma or semicolon) or the first sheet of an XLSX into rows keyed by the spec's columns,
 * streaming and bounded: a file over the limits is refused (FILE_TOO_LARGE, SHEET_TOO_LARGE,
 * TOO_MANY_ROWS, thrown as BAD_USER_INPUT on `file`) before it can fill memory, and the event loop
 * gets a turn between chunks. A file that cannot be read is `{ ok: false }`.
 */
export async function parseTableFile<C extends string>(spec: TableSpec<C>, fileName: string, content: Buffer): Promise<ParsedFile<C>> {
  const ext = fileName.toLowerCase().split(".").pop();
  if (ext !== "csv" && ext !== "xlsx") return { ok: false, message: "fileName: only .csv and .xlsx files can be imported", field: "fileName" };
  const collector = rowCollector(spec);
  try {
    if (ext === "csv") await readCsvRows(content, spec.maxRows, collector.onRow);
    else await readXlsxRows(content, spec.maxRows, collector.onRow);
  } catch (e) {
    if (e instanceof NotAZipError) return { ok: false, message: `The XLSX file cannot be read: ${e.message}` };
    if (e instanceof UnreadableCsvError) return { ok: false, message: `The CSV file cannot be read: ${e.message}` };
    throw e;
  }
  await yieldToEventLoop();
  return collector.result();
}
