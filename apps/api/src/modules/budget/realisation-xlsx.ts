import ExcelJS from "exceljs";
import { absorptionPercent, lineFigures } from "@bina/domain";
import type { AccountReportRow, MonthReportRow, ProgrammeReportRow } from "./realisation-report.sql";

/** Sheet names, as a city finance office (BPKPAD) reads a realisation report. */
export const REALISATION_SHEETS = { byAccount: "Realisasi per Rekening", byProgramme: "Per Program", byMonth: "Per Bulan" } as const;

export const MONTH_NAMES = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"] as const;

/** Whole rupiah with dot grouping in an Indonesian Excel (the separators follow the reader's locale). */
const AMOUNT_FORMAT = "#,##0";
const PERCENT_FORMAT = "0.00";

/** The typical APBD account names (DOMAIN.md §8) used as the "Uraian" of an account's subtotal. */
export type AccountNames = ReadonlyMap<string, string>;

export interface RealisationReport {
  /** The regional government (the root unit), printed first. */
  readonly government: string;
  /** The unit the report covers ("Seluruh unit" when not narrowed). */
  readonly unitLabel: string;
  readonly fiscalYear: number;
  /** Print date, YYYY-MM-DD (Asia/Jakarta). */
  readonly printedOn: string;
  readonly accounts: readonly AccountReportRow[];
  readonly accountNames: AccountNames;
  readonly programmes: readonly ProgrammeReportRow[];
  readonly months: readonly MonthReportRow[];
}

/**
 * A text cell that a spreadsheet could read as a formula (starting with = + - @, or a tab or carriage return) gets
 * an apostrophe in front (OWASP CSV/formula injection); the XLSX writes every text as a string cell anyway.
 */
export const safeText = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** `30 November 2026` from `2026-11-30`. */
export const indonesianDate = (iso: string): string => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTH_NAMES[(m ?? 1) - 1]} ${y}`;
};

const percentOf = (ceiling: number, spent: number): number | null => absorptionPercent(ceiling, spent);

interface Column {
  readonly header: string;
  readonly width: number;
  readonly kind: "text" | "amount" | "percent" | "int";
}

/** Writes the header block (government, title, unit, year, print date) and the column headings; returns the heading row's number. */
function header(ws: ExcelJS.Worksheet, report: RealisationReport, title: string, columns: readonly Column[]): number {
  const lines = [
    report.government.toUpperCase(),
    title,
    `Unit kerja: ${report.unitLabel}`,
    `Tahun Anggaran ${report.fiscalYear}`,
    `Dicetak: ${indonesianDate(report.printedOn)}`,
  ];
  lines.forEach((text, i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = safeText(text);
    row.getCell(1).font = { bold: i < 2, size: i < 2 ? 12 : 10 };
    ws.mergeCells(i + 1, 1, i + 1, columns.length);
  });
  const headingRow = lines.length + 2;
  const row = ws.getRow(headingRow);
  columns.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    cell.border = { top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } };
    ws.getColumn(i + 1).width = c.width;
  });
  ws.views = [{ state: "frozen", ySplit: headingRow }];
  return headingRow;
}

type CellValue = string | number | null;

/** Appends a data row: text guarded, amounts and percents as numbers with their formats, borders on every cell. */
function dataRow(ws: ExcelJS.Worksheet, rowNumber: number, columns: readonly Column[], values: readonly CellValue[], opts: { bold?: boolean; outline?: number; indent?: number } = {}): void {
  const row = ws.getRow(rowNumber);
  columns.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    const v = values[i] ?? null;
    cell.value = typeof v === "string" ? safeText(v) : v;
    if (c.kind === "amount") cell.numFmt = AMOUNT_FORMAT;
    if (c.kind === "percent") cell.numFmt = PERCENT_FORMAT;
    if (c.kind !== "text") cell.alignment = { horizontal: "right" };
    else if (opts.indent && i === 1) cell.alignment = { indent: opts.indent };
    cell.border = { top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } };
    if (opts.bold) cell.font = { bold: true };
  });
  if (opts.outline) row.outlineLevel = opts.outline;
}

/**
 * The money columns of a line or a group of lines: the ceiling, the realisation, "Sisa Pagu" (pagu − realisasi, the
 * sisa of DOMAIN.md §8), the open commitments, "Sisa setelah Komitmen" (pagu − realisasi − komitmen: what can still be
 * spent freely, the API's `remaining`) and the absorption.
 */
const MONEY_COLUMNS: readonly Column[] = [
  { header: "Pagu (Rp)", width: 18, kind: "amount" },
  { header: "Realisasi (Rp)", width: 18, kind: "amount" },
  { header: "Sisa Pagu (Rp)", width: 18, kind: "amount" },
  { header: "Komitmen (Rp)", width: 18, kind: "amount" },
  { header: "Sisa setelah Komitmen (Rp)", width: 20, kind: "amount" },
  { header: "Serapan (%)", width: 12, kind: "percent" },
];

/** The money cells of a line or a group, in MONEY_COLUMNS order, by the domain's lineFigures (as the API's figures). */
const moneyCells = (g: { readonly ceiling: number; readonly spent: number; readonly committed: number }): CellValue[] => {
  const free = lineFigures({ ceiling: g.ceiling, spent: g.spent, committed: 0 }).remaining;
  const { remaining, absorptionPercent: percent } = lineFigures(g);
  return [g.ceiling, g.spent, free, g.committed, remaining, percent];
};

const ACCOUNT_COLUMNS: readonly Column[] = [
  { header: "Kode Rekening", width: 22, kind: "text" },
  { header: "Uraian", width: 56, kind: "text" },
  ...MONEY_COLUMNS,
];

const PROGRAMME_COLUMNS: readonly Column[] = [
  { header: "No", width: 6, kind: "int" },
  { header: "Program / Kegiatan", width: 56, kind: "text" },
  { header: "Jumlah Rekening", width: 12, kind: "int" },
  ...MONEY_COLUMNS,
];

const MONTH_COLUMNS: readonly Column[] = [
  { header: "Bulan", width: 14, kind: "text" },
  { header: "Rencana Penarikan (Rp)", width: 20, kind: "amount" },
  { header: "Realisasi (Rp)", width: 18, kind: "amount" },
  { header: "Rencana Kumulatif (Rp)", width: 20, kind: "amount" },
  { header: "Realisasi Kumulatif (Rp)", width: 20, kind: "amount" },
  { header: "Rencana Kumulatif (% Pagu)", width: 14, kind: "percent" },
  { header: "Serapan Kumulatif (% Pagu)", width: 14, kind: "percent" },
  { header: "Deviasi (Rp)", width: 18, kind: "amount" },
];

/**
 * The year's realisation report as an XLSX workbook with three sheets:
 * - "Realisasi per Rekening": each account code's subtotal (bold, with the account's name) followed by its lines
 *   (indented, outline level 1, so they fold under the subtotal), then JUMLAH: Kode Rekening, Uraian, Pagu, Realisasi,
 *   Sisa Pagu, Komitmen, Sisa setelah Komitmen (the budget query's `remaining`), Serapan %;
 * - "Per Program": per programme (lines without one as "Tanpa program"), then JUMLAH;
 * - "Per Bulan": January to December, planned disbursement against realisation, each cumulated, the cumulative
 *   percentages of the ceiling and the deviation (cumulative realisation − cumulative plan), then JUMLAH.
 * Every sheet starts with the government, the title, the unit, the fiscal year and the print date. Amounts are numbers
 * in `#,##0`, percentages numbers in `0.00` (blank when the ceiling is 0); sums come from SQL, nothing is a formula.
 */
