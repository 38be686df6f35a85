import { StringDecoder } from "node:string_decoder";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { FILE_LIMITS, tooLarge, yieldToEventLoop } from "./limits";
import { NotAZipError, readZipDirectory, readZipEntry, type ZipEntry } from "./zip";
import type { Cell, CellKind, SheetRow } from "./cells";

/** Bytes of XML handed to the parser between two yields to the event loop. */
const CHUNK_BYTES = 64 * 1024;

const local = (name: string): string => name.slice(name.indexOf(":") + 1);

type Handlers = {
  open?: (name: string, attrs: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
};

/** Feeds an XML part to a SAX parser in chunks, yielding between them; `stop()` returning true ends early. */
async function walkXml(xml: Buffer, h: Handlers, stop: () => boolean = () => false): Promise<void> {
  const parser = new SaxesParser();
  let failure: Error | null = null;
  parser.on("error", (e) => {
    failure ??= e;
  });
  if (h.open) {
    const open = h.open;
    parser.on("opentag", (t: SaxesTagPlain) => open(local(t.name), t.attributes as Record<string, string>));
  }
  if (h.close) {
    const close = h.close;
    parser.on("closetag", (t: SaxesTagPlain) => close(local(t.name)));
  }
  if (h.text) {
    parser.on("text", h.text);
    parser.on("cdata", h.text);
  }
  const decoder = new StringDecoder("utf8");
  for (let i = 0; i < xml.length; i += CHUNK_BYTES) {
    parser.write(decoder.write(xml.subarray(i, i + CHUNK_BYTES)));
    if (failure) throw new NotAZipError(`malformed XML: ${(failure as Error).message}`);
    if (stop()) return;
    await yieldToEventLoop();
  }
  parser.write(decoder.end());
  parser.close();
  if (failure) throw new NotAZipError(`malformed XML: ${(failure as Error).message}`);
}

/** Column letters to a 1-based index (`A` = 1, `XFD` = 16,384); letters beyond 3 are refused as too wide. */
const columnIndex = (letters: string): number => {
  let n = 0;
  for (const ch of letters.slice(0, 4)) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
};

const parseRef = (ref: string): { col: number; row: number } | null => {
  const m = /^\$?([A-Z]{1,4})\$?(\d{1,8})$/.exec(ref.trim().toUpperCase());
  return m ? { col: columnIndex(m[1]!), row: Number(m[2]) } : null;
};

/** Excel's built-in number formats that show a date or time. */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

const isDateFormatCode = (code: string): boolean => /[dmyhs]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ""));

