import { validateAssessmentLevel } from "../competency/assessment-level.js";
import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";
import { roundHalfUp } from "../shared/rounding.js";
import { jpmRules, type JpmRules } from "./jpm-rules.js";

export const MAPPING_BANDS = ["OPTIMAL", "CUKUP_OPTIMAL", "KURANG_OPTIMAL"] as const;
export type MappingBand = (typeof MAPPING_BANDS)[number];

export const SELECTION_BANDS = ["MEMENUHI_SYARAT", "MASIH_MEMENUHI_SYARAT", "KURANG_MEMENUHI_SYARAT"] as const;
export type SelectionBand = (typeof SELECTION_BANDS)[number];

/** One competency: the position's standard level and the employee's assessed level, integers 1..5. */
export interface LevelPair {
  readonly standard: number;
  readonly actual: number;
}

export interface JobPersonMatch {
  /**
   * `Σ actual / Σ standard × 100`, rounded half up to `rules.decimals` (2), **for display only**:
   * the bands are decided on the exact ratio. Above 100 when levels exceed the standard.
   */
  readonly percent: number;
  readonly mappingBand: MappingBand;
  readonly selectionBand: SelectionBand;
}

export const JPM_ERROR_CODES = ["NO_STANDARDS", "INVALID_LEVEL"] as const;
export type JpmErrorCode = (typeof JPM_ERROR_CODES)[number];
export type JpmError = DomainError<JpmErrorCode>;

const checkRules = (rules: JpmRules): void => {
  const thresholds = [
    rules.mappingOptimalMin,
    rules.mappingCukupOptimalMin,
    rules.selectionMemenuhiSyaratMin,
    rules.selectionMasihMemenuhiSyaratMin,
  ];
  if (
    thresholds.some((t) => typeof t !== "number" || !Number.isFinite(t) || t < 0) ||
    rules.mappingOptimalMin < rules.mappingCukupOptimalMin ||
    rules.selectionMemenuhiSyaratMin < rules.selectionMasihMemenuhiSyaratMin ||
    !Number.isInteger(rules.decimals) ||
    rules.decimals < 0 ||
    rules.decimals > 6
  ) {
    throw new RangeError("jpmRules: thresholds must be finite numbers >= 0, each band's above the next, decimals an integer 0..6");
  }
};

/** Whether `actual / standard × 100 >= threshold`, decided without division (exact on integers). */
const atLeast = (actualSum: number, standardSum: number, threshold: number): boolean => actualSum * 100 >= threshold * standardSum;

const mappingBandOf = (a: number, s: number, rules: JpmRules): MappingBand =>
  atLeast(a, s, rules.mappingOptimalMin) ? "OPTIMAL" : atLeast(a, s, rules.mappingCukupOptimalMin) ? "CUKUP_OPTIMAL" : "KURANG_OPTIMAL";

const selectionBandOf = (a: number, s: number, rules: JpmRules): SelectionBand =>
  atLeast(a, s, rules.selectionMemenuhiSyaratMin)
    ? "MEMENUHI_SYARAT"
    : atLeast(a, s, rules.selectionMasihMemenuhiSyaratMin)
      ? "MASIH_MEMENUHI_SYARAT"
      : "KURANG_MEMENUHI_SYARAT";

const requirePercent = (name: string, percent: number): void => {
  if (typeof percent !== "number" || !Number.isFinite(percent) || percent < 0) {
    throw new RangeError(`${name}: percent must be a finite number >= 0, got ${String(percent)}`);
  }
};

/**
 * The mapping band of an **exact** percent (thresholds inclusive). Do not pass a rounded percent:
 * 89.995 rounded is 90.00 but is CUKUP_OPTIMAL. With the sums at hand use
 * {@link jobPersonMatchFromSums}, which decides on integers. NaN, an infinity or a negative
 * percent is a programmer error (RangeError), never the lowest band.
 */
export const mappingBand = (percent: number, rules: JpmRules = jpmRules): MappingBand => {
  requirePercent("mappingBand", percent);
  checkRules(rules);
  return percent >= rules.mappingOptimalMin ? "OPTIMAL" : percent >= rules.mappingCukupOptimalMin ? "CUKUP_OPTIMAL" : "KURANG_OPTIMAL";
};

