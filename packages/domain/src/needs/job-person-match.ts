import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";
import { roundHalfUp } from "../shared/rounding.js";
import { jpmRules, type JpmRules } from "./jpm-rules.js";

export const MAPPING_BANDS = ["OPTIMAL", "CUKUP_OPTIMAL", "KURANG_OPTIMAL"] as const;
export type MappingBand = (typeof MAPPING_BANDS)[number];

export const SELECTION_BANDS = ["MEMENUHI_SYARAT", "MASIH_MEMENUHI_SYARAT", "KURANG_MEMENUHI_SYARAT"] as const;
export type SelectionBand = (typeof SELECTION_BANDS)[number];

/** One competency: the position's standard level and the employee's assessed level. */
export interface LevelPair {
  readonly standard: number;
  readonly actual: number;
}

export interface JobPersonMatch {
  /** `Σ actual / Σ standard × 100`, rounded half up to `rules.decimals` (2). Above 100 when levels exceed the standard. */
  readonly percent: number;
  readonly mappingBand: MappingBand;
  readonly selectionBand: SelectionBand;
}

export const JPM_ERROR_CODES = ["NO_STANDARDS", "INVALID_SCORE"] as const;
export type JpmErrorCode = (typeof JPM_ERROR_CODES)[number];
export type JpmError = DomainError<JpmErrorCode>;

/** The mapping band of a percent already rounded for display. */
export const mappingBand = (percent: number, rules: JpmRules = jpmRules): MappingBand =>
  percent >= rules.mappingOptimalMin ? "OPTIMAL" : percent >= rules.mappingCukupOptimalMin ? "CUKUP_OPTIMAL" : "KURANG_OPTIMAL";

/** The selection band of a percent already rounded for display. */
export const selectionBand = (percent: number, rules: JpmRules = jpmRules): SelectionBand =>
  percent >= rules.selectionMemenuhiSyaratMin
    ? "MEMENUHI_SYARAT"
    : percent >= rules.selectionMasihMemenuhiSyaratMin
      ? "MASIH_MEMENUHI_SYARAT"
      : "KURANG_MEMENUHI_SYARAT";

const checkScore = (value: unknown, field: string): JpmError | null => {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return domainError("INVALID_SCORE", `${field} must be a finite number`, { field, reason: "NOT_A_NUMBER" });
  }
  return value < 0 ? domainError("INVALID_SCORE", `${field} must not be negative`, { field, reason: "NEGATIVE" }) : null;
};

/**
 * Job Person Match for untrusted input (an import, a form): the first problem as a value.
 * INVALID_SCORE (field `pairs[i].standard` / `pairs[i].actual`, reason NOT_A_NUMBER or NEGATIVE)
 * for a level that is not a finite number >= 0; NO_STANDARDS (field `pairs`) for an empty list or
 * Σ standard = 0, where the ratio is undefined (reported as such, never as 0% or 100%).
 */
export const jobPersonMatchResult = (
  pairs: ReadonlyArray<LevelPair>,
  rules: JpmRules = jpmRules,
): Result<JobPersonMatch, JpmError> => {
  if (!Array.isArray(pairs)) return err(domainError("NO_STANDARDS", "Job Person Match needs a list of competencies", { field: "pairs" }));
  let standardSum = 0;
  let actualSum = 0;
  for (const [i, pair] of (pairs as ReadonlyArray<Partial<LevelPair> | null>).entries()) {
    const problem = checkScore(pair?.standard, `pairs[${i}].standard`) ?? checkScore(pair?.actual, `pairs[${i}].actual`);
    if (problem !== null) return err(problem);
    standardSum += pair?.standard ?? 0;
    actualSum += pair?.actual ?? 0;
  }
  if (standardSum === 0) {
    return err(domainError("NO_STANDARDS", "Job Person Match needs at least one competency with a standard above 0", { field: "pairs" }));
  }
  // Σ actual × 100 first: with integer levels the division is the only rounding, so 17999/20000
  // gives exactly 89.995, which rounds half up to 90.
  const percent = roundHalfUp((actualSum * 100) / standardSum, rules.decimals);
  return ok({ percent, mappingBand: mappingBand(percent, rules), selectionBand: selectionBand(percent, rules) });
};

/**
 * Job Person Match (Perban BKN 26/2019; Perban BRIN 3/2023 art. 33):
 * `percent = Σ actual / Σ standard × 100`, rounded half up to 2 decimals, and its mapping and
 * selection bands.
 *
 * **Bands are decided on the rounded percent**, so the band always agrees with the figure on
 * screen: 89.995 shows as 90.00 and is OPTIMAL; 89.99 is CUKUP_OPTIMAL. Each band's threshold is
 * its lower bound, inclusive (exactly 78.00 is CUKUP_OPTIMAL).
 *
 * For levels already checked (the API's own data). An empty list, Σ standard = 0 or a level
 * that is not a finite number >= 0 is a programmer error here and throws a RangeError with the
 * error code; use {@link jobPersonMatchResult} for untrusted input. Pass only assessed
 * competencies: leaving a missing assessment out raises nobody's match, and counting it as 0
 * would lower it; the caller decides which, and shows it.
 */
export const jobPersonMatch = (pairs: ReadonlyArray<LevelPair>, rules: JpmRules = jpmRules): JobPersonMatch => {
  const result = jobPersonMatchResult(pairs, rules);
  if (!result.ok) throw new RangeError(`${result.error.code}: ${result.error.message}`);
  return result.value;
};
