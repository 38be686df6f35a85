import type { MappingBand } from "./job-person-match.js";
import type { SkpPredikat } from "./skp-predikat.js";

/**
 * How each factor's raw input becomes a value 0..1 (1 = most urgent). All *practice*: there is
 * no national priority formula (DOMAIN.md §4); a city can pass its own object.
 */
export interface PriorityRules {
  /** A gap of this many levels or more counts fully: value = gap / gapScale, clamped to 0..1. */
  readonly gapScale: number;
  /** Value of each SKP predikat. */
  readonly skpNeed: Readonly<Record<SkpPredikat, number>>;
  /** Value of each JPM mapping band. */
  readonly jpmNeed: Readonly<Record<MappingBand, number>>;
}

export const priorityRules: PriorityRules = {
  // Levels run 1..5, so the largest possible gap is 4: gap / 4.
  gapScale: 4,
  // Evenly spaced from the best predikat (0) to the worst (1).
  skpNeed: { SANGAT_BAIK: 0, BAIK: 0.25, BUTUH_PERBAIKAN: 0.5, KURANG: 0.75, SANGAT_KURANG: 1 },
  // Optimal needs nothing, Kurang Optimal counts fully, Cukup Optimal half.
  jpmNeed: { OPTIMAL: 0, CUKUP_OPTIMAL: 0.5, KURANG_OPTIMAL: 1 },
};
