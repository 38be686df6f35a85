import { absorptionPercent } from "./ratios.js";
import { assertRupiah } from "./rupiah.js";

/**
 * The default planned disbursement (rencana penarikan) as monthly weights, January to December.
 * PRACTICE DEFAULT, not a regulation: the typical quarterly pattern of a regional agency, Q1 15%,
 * Q2 25%, Q3 30%, Q4 30%, each quarter split evenly over its months. Written in 1/1200ths of the
 * ceiling (percent × 12) so that every month is a whole weight: 5%, 8⅓% and 10% a month. A city
 * passes its own pattern (any 12 non-negative integer weights with a positive sum).
 */
export const DISBURSEMENT_PROFILE: ReadonlyArray<number> = Object.freeze([60, 60, 60, 100, 100, 100, 120, 120, 120, 120, 120, 120]);

const assertProfile = (profile: ReadonlyArray<number>): bigint => {
  if (!Array.isArray(profile) || profile.length !== 12) throw new RangeError("disbursementPlan: the profile has 12 monthly weights");
  let total = 0n;
  for (const weight of profile) {
    if (!Number.isSafeInteger(weight) || weight < 0) throw new RangeError(`disbursementPlan: a weight must be a safe integer >= 0, got ${String(weight)}`);
    total += BigInt(weight);
  }
  if (total === 0n) throw new RangeError("disbursementPlan: the weights add up to 0");
  return total;
};

/**
 * The planned disbursement of a ceiling over the 12 months, in whole rupiah that add up exactly to
 * the ceiling: each month gets `ceiling × weight / Σ weights` rounded down, and the rupiah left over
 * go one each to the months with the largest remainders (ties to the earlier month). A ceiling that
 * is not whole rupiah or a bad profile is a programmer error (RangeError).
 */
export const disbursementPlan = (ceiling: number, profile: ReadonlyArray<number> = DISBURSEMENT_PROFILE): number[] => {
  assertRupiah("disbursementPlan", { ceiling });
  const total = assertProfile(profile);
  const c = BigInt(ceiling);
  const parts = profile.map((weight, month) => {
    const exact = c * BigInt(weight);
    return { month, base: exact / total, remainder: exact % total };
  });
  let left = c - parts.reduce((sum, p) => sum + p.base, 0n);
  const order = [...parts].sort((a, b) => (a.remainder === b.remainder ? a.month - b.month : a.remainder > b.remainder ? -1 : 1));
  const plan = parts.map((p) => p.base);
  for (const p of order) {
    if (left === 0n) break;
    plan[p.month] = (plan[p.month] ?? 0n) + 1n;
    left -= 1n;
  }
  return plan.map(Number);
};

/** One month of the absorption against plan; percents are of the ceiling (null when the ceiling is 0). */
export interface MonthlyAbsorptionRow {
  /** 1 (January) .. 12 (December). */
  readonly month: number;
  readonly planned: number;
  readonly spent: number;
  readonly cumulativePlanned: number;
  readonly cumulativeSpent: number;
  /** cumulativePlanned / ceiling × 100, 2 decimals ({@link absorptionPercent}). */
  readonly plannedPercent: number | null;
  /** cumulativeSpent / ceiling × 100, 2 decimals (serapan, DOMAIN.md §8). */
  readonly absorptionPercent: number | null;
}

const assertMonths = (name: string, months: ReadonlyArray<number>): void => {
  if (!Array.isArray(months) || months.length !== 12) throw new RangeError(`monthlyAbsorption: ${name} has 12 months`);
  months.forEach((amount, i) => assertRupiah("monthlyAbsorption", { [`${name}[${i}]`]: amount }));
};

/**
 * Absorption by month against the planned disbursement: for each month its planned and spent amounts,
 * their running totals, and both as percents of the ceiling. Amounts must be whole rupiah and every
 * running total within 2^53 (RangeError otherwise).
 */
export const monthlyAbsorption = (
  ceiling: number,
  plannedByMonth: ReadonlyArray<number>,
  spentByMonth: ReadonlyArray<number>,
): MonthlyAbsorptionRow[] => {
  assertRupiah("monthlyAbsorption", { ceiling });
  assertMonths("plannedByMonth", plannedByMonth);
  assertMonths("spentByMonth", spentByMonth);
  let cumulativePlanned = 0;
  let cumulativeSpent = 0;
  return plannedByMonth.map((planned, i) => {
    const spent = spentByMonth[i] ?? 0;
    cumulativePlanned += planned;
    cumulativeSpent += spent;
    assertRupiah("monthlyAbsorption", { cumulativePlanned, cumulativeSpent });
    return {
      month: i + 1,
      planned,
      spent,
      cumulativePlanned,
      cumulativeSpent,
      plannedPercent: absorptionPercent(ceiling, cumulativePlanned),
      absorptionPercent: absorptionPercent(ceiling, cumulativeSpent),
    };
  });
};