export async function realisationWorkbook(report: RealisationReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Bina";
  wb.created = new Date(`${report.printedOn}T00:00:00+07:00`);
  wb.title = `Laporan Realisasi Anggaran ${report.fiscalYear}`;

  const accounts = wb.addWorksheet(REALISATION_SHEETS.byAccount, { properties: { outlineLevelRow: 1 }, pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 } });
  let r = header(accounts, report, "LAPORAN REALISASI ANGGARAN PER KODE REKENING", ACCOUNT_COLUMNS) + 1;
  for (const a of report.accounts) {
    const money = moneyCells(a);
    if (a.level === 2) {
      dataRow(accounts, r++, ACCOUNT_COLUMNS, ["", "JUMLAH", ...money], { bold: true });
    } else if (a.level === 1) {
      const name = (a.accountCode && report.accountNames.get(a.accountCode)) ?? "";
      dataRow(accounts, r++, ACCOUNT_COLUMNS, [a.accountCode ?? "", name, ...money], { bold: true });
    } else {
      dataRow(accounts, r++, ACCOUNT_COLUMNS, [a.accountCode ?? "", a.name ?? "", ...money], { outline: 1, indent: 2 });
    }
  }

  const programmes = wb.addWorksheet(REALISATION_SHEETS.byProgramme, { pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 } });
  r = header(programmes, report, "LAPORAN REALISASI ANGGARAN PER PROGRAM", PROGRAMME_COLUMNS) + 1;
  let n = 0;
  for (const p of report.programmes) {
    const values: CellValue[] = [p.total ? null : ++n, p.total ? "JUMLAH" : (p.title ?? "Tanpa program (belanja penunjang)"), p.lines, ...moneyCells(p)];
    dataRow(programmes, r++, PROGRAMME_COLUMNS, values, { bold: p.total });
  }

  const months = wb.addWorksheet(REALISATION_SHEETS.byMonth, { pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 } });
  r = header(months, report, "RENCANA PENARIKAN DAN REALISASI ANGGARAN PER BULAN", MONTH_COLUMNS) + 1;
  const total = report.accounts.find((a) => a.level === 2) ?? { ceiling: 0, spent: 0 };
  for (const mo of report.months) {
    dataRow(months, r++, MONTH_COLUMNS, [
      MONTH_NAMES[mo.month - 1]!,
      mo.planned,
      mo.spent,
      mo.cumulativePlanned,
      mo.cumulativeSpent,
      percentOf(total.ceiling, mo.cumulativePlanned),
      percentOf(total.ceiling, mo.cumulativeSpent),
      mo.cumulativeSpent - mo.cumulativePlanned,
    ]);
  }
  const last = report.months.at(-1);
  dataRow(months, r++, MONTH_COLUMNS, ["JUMLAH", last?.cumulativePlanned ?? 0, last?.cumulativeSpent ?? 0, null, null, null, null, null], { bold: true });

  return Buffer.from(await wb.xlsx.writeBuffer());
}