/** The selection band of an **exact** percent; as {@link mappingBand}. */
export const selectionBand = (percent: number, rules: JpmRules = jpmRules): SelectionBand => {
  requirePercent("selectionBand", percent);
  checkRules(rules);
  return percent >= rules.selectionMemenuhiSyaratMin
    ? "MEMENUHI_SYARAT"
    : percent >= rules.selectionMasihMemenuhiSyaratMin
      ? "MASIH_MEMENUHI_SYARAT"
      : "KURANG_MEMENUHI_SYARAT";
};

/**
 * Job Person Match from the two sums (what SQL computes: `sum(actual)`, `sum(standard)` over the
 * assessed competencies): bands decided exactly on integers (`100·Σactual >= 90·Σstandard`),
 * percent rounded for display. For the system's own sums: `standardSum` must be an integer >= 1
 * and `actualSum` an integer >= 0, otherwise RangeError.
 */
export const jobPersonMatchFromSums = (actualSum: number, standardSum: number, rules: JpmRules = jpmRules): JobPersonMatch => {
  if (!Number.isSafeInteger(standardSum) || standardSum < 1 || !Number.isSafeInteger(actualSum) || actualSum < 0) {
    throw new RangeError(`jobPersonMatchFromSums: sums must be integers, Σ standard >= 1 and Σ actual >= 0, got ${actualSum} / ${standardSum}`);
  }
  checkRules(rules);
  return {
    // Σ actual × 100 first: with integer sums the division is the only rounding before roundHalfUp.
    percent: roundHalfUp((actualSum * 100) / standardSum, rules.decimals),
    mappingBand: mappingBandOf(actualSum, standardSum, rules),
    selectionBand: selectionBandOf(actualSum, standardSum, rules),
  };
};

/**
 * Job Person Match for untrusted input (an import, a form): the first problem as a value.
 * INVALID_LEVEL (field `pairs[i].standard` / `pairs[i].actual`, reason NOT_INTEGER or
 * OUT_OF_RANGE) for a level that is not an integer 1..5 (a standard included: 0 is not a
 * standard); NO_STANDARDS (field `pairs`) for an empty list or one that is not a list, where the
 * ratio is undefined (reported as such, never as 0% or 100%). Invalid `rules` are a RangeError.
 */
export const jobPersonMatchResult = (pairs: ReadonlyArray<LevelPair>, rules: JpmRules = jpmRules): Result<JobPersonMatch, JpmError> => {
  checkRules(rules);
  if (!Array.isArray(pairs) || pairs.length === 0) {
    return err(domainError("NO_STANDARDS", "Job Person Match needs at least one assessed competency with its standard", { field: "pairs" }));
  }
  let standardSum = 0;
  let actualSum = 0;
  for (const [i, pair] of (pairs as ReadonlyArray<Partial<LevelPair> | null>).entries()) {
    for (const side of ["standard", "actual"] as const) {
      const level = validateAssessmentLevel(pair?.[side]);
      if (!level.ok) {
        const field = `pairs[${i}].${side}`;
        return err(domainError("INVALID_LEVEL", `${field} must be a whole number from 1 to 5`, { field, reason: level.error.reason }));
      }
      if (side === "standard") standardSum += level.value;
      else actualSum += level.value;
    }
  }
  return ok(jobPersonMatchFromSums(actualSum, standardSum, rules));
};

/**
 * Job Person Match (Perban BKN 26/2019; Perban BRIN 3/2023 art. 33):
 * `Σ actual / Σ standard × 100` and its mapping and selection bands.
 *
 * **Bands are decided on the exact ratio**, in integers (`100·Σactual >= 90·Σstandard`); each
 * threshold is its band's inclusive lower bound (exactly 78 is CUKUP_OPTIMAL). `percent` is
 * rounded half up to 2 decimals for display only, so 17999/20000 (89.995) shows as 90.00 but is
 * CUKUP_OPTIMAL: a display may show more decimals near a threshold, never another band.
 *
 * For levels already checked (the API's own data). An empty list or a level that is not an
 * integer 1..5 is a programmer error here and throws a RangeError with the error code; use
 * {@link jobPersonMatchResult} for untrusted input. Pass only assessed competencies: leaving a
 * missing assessment out raises nobody's match, and counting it as 0 would lower it; the caller
 * decides which, and shows it.
 */
export const jobPersonMatch = (pairs: ReadonlyArray<LevelPair>, rules: JpmRules = jpmRules): JobPersonMatch => {
  const result = jobPersonMatchResult(pairs, rules);
  if (!result.ok) throw new RangeError(`${result.error.code}: ${result.error.message}`);
  return result.value;
};
