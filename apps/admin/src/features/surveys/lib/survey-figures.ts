import { IKM_BAND_LABELS, SKM_BAND_RULES, SKM_ELEMENTS, type SkmBand, type SkmElementCode } from "@bina/domain";

/**
 * The figures of the SKM pages (PermenPANRB 14/2017), worked out from what the API answers: bands and their colours,
 * the sample's progress, changes between periods, the default period and the trend chart's geometry.
 */

/** A band's colour, dark enough for text beside white (WCAG AA): A green, B blue, C amber, D red. */
export const BAND_COLORS: Readonly<Record<SkmBand, string>> = { A: "#237804", B: "#0050b3", C: "#ad4e00", D: "#a8071a" };
/** A band's pale background, for the elements' heat strip (its text stays in the band's dark colour). */
export const BAND_BACKGROUNDS: Readonly<Record<SkmBand, string>> = { A: "#f6ffed", B: "#e6f4ff", C: "#fff7e6", D: "#fff1f0" };

/** The regulation's quality label of a band ("Baik"), as the domain prints it. */
export const bandLabel = (band: SkmBand): string => IKM_BAND_LABELS[band];

/** Weak elements are those in band C or D (the closed loop turns them into needs). */
export const isWeakBand = (band: SkmBand | null | undefined): boolean => band === "C" || band === "D";

/** The domain's topic of an element (English), e.g. U7 → "staff behaviour". */
export const elementTopic = (element: SkmElementCode): string => SKM_ELEMENTS.find((e) => e.element === element)?.topic ?? element;

/** The regulation's question of an element, word for word (Indonesian). */
export const elementQuestion = (element: SkmElementCode): string => SKM_ELEMENTS.find((e) => e.element === element)?.question ?? element;

/** How far the responses are towards the required sample, as a whole percentage 0..100 (100 once met or exceeded). */
export const samplePercent = (respondents: number, required: number): number => {
  if (!Number.isFinite(respondents) || !Number.isFinite(required) || required <= 0) return respondents > 0 ? 100 : 0;
  return Math.min(100, Math.max(0, Math.floor((respondents * 100) / required)));
};

/** Responses still needed to reach the required sample (0 once met). */
export const sampleMissing = (respondents: number, required: number): number => Math.max(0, required - respondents);

/** after − before, to 2 decimals; null when either is missing. */
export const ikmChange = (before: number | null | undefined, after: number | null | undefined): number | null =>
  before === null || before === undefined || after === null || after === undefined ? null : Math.round((after - before) * 100) / 100;

export type ChangeDirection = "up" | "down" | "same" | "none";
export const changeDirection = (change: number | null): ChangeDirection => (change === null ? "none" : change > 0 ? "up" : change < 0 ? "down" : "same");

export interface PeriodLike {
  readonly id: string;
  readonly code: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly status: "OPEN" | "CLOSED";
}

/**
 * The period a dashboard opens on: the one containing `today` (YYYY-MM-DD), else the latest that started before
 * today, else the first; null without periods.
 */
export const defaultPeriod = <P extends PeriodLike>(periods: readonly P[], today: string): P | null => {
  if (periods.length === 0) return null;
  const sorted = [...periods].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const current = sorted.find((p) => p.startsOn <= today && today <= p.endsOn);
  if (current) return current;
  const started = sorted.filter((p) => p.startsOn <= today);
  return started.at(-1) ?? sorted[0] ?? null;
};

/** Today in Asia/Jakarta as YYYY-MM-DD, whatever the browser's time zone. */
export const jakartaToday = (now: Date): string =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);

/** The next half-year after the latest period (the create form's suggestion); this year's first half without periods. */
export const nextHalf = (periods: readonly { readonly year: number; readonly half: number }[], currentYear: number): { year: number; half: 1 | 2 } => {
  const latest = [...periods].sort((a, b) => a.year - b.year || a.half - b.half).at(-1);
  if (!latest) return { year: currentYear, half: 1 };
  return latest.half === 1 ? { year: latest.year, half: 2 } : { year: latest.year + 1, half: 1 };
};

/** The QR poster of a service unit for a period: the API's route `/survey/<code>/poster.pdf?period=<periodCode>`. */
export const posterPath = (serviceUnitCode: string, periodCode: string): string =>
  `/survey/${encodeURIComponent(serviceUnitCode)}/poster.pdf?period=${encodeURIComponent(periodCode)}`;

/** The public form's absolute address (what the poster's QR code opens), from the page's origin and the API's path. */
export const absoluteSurveyUrl = (origin: string, surveyUrl: string): string => new URL(surveyUrl, origin).toString();

// ---------------------------------------------------------------------------------------------------------------
// The trend chart (plain SVG): IKM on a 0..100 scale drawn between a floor and 100.

export interface ChartPoint {
  readonly label: string;
  readonly ikm: number | null;
}

export interface PlottedPoint {
  readonly label: string;
  readonly ikm: number;
  readonly x: number;
  readonly y: number;
}

export interface TrendGeometry {
  readonly points: readonly PlottedPoint[];
  /** x of every period's label, with or without an IKM. */
  readonly ticks: readonly { readonly label: string; readonly x: number }[];
  /** The band limits (A, B, C lower bounds) that fall inside the drawn range. */
  readonly bands: readonly { readonly band: SkmBand; readonly y: number; readonly value: number }[];
  /** The lowest IKM the chart shows (its bottom edge). */
  readonly floor: number;
}

/**
 * Where the points of an IKM trend go in a `width` × `height` box (y grows downwards). The vertical range runs from a
 * floor (a multiple of 5 at least 5 below the lowest IKM, at most 60) to 100, so the bands' limits show; periods are
 * spread evenly (a single one in the middle). Periods without an IKM get a tick but no point.
 */
export const trendGeometry = (series: readonly ChartPoint[], width: number, height: number): TrendGeometry => {
  const values = series.map((p) => p.ikm).filter((v): v is number => v !== null && Number.isFinite(v));
  const lowest = values.length ? Math.min(...values) : SKM_BAND_RULES.ikm.C;
  const floor = Math.max(0, Math.min(60, Math.floor((Math.min(lowest, SKM_BAND_RULES.ikm.C) - 5) / 5) * 5));
  const y = (value: number) => height - ((value - floor) / (100 - floor)) * height;
  const x = (i: number) => (series.length <= 1 ? width / 2 : (i * width) / (series.length - 1));
  const ticks = series.map((p, i) => ({ label: p.label, x: x(i) }));
  const points = series.flatMap((p, i) => (p.ikm === null || !Number.isFinite(p.ikm) ? [] : [{ label: p.label, ikm: p.ikm, x: x(i), y: y(p.ikm) }]));
  const bands = (["A", "B", "C"] as const)
    .map((band) => ({ band, value: SKM_BAND_RULES.ikm[band], y: y(SKM_BAND_RULES.ikm[band]) }))
    .filter((b) => b.value > floor && b.value < 100);
  return { points, ticks, bands, floor };
};

/** A horizontal bar's length for an IKM on the ranking (0..100 → 0..100%). */
export const ikmBarPercent = (ikm: number | null): number => (ikm === null || !Number.isFinite(ikm) ? 0 : Math.min(100, Math.max(0, ikm)));
