import type { SkpRating } from "@bina/domain";
import { DEFAULT_NEEDS_SEED } from "./assessments";
import type { GenerateNeedsOptions } from "./assessments";
import { keyedRng } from "./keyed-rng";

/** One employee's SKP (annual performance appraisal) of one year. */
export interface SeedSkpResult {
  readonly nip: string;
  readonly year: number;
  readonly resultRating: SkpRating;
  readonly behaviourRating: SkpRating;
}

/** The last complete appraisal year before the 2026 assessments. */
export const DEMO_SKP_YEAR = 2025;

/** Share of employees with an SKP of the year (the rest: new hires, leave, not yet entered). */
const RECORDED_SHARE = 0.95;

/**
 * [result, behaviour] pairs by weight: about 78% meet both, about 16% are above expectation
 * somewhere, about 6.5% below somewhere (PermenPANRB 6/2022 ratings).
 */
const PAIRS: readonly (readonly [readonly [SkpRating, SkpRating], number])[] = [
  [["MEETS", "MEETS"], 78],
  [["ABOVE", "ABOVE"], 5],
  [["ABOVE", "MEETS"], 6],
  [["MEETS", "ABOVE"], 4],
  [["BELOW", "MEETS"], 3],
  [["MEETS", "BELOW"], 2],
  [["BELOW", "BELOW"], 0.7],
  [["ABOVE", "BELOW"], 0.3],
  [["BELOW", "ABOVE"], 0.5],
];

/**
 * SKP results of one year (2025 by default) for about 95% of `employees`. Pure and
 * deterministic: each employee's draw depends only on the seed, the year and their NIP.
 */
export function generateSkpResults(employees: readonly { nip: string }[], opts: GenerateNeedsOptions = {}): SeedSkpResult[] {
  const seed = opts.seed ?? DEFAULT_NEEDS_SEED;
  const year = opts.year ?? DEMO_SKP_YEAR;
  return employees.flatMap(({ nip }) => {
    const rng = keyedRng(seed, `skp-${year}`, nip);
    if (!rng.chance(RECORDED_SHARE)) return [];
    const [resultRating, behaviourRating] = rng.weighted(PAIRS);
    return [{ nip, year, resultRating, behaviourRating }];
  });
}
