/**
 * The figures of the budget overview worked out from what the API answers: bar lengths, the months a year has run,
 * the absorption chart's geometry, month names and the tables' order. Money rules (absorption, remaining, cost per
 * participant-JP) are the API's and the domain's; nothing here recomputes them.
 */

/** An absorption percentage as a bar's length, 0..100 (more than 100 fills the bar; none or not a number is empty). */
export const barPercent = (percent: number | null | undefined): number =>
  percent === null || percent === undefined || !Number.isFinite(percent) ? 0 : Math.min(100, Math.max(0, percent));

/** Today in Asia/Jakarta as YYYY-MM-DD, whatever the browser's time zone (the fiscal year is Jakarta's calendar year). */
export const jakartaToday = (now: Date): string =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);

/** How many months of a fiscal year have begun by `today` (YYYY-MM-DD): 12 for a past year, 0 for a future one. */
export const monthsBegun = (fiscalYear: number, today: string): number => {
  const year = Number(today.slice(0, 4));
  if (fiscalYear < year) return 12;
  if (fiscalYear > year) return 0;
  return Math.min(12, Math.max(1, Number(today.slice(5, 7))));
};

/**
 * The last month the spent line reaches: the months begun, or later when spending is already dated in a later month
 * (the chart never hides money the API counts).
 */
export const spentMonthsShown = (months: readonly { readonly month: number; readonly spent: number }[], begun: number): number =>
  months.reduce((last, m) => (m.spent > 0 && m.month > last ? m.month : last), begun);

const MONTH_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** A month's name (1 = January) in a locale, short ("Agu") or long ("Agustus"). */
export const monthName = (month: number, locale: string, style: "short" | "long" = "short"): string => {
  const key = `${locale}:${style}`;
  let format = MONTH_FORMATS.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: style, timeZone: "UTC" });
    MONTH_FORMATS.set(key, format);
  }
  return format.format(new Date(Date.UTC(2000, month - 1, 1)));
};

/** Rupiah in a few characters for a chart's axis: `Rp 1,5 M` (miliar) in Indonesian, `Rp 1.5bn` in English. */
export const compactRupiah = (amount: number, locale: string): string =>
  `Rp ${new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(amount)}`;

/** The mantissas of a chart's top value: each gives four round quarter lines (0.3, 0.4, 0.5, 0.6, 0.75, 1 × …). */
const NICE = [1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8, 10] as const;

/** The smallest round value at or above `value` whose quarters are round too; 1 for nothing to show. */
export const niceMax = (value: number): number => {
  if (!Number.isFinite(value) || value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const m of NICE) {
    // Rounded to the magnitude's precision, so 1.2 × 10^9 is exactly 1,200,000,000.
    const candidate = Math.round(m * magnitude * 1e6) / 1e6;
    if (candidate >= value) return candidate;
  }
  return 10 * magnitude;
};

/** A month of the year as the chart reads it (the API's BudgetMonth). */
export interface ChartMonth {
  readonly month: number;
  readonly cumulativePlanned: number;
  readonly cumulativeSpent: number;
}

export interface ChartPoint {
  readonly month: number;
  readonly value: number;
  readonly x: number;
  readonly y: number;
}

export interface AbsorptionGeometry {
  /** The value at the top edge. */
  readonly max: number;
  /** Lines across at 0, ¼, ½, ¾ and the top, with their value. */
  readonly gridlines: readonly { readonly value: number; readonly y: number }[];
  /** x of every month's label. */
  readonly ticks: readonly { readonly month: number; readonly x: number }[];
  /** Cumulative planned disbursement (rencana penarikan), all twelve months. */
  readonly planned: readonly ChartPoint[];
  /** Cumulative spending (realisasi), only the months that have begun. */
  readonly spent: readonly ChartPoint[];
}

/**
 * Where the absorption chart's two lines go in a `width` × `height` box (y grows downwards): the months spread evenly
 * from January at the left edge to December at the right; the scale runs from 0 to a round value at or above the
 * largest cumulative amount. The spent line stops at the last month begun (`monthsBegun`), so a year in progress shows
 * no flat line into the months to come.
 */
export const absorptionGeometry = (months: readonly ChartMonth[], width: number, height: number, begun: number): AbsorptionGeometry => {
  const sorted = [...months].sort((a, b) => a.month - b.month);
  const largest = Math.max(0, ...sorted.map((m) => Math.max(m.cumulativePlanned, m.cumulativeSpent)));
  const max = niceMax(largest);
  const x = (month: number) => ((month - 1) * width) / 11;
  const y = (value: number) => height - (Math.max(0, value) / max) * height;
  return {
    max,
    gridlines: [0, 1, 2, 3, 4].map((q) => ({ value: (max * q) / 4, y: y((max * q) / 4) })),
    ticks: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, x: x(i + 1) })),
    planned: sorted.map((m) => ({ month: m.month, value: m.cumulativePlanned, x: x(m.month), y: y(m.cumulativePlanned) })),
    spent: sorted.filter((m) => m.month <= begun).map((m) => ({ month: m.month, value: m.cumulativeSpent, x: x(m.month), y: y(m.cumulativeSpent) })),
  };
};

/** An SVG path through points, in order. */
export const linePath = (points: readonly { readonly x: number; readonly y: number }[]): string =>
  points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ");

/**
 * A table sorter's comparison of two figures that may be missing: missing ones go last whichever way the column is
 * sorted (antd reverses the result for a descending column, so the missing side is flipped then).
 */
export const compareNullable = (a: number | null | undefined, b: number | null | undefined, order?: "ascend" | "descend" | null): number => {
  const missingA = a === null || a === undefined;
  const missingB = b === null || b === undefined;
  if (missingA || missingB) {
    if (missingA === missingB) return 0;
    const last = missingA ? 1 : -1;
    return order === "descend" ? -last : last;
  }
  return a - b;
};
