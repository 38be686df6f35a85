/**
 * What a spreadsheet cell held: typed text, or a value the spreadsheet produced (a number, a date,
 * a boolean, an error, or the cached result of a formula). CSV cells are always text.
 */
export type CellKind = "text" | "number" | "date" | "boolean" | "formula" | "error";

export interface Cell {
  readonly text: string;
  readonly kind: CellKind;
  /** Longer than `FILE_LIMITS.maxCellChars`; `text` is cut there. */
  readonly tooLong: boolean;
}

/** A row of a sheet: its spreadsheet row number and its non-empty cells by 1-based column. */
export interface SheetRow {
  readonly row: number;
  readonly cells: ReadonlyMap<number, Cell>;
}
