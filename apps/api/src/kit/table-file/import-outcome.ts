/** Why one row of an import file was refused. */
export interface ImportRowError {
  /** Spreadsheet row number (the header is row 1). */
  readonly row: number;
  /** The column at fault, as named in the file's template; null when no single column is. */
  readonly field: string | null;
  readonly code: string;
  readonly message: string;
}

/** The outcome of an all-or-nothing import: when `errors` is not empty, nothing was written. */
export interface ImportOutcome {
  readonly totalRows: number;
  readonly created: number;
  readonly updated: number;
  readonly dryRun: boolean;
  readonly errors: readonly ImportRowError[];
}
