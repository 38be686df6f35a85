import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";

/** What a need's priority is made of, in the order parts are reported (DOMAIN.md §4). */
export const PRIORITY_FACTORS = ["GAP", "TARGET_GAP", "SKP", "JPM", "MANDATORY", "PUBLIC_SERVICE"] as const;
export type PriorityFactor = (typeof PRIORITY_FACTORS)[number];

/** How much each factor counts; a score runs from 0 to the sum of the weights. */
export type PriorityWeights = Readonly<Record<PriorityFactor, number>>;

/**
 * Practice, not law: there is no national priority formula (DOMAIN.md §4). Weights sum to 100
 * so a score reads as points out of 100. The gap against the current position counts most
 * ("current position first"), then mandatory programmes for the position and performance.
 */
export const defaultPriorityWeights: PriorityWeights = {
  GAP: 35,
  TARGET_GAP: 10,
  SKP: 15,
  JPM: 10,
  MANDATORY: 20,
  PUBLIC_SERVICE: 10,
};

export const PRIORITY_WEIGHTS_ERROR_CODES = ["INVALID_WEIGHT", "ALL_WEIGHTS_ZERO"] as const;
export type PriorityWeightsErrorCode = (typeof PRIORITY_WEIGHTS_ERROR_CODES)[number];
export type PriorityWeightsError = DomainError<PriorityWeightsErrorCode>;

/**
 * Check a city's weights (a settings form, a config file): every factor present, a finite number
 * >= 0 (INVALID_WEIGHT, field `weights.GAP` ..., reason MISSING, NOT_A_NUMBER or NEGATIVE), and not
 * all zero (ALL_WEIGHTS_ZERO, field `weights`: every score would be 0). All problems at once, in
 * factor order; unknown keys are dropped from the result. Weights need not sum to 100.
 */
export const validatePriorityWeights = (
  input: Partial<Record<PriorityFactor, unknown>>,
): Result<PriorityWeights, readonly PriorityWeightsError[]> => {
  const source: Partial<Record<PriorityFactor, unknown>> = typeof input === "object" && input !== null ? input : {};
  const errors: PriorityWeightsError[] = [];
  const weights: Partial<Record<PriorityFactor, number>> = {};
  for (const factor of PRIORITY_FACTORS) {
    const value = source[factor];
    const field = `weights.${factor}`;
    if (value === undefined || value === null) {
      errors.push(domainError("INVALID_WEIGHT", `Weight of ${factor} is required`, { field, reason: "MISSING" }));
    } else if (typeof value !== "number" || !Number.isFinite(value)) {
      errors.push(domainError("INVALID_WEIGHT", `Weight of ${factor} must be a number`, { field, reason: "NOT_A_NUMBER" }));
    } else if (value < 0) {
      errors.push(domainError("INVALID_WEIGHT", `Weight of ${factor} must not be negative`, { field, reason: "NEGATIVE" }));
    } else {
      weights[factor] = value;
    }
  }
  if (errors.length === 0 && PRIORITY_FACTORS.every((f) => weights[f] === 0)) {
    errors.push(domainError("ALL_WEIGHTS_ZERO", "At least one weight must be above 0", { field: "weights" }));
  }
  return errors.length > 0 ? err(errors) : ok(weights as PriorityWeights);
};