/** The style indexes (`s` of a cell) whose number format is a date. */
async function dateStyles(xml: Buffer | null): Promise<Set<number>> {
  const dates = new Set<number>();
  if (!xml) return dates;
  const customDate = new Map<number, boolean>();
  let inCellXfs = false;
  let xfIndex = 0;
  await walkXml(xml, {
    open: (name, a) => {
      if (name === "numFmt") customDate.set(Number(a.numFmtId), isDateFormatCode(a.formatCode ?? ""));
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        if (customDate.get(id) ?? BUILT_IN_DATE_FORMATS.has(id)) dates.add(xfIndex);
        xfIndex++;
      }
    },
    close: (name) => {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return dates;
}

/** The shared strings table; each string is cut at the cell limit plus one (so that an overlong one is still seen as such). */
async function sharedStrings(xml: Buffer | null): Promise<string[]> {
  const strings: string[] = [];
  if (!xml) return strings;
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  await walkXml(xml, {
    open: (name) => {
      if (name === "si") current = "";
      else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0) inText = true;
    },
    close: (name) => {
      if (name === "si") {
        strings.push(current ?? "");
        current = null;
      } else if (name === "rPh") phonetic--;
      else if (name === "t") inText = false;
    },
    text: (t) => {
      if (inText && current !== null && current.length <= FILE_LIMITS.maxCellChars) current += t.slice(0, FILE_LIMITS.maxCellChars + 1 - current.length);
    },
  });
  return strings;
}

/** The path of the first worksheet and of the shared strings and styles, from the workbook and its relationships. */
async function workbookParts(zip: Buffer, entries: Map<string, ZipEntry>): Promise<{ sheet: string; strings: string; styles: string; date1904: boolean }> {
  const read = async (name: string): Promise<Buffer | null> => {
    const e = entries.get(name);
    return e ? readZipEntry(zip, e) : null;
  };
  const workbook = await read("xl/workbook.xml");
  if (!workbook) throw new NotAZipError("no workbook in the file");
  let firstSheetRel: string | null = null;
  let date1904 = false;
  await walkXml(workbook, {
    open: (name, a) => {
      if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
      if (name === "sheet" && firstSheetRel === null) firstSheetRel = a["r:id"] ?? Object.entries(a).find(([k]) => local(k) === "id")?.[1] ?? "";
    },
  });
  const targets = new Map<string, { type: string; target: string }>();
  const rels = await read("xl/_rels/workbook.xml.rels");
  if (rels) {
    await walkXml(rels, {
      open: (name, a) => {
        if (name === "Relationship" && a.Id && a.Target) targets.set(a.Id, { type: a.Type ?? "", target: a.Target });
      },
    });
  }
  const resolve = (target: string): string => (target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`);
  const ofType = (suffix: string, fallback: string): string => {
    const t = [...targets.values()].find((r) => r.type.endsWith(suffix));
    return t ? resolve(t.target) : fallback;
  };
  const sheetRel = firstSheetRel ? targets.get(firstSheetRel) : undefined;
  return {
    sheet: sheetRel ? resolve(sheetRel.target) : "xl/worksheets/sheet1.xml",
    strings: ofType("/sharedStrings", "xl/sharedStrings.xml"),
    styles: ofType("/styles", "xl/styles.xml"),
    date1904,
  };
}

const DAY_MS = 86_400_000;
const serialToIsoDate = (serial: number, date1904: boolean): string | null => {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const ms = epoch + Math.round(serial * DAY_MS);
  return Number.isFinite(ms) && serial >= 0 && serial < 2_958_466 ? new Date(ms).toISOString().slice(0, 10) : null;
};

const numberText = (v: number): string => (Number.isInteger(v) ? v.toFixed(0) : String(v));

/**
 * Streams the rows of the first sheet of an XLSX file, refusing a file whose parts, declared
 * dimension or columns are too large before building any cell, and stopping with TOO_MANY_ROWS as
 * soon as a non-blank data row beyond `maxRows` is met. Rows are spreadsheet rows (1-based); only
 * non-empty cells are kept, by 1-based column.
 */
export async function readXlsxRows(content: Buffer, maxRows: number, onRow: (row: SheetRow) => void): Promise<void> {
  const entries = readZipDirectory(content);
  const parts = await workbookParts(content, entries);
  const sheetEntry = entries.get(parts.sheet);
  if (!sheetEntry) throw new NotAZipError("the first sheet is missing");
  const stringsEntry = entries.get(parts.strings);
  const stylesEntry = entries.get(parts.styles);
  const strings = await sharedStrings(stringsEntry ? await readZipEntry(content, stringsEntry) : null);
  const dates = await dateStyles(stylesEntry ? await readZipEntry(content, stylesEntry) : null);
  const sheet = await readZipEntry(content, sheetEntry);

  let rowNumber = 0;
  let cells = new Map<number, Cell>();
  let col = 0;
  let cellType = "n";
  let cellStyle = 0;
  let hasFormula = false;
  let value: string | null = null;
  let collecting: "v" | "t" | null = null;
  let inInline = false;
  let phonetic = 0;
  let dataRows = 0;
  let failure: Error | null = null;

  const finishCell = (): void => {
    if (col > FILE_LIMITS.maxColumns) {
      failure ??= tooLarge("SHEET_TOO_LARGE", `The sheet has a cell in column ${col}; at most ${FILE_LIMITS.maxColumns} columns are accepted`);
      return;
    }
    if (value === null || value === "") return;
    let text = value;
    let kind: CellKind;
    if (cellType === "s") {
      text = strings[Number(value)] ?? "";
      kind = "text";
    } else if (cellType === "inlineStr" || cellType === "str") kind = "text";
    else if (cellType === "b") {
      text = value === "1" ? "TRUE" : "FALSE";
      kind = "boolean";
    } else if (cellType === "e") kind = "error";
    else if (cellType === "d") {
      text = value.slice(0, 10);
      kind = "date";
    } else {
      const n = Number(value);
      const date = dates.has(cellStyle) ? serialToIsoDate(n, parts.date1904) : null;
      if (date) {
        text = date;
        kind = "date";
      } else {
        text = Number.isFinite(n) ? numberText(n) : value;
        kind = "number";
      }
    }
    if (hasFormula) kind = "formula";
    if (text !== "") cells.set(col, { text, kind, tooLong: text.length > FILE_LIMITS.maxCellChars });
  };

  await walkXml(
    sheet,
    {
      open: (name, a) => {
        switch (name) {
          case "dimension": {
            const last = parseRef((a.ref ?? "").split(":").pop() ?? "");
            if (last && last.col > FILE_LIMITS.maxColumns) {
              failure ??= tooLarge("SHEET_TOO_LARGE", `The sheet reaches column ${last.col}; at most ${FILE_LIMITS.maxColumns} columns are accepted`);
            } else if (last && last.col * last.row > FILE_LIMITS.maxCells) {
              failure ??= tooLarge("SHEET_TOO_LARGE", `The sheet declares ${last.col * last.row} cells; at most ${FILE_LIMITS.maxCells} are accepted`);
            }
            break;
          }
          case "row":
            rowNumber = a.r ? Number(a.r) : rowNumber + 1;
            cells = new Map();
            col = 0;
            break;
          case "c": {
            const ref = a.r ? parseRef(a.r) : null;
            col = ref ? ref.col : col + 1;
            cellType = a.t ?? "n";
            cellStyle = Number(a.s ?? 0);
            hasFormula = false;
            value = null;
            break;
          }
          case "f":
            hasFormula = true;
            break;
          case "v":
            collecting = "v";
            value = "";
            break;
          case "is":
            inInline = true;
            value = "";
            break;
          case "rPh":
            phonetic++;
            break;
          case "t":
            if (inInline && phonetic === 0) collecting = "t";
            break;
        }
      },
      close: (name) => {
        switch (name) {
          case "v":
          case "t":
            collecting = null;
            break;
          case "is":
            inInline = false;
            break;
          case "rPh":
            phonetic--;
            break;
          case "c":
            finishCell();
            break;
          case "row":
            if (failure || cells.size === 0) break;
            if (rowNumber > 1 && ++dataRows > maxRows) {
              failure = tooLarge("TOO_MANY_ROWS", `The file has more than ${maxRows} data rows; split it into several files`);
              break;
            }
            onRow({ row: rowNumber, cells });
            break;
        }
      },
      text: (t) => {
        if (collecting && value !== null && value.length <= FILE_LIMITS.maxCellChars) value += t.slice(0, FILE_LIMITS.maxCellChars + 1 - value.length);
      },
    },
    () => failure !== null,
  );
  if (failure) throw failure;
}
