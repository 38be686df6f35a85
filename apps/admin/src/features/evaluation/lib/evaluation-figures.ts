import type { NGainCategory } from "@bina/domain";

/**
 * The figures the evaluation pages draw: bar lengths, shares, sort orders, the suggested findings of a programme and the
 * absolute address of a personal evaluation link. Pure, so that they are tested without a browser.
 */

/** The answer scale of the reaction forms and behaviour follow-ups (1..4). */
export const ANSWER_SCALE_MAX = 4;

/** A bar's length in percent of `max` (0..100); 0 for a missing value or an empty scale. */
export const barPercent = (value: number | null | undefined, max: number): number => {
  if (value === null || value === undefined || !Number.isFinite(value) || !(max > 0)) return 0;
  return Math.round(Math.min(1, Math.max(0, value / max)) * 1000) / 10;
};

/** `part` of `whole` in percent with one decimal, or null when there is no whole. */
export const percentOf = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);

/** A share (0..1) in percent with one decimal, or null. */
export const shareToPercent = (share: number | null | undefined): number | null =>
  share === null || share === undefined || !Number.isFinite(share) ? null : Math.round(share * 1000) / 10;

/** One bar of a chart: a label key, the value it measures and the value shown. */
export interface ChartBar<K extends string = string> {
  readonly key: K;
  readonly value: number | null;
}

/** The N-gain distribution of a batch: high, medium, low, and the participants whose pre-test left nothing to gain. */
export const nGainBars = (learning: { readonly high: number; readonly medium: number; readonly low: number; readonly undefinedGain: number }): ChartBar<NGainCategory | "NA">[] => [
  { key: "HIGH", value: learning.high },
  { key: "MEDIUM", value: learning.medium },
  { key: "LOW", value: learning.low },
  { key: "NA", value: learning.undefinedGain },
];

/** The alumni's SKP predikat from the year before to the batch's year. */
export const skpBars = (skp: { readonly improved: number; readonly unchanged: number; readonly worsened: number; readonly unknown: number }) =>
  [
    { key: "improved", value: skp.improved },
    { key: "unchanged", value: skp.unchanged },
    { key: "worsened", value: skp.worsened },
    { key: "unknown", value: skp.unknown },
  ] as const satisfies readonly ChartBar[];

/** The largest value of the bars (at least 1, so that an all-zero chart draws empty bars). */
export const chartMax = (bars: readonly ChartBar[]): number => Math.max(1, ...bars.map((b) => b.value ?? 0));

/**
 * A table column's comparator (antd's `sorter`, which negates the result for a descending sort) that keeps missing
 * values last in both directions: the numbers compare ascending, a missing value is "greater" when ascending and
 * "smaller" when descending (so that the negation puts it last again).
 */
export const compareNullable = (a: number | null | undefined, b: number | null | undefined, sortOrder?: "ascend" | "descend" | null): number => {
  const missingA = a === null || a === undefined;
  const missingB = b === null || b === undefined;
  if (missingA || missingB) {
    if (missingA === missingB) return 0;
    const last = missingA ? 1 : -1;
    return sortOrder === "descend" ? -last : last;
  }
  return a - b;
};

/**
 * The absolute address of a personal link the API gives as a path (`/evaluate/<token>`), on this app's origin (the API
 * serves the app and the public forms from one address); null when there is no link (an analyst sends no forms).
 */
export const absoluteLink = (origin: string, link: string | null | undefined): string | null => {
  if (!link) return null;
  if (/^https?:\/\//i.test(link)) return link;
  return `${origin.replace(/\/+$/, "")}/${link.replace(/^\/+/, "")}`;
};

/**
 * Below these a programme's figure is a finding an improvement action may answer: a reaction mean under 3 ("agree" on
 * the 1..4 scale), a LOW mean N-gain, a behaviour mean under 2.5 (the scale's midpoint: alumni and superiors see little
 * change). The app only suggests; the user decides what to open.
 */
export const FINDING_RULES = Object.freeze({ reactionBelow: 3, behaviourBelow: 2.5 } as const);

export type FindingSource = "LOW_REACTION" | "LOW_N_GAIN" | "NO_BEHAVIOUR_CHANGE";

/** What a programme's row suggests: its low figures, each with the source an action on it would carry. */
export const findingsOf = (row: {
  readonly reactionMean: number | null;
  readonly nGainCategory: NGainCategory | null;
  readonly behaviourMean: number | null;
}): FindingSource[] => {
  const found: FindingSource[] = [];
  if (row.reactionMean !== null && row.reactionMean < FINDING_RULES.reactionBelow) found.push("LOW_REACTION");
  if (row.nGainCategory === "LOW") found.push("LOW_N_GAIN");
  if (row.behaviourMean !== null && row.behaviourMean < FINDING_RULES.behaviourBelow) found.push("NO_BEHAVIOUR_CHANGE");
  return found;
};

/** An ISO day plus `days` calendar days (a due date proposed from today). */
export const addDays = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Today in Asia/Jakarta (the city's calendar), whatever the browser's time zone. */
export const jakartaToday = (now: Date): string =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
