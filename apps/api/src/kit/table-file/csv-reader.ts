import { Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";
import { FILE_LIMITS, tooLarge, yieldToEventLoop } from "./limits";
import type { Cell, SheetRow } from "./cells";

/** Bytes handed to the CSV parser at a time. */
const CHUNK_BYTES = 64 * 1024;
/** Rows parsed between two yields to the event loop. */
const ROWS_PER_YIELD = 500;

export class UnreadableCsvError extends Error {}

/**
 * Streams the records of a CSV file (comma or semicolon, detected on the header line), bounded like
 * an XLSX sheet: at most `FILE_LIMITS.maxColumns` columns, cells cut at the cell limit, and
 * TOO_MANY_ROWS as soon as a non-blank data row beyond `maxRows` is met.
 */
export async function readCsvRows(content: Buffer, maxRows: number, onRow: (row: SheetRow) => void): Promise<void> {
  let start = 0;
  if (content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf) start = 3;
  const firstLineEnd = content.indexOf(0x0a, start);
  const firstLine = content.toString("utf8", start, firstLineEnd < 0 ? Math.min(content.length, start + 64 * 1024) : firstLineEnd);
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";

  const chunks = function* (): Generator<Buffer> {
    for (let i = start; i < content.length; i += CHUNK_BYTES) yield content.subarray(i, i + CHUNK_BYTES);
  };
  const parser = Readable.from(chunks()).pipe(
    parse({
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: FILE_LIMITS.maxColumns * (FILE_LIMITS.maxCellChars + 2) * 4,
    }),
  );
  let row = 0;
  let dataRows = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row++;
      if (record.length > FILE_LIMITS.maxColumns && record.slice(FILE_LIMITS.maxColumns).some((c) => c.trim() !== "")) {
        throw tooLarge("SHEET_TOO_LARGE", `Row ${row} has ${record.length} columns; at most ${FILE_LIMITS.maxColumns} are accepted`);
      }
      const cells = new Map<number, Cell>();
      record.slice(0, FILE_LIMITS.maxColumns).forEach((text, i) => {
        if (text !== "") cells.set(i + 1, { text: text.slice(0, FILE_LIMITS.maxCellChars + 1), kind: "text", tooLong: text.length > FILE_LIMITS.maxCellChars });
      });
      if (cells.size > 0 && row > 1 && ++dataRows > maxRows) {
        throw tooLarge("TOO_MANY_ROWS", `The file has more than ${maxRows} data rows; split it into several files`);
      }
      if (cells.size > 0) onRow({ row, cells });
      if (row % ROWS_PER_YIELD === 0) await yieldToEventLoop();
    }
  } catch (e) {
    parser.destroy();
    // Every parser error is the file's fault. Not all codes start with CSV_ (csv-parse 7 throws INVALID_OPENING_QUOTE
    // for `Budi "Joko" Santoso` in an unquoted field), so test the class, not the code.
    if (e instanceof CsvError) {
      if (e.code === "CSV_MAX_RECORD_SIZE") throw tooLarge("SHEET_TOO_LARGE", `A row of the file is longer than accepted`);
      throw new UnreadableCsvError(e.message);
    }
    throw e;
  }
}
