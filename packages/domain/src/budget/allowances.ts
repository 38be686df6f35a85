/** The kinds of daily allowance (uang harian) of official travel and training (DOMAIN.md §8). */
export const DAILY_ALLOWANCE_KINDS = ["OUT_OF_TOWN", "IN_TOWN_OVER_8H", "TRAINING"] as const;
export type DailyAllowanceKind = (typeof DAILY_ALLOWANCE_KINDS)[number];

/**
 * Daily allowance ceilings per person per day in whole rupiah: Central Java Pergub on standard
 * costs (DOMAIN.md §8; the Pergub's year is *unverified*): out of town Rp370,000; in town for more
 * than 8 hours Rp150,000; during training (diklat) Rp110,000. Standard costs are ceilings
 * (Perpres 33/2020). Pass your own record to adopt a newer Pergub.
 */
export const DAILY_ALLOWANCE_RULES: Readonly<Record<DailyAllowanceKind, number>> = Object.freeze({
  OUT_OF_TOWN: 370_000,
  IN_TOWN_OVER_8H: 150_000,
  TRAINING: 110_000,
});

/** The ceiling per day of a kind of daily allowance. An unknown kind is a programmer error (RangeError). */
export const dailyAllowanceCeiling = (
  kind: DailyAllowanceKind,
  rules: Readonly<Record<DailyAllowanceKind, number>> = DAILY_ALLOWANCE_RULES,
): number => {
  const ceiling = (DAILY_ALLOWANCE_KINDS as readonly string[]).includes(kind) ? rules[kind] : undefined;
  if (ceiling === undefined) throw new RangeError(`dailyAllowanceCeiling: unknown kind ${String(kind)}`);
  return ceiling;
};
