import { AppError } from "../errors";

/**
 * Bounds on an uploaded table file, checked before any cell is built, so that a small hostile file
 * (a ZIP bomb, a sheet that declares a cell at XFD1048576) is refused instead of filling the heap.
 * Each import also has its own row cap (`TableSpec.maxRows`).
 */
export const FILE_LIMITS = {
  /** The uploaded file itself (an XLSX is compressed; a 10,000-row employee file is about 0.6 MB). */
  maxFileBytes: 5 * 1024 * 1024,
  /** Parts of an XLSX archive (a workbook has a dozen). */
  maxZipEntries: 500,
  /** One part of an XLSX once unpacked (the sheet or the shared strings). */
  maxEntryBytes: 48 * 1024 * 1024,
  /** Columns of a sheet or a CSV (the widest template has 10). */
  maxColumns: 64,
  /** Cells a sheet may declare (rows × columns of its `dimension`). */
  maxCells: 2_000_000,
  /** Characters of one cell (the longest field, a position title, has 150). */
  maxCellChars: 1000,
} as const;

export type FileLimitCode = "FILE_TOO_LARGE" | "SHEET_TOO_LARGE" | "TOO_MANY_ROWS";

/** A file refused as a whole for its size: BAD_USER_INPUT on the field `file`. */
export const tooLarge = (domainCode: FileLimitCode, message: string): AppError =>
  new AppError("BAD_USER_INPUT", message, { field: "file", domainCode });

/** Standard base64 (line breaks allowed, as some encoders wrap lines), with at most two padding characters. */
const BASE64 = /^(?:[A-Za-z0-9+/]|\r?\n)*={0,2}\s*$/;

/** Decodes an upload, refusing one larger than the limit before decoding it, and anything that is not base64. */
export function decodeUpload(contentBase64: string): Buffer {
  if (contentBase64.length > Math.ceil(FILE_LIMITS.maxFileBytes / 3) * 4 + 4) {
    throw tooLarge("FILE_TOO_LARGE", `The file is larger than ${FILE_LIMITS.maxFileBytes / 1024 / 1024} MB`);
  }
  // Node's decoder skips what is not base64 and would read garbage as an empty or shortened file.
  if (!BASE64.test(contentBase64)) {
    throw new AppError("BAD_USER_INPUT", "contentBase64: not base64 (encode the file's bytes as standard base64)", { field: "contentBase64", domainCode: "UNREADABLE_FILE" });
  }
  const content = Buffer.from(contentBase64, "base64");
  if (content.length === 0) throw new AppError("BAD_USER_INPUT", "contentBase64: the file is empty", { field: "contentBase64", domainCode: "EMPTY_FILE" });
  if (content.length > FILE_LIMITS.maxFileBytes) {
    throw tooLarge("FILE_TOO_LARGE", `The file is larger than ${FILE_LIMITS.maxFileBytes / 1024 / 1024} MB`);
  }
  return content;
}

/** Lets other requests (health checks included) run between chunks of a long parse. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
