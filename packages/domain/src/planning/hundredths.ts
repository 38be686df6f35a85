import { roundHalfUp } from "../shared/rounding.js";

/**
 * Plan values are compared exactly, as whole hundredths (internal). A value is converted once,
 * at the boundary, after rounding half up to 2 decimals; from then on every sum and comparison
 * is on integers, so 1.1 + 2.2 ties with 3.3 (as doubles 1.1 + 2.2 is 3.3000000000000003).
 */

/** Largest value a candidate (or a need's mean priority) may have: its hundredths, summed over 1000 candidates, stay exact. */
export const MAX_PLAN_VALUE = 10_000_000_000;

/** `value` (finite, 0..MAX_PLAN_VALUE) as whole hundredths, rounded half up. */
export const toHundredths = (value: number): number => Math.round(roundHalfUp(value, 2) * 100);

/** Whole hundredths back as a number with at most 2 decimals (the double nearest to it). */
export const fromHundredths = (hundredths: number): number => hundredths / 100;
