import { roundHalfUp } from "../shared/rounding.js";
import type { MappingBand } from "./job-person-match.js";
import { priorityRules, type PriorityRules } from "./priority-rules.js";
import { defaultPriorityWeights, PRIORITY_FACTORS, type PriorityFactor, type PriorityWeights } from "./priority-weights.js";
import type { SkpPredikat } from "./skp-predikat.js";

/** What is known about one employee's need for one competency. */
export interface PriorityInput {
  /** Gap against the current position (>= 0; a negative gap counts as 0). */
  readonly gap: number;
  /** Gap against the target (next) position, when one is planned. */
  readonly targetGap?: number | null;
  /** The employee's latest SKP predikat, when known. */
  readonly skpPredikat?: SkpPredikat | null;
  /** The employee's JPM mapping band, when mapped. */
  readonly jpmBand?: MappingBand | null;
  /** Whether a programme for this competency is mandatory for the position (e.g. PKA for an Administrator). */
  readonly mandatoryForPosition?: boolean;
  /** 0..1, from the unit's IKM ({@link serviceWeaknessFromIkm}); null when the unit has no survey. */
  readonly unitServiceWeakness?: number | null;
  /** Whether the competency touches public service (then the unit's service weakness counts). */
  readonly servesPublic?: boolean;
}

export interface PriorityPart {
  readonly factor: PriorityFactor;
  readonly weight: number;
  /** The factor's input normalised to 0..1, 1 = most urgent. */
  readonly value: number;
  /** `weight × value`, rounded half up to 2 decimals. */
  readonly contribution: number;
}

export interface PriorityScore {
  /** Σ contributions (2 decimals): the parts add up to it exactly as shown. 0..100 with weights summing to 100. */
  readonly score: number;
  /** Every factor, in `PRIORITY_FACTORS` order, including those that contribute 0. */
  readonly parts: readonly PriorityPart[];
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

const requireFinite = (name: string, x: number): number => {
  if (!Number.isFinite(x)) throw new RangeError(`priorityScore: ${name} must be a finite number, got ${String(x)}`);
  return x;
};

/**
 * How much a unit's public service needs improving, 0..1, from its IKM (25..100, DOMAIN.md §7):
 * `1 - (IKM - 25) / 75`, clamped; null when the unit has no survey. Practice: linear, so the
 * lowest possible IKM (25) gives 1 and a perfect 100 gives 0.
 */
export const serviceWeaknessFromIkm = (ikm: number | null): number | null =>
  ikm === null || !Number.isFinite(ikm) ? null : clamp01(1 - (ikm - 25) / 75);

/** Each factor's value 0..1 (documented per factor on {@link priorityScore}). */
const factorValues = (input: PriorityInput, rules: PriorityRules): Readonly<Record<PriorityFactor, number>> => {
  const gapValue = (gap: number | null | undefined, name: string): number =>
    gap === null || gap === undefined ? 0 : clamp01(requireFinite(name, gap) / rules.gapScale);
  const weakness = input.unitServiceWeakness ?? null;
  return {
    GAP: gapValue(input.gap, "gap"),
    TARGET_GAP: gapValue(input.targetGap, "targetGap"),
    SKP: input.skpPredikat ? rules.skpNeed[input.skpPredikat] : 0,
    JPM: input.jpmBand ? rules.jpmNeed[input.jpmBand] : 0,
    MANDATORY: input.mandatoryForPosition === true ? 1 : 0,
    PUBLIC_SERVICE: input.servesPublic === true && weakness !== null ? clamp01(requireFinite("unitServiceWeakness", weakness)) : 0,
  };
};

/**
 * The priority of one employee's need for one competency, with its parts so every rank can be
 * explained on screen. `score = Σ weight × value`, where each value is 0..1 (*practice*, see
 * `priorityRules`; there is no national formula, DOMAIN.md §4):
 *
 * - GAP: `gap / 4` (4 = largest gap on levels 1..5), clamped to 0..1.
 * - TARGET_GAP: `targetGap / 4` likewise; 0 when there is no target position.
 * - SKP: SANGAT_KURANG 1, KURANG 0.75, BUTUH_PERBAIKAN 0.5, BAIK 0.25, SANGAT_BAIK 0.
 * - JPM: KURANG_OPTIMAL 1, CUKUP_OPTIMAL 0.5, OPTIMAL 0.
 * - MANDATORY: 1 when a programme for the competency is mandatory for the position, else 0.
 * - PUBLIC_SERVICE: the unit's service weakness (0..1, from IKM) when the competency serves the
 *   public, else 0.
 *
 * Unknown data (no SKP, no JPM, no survey) contributes 0: missing data never raises a rank.
 * Contributions are rounded half up to 2 decimals and the score is their sum, so the parts on
 * screen add up to the score. Non-finite numbers or invalid weights (see
 * `validatePriorityWeights`) are programmer errors: RangeError.
 */
export const priorityScore = (
  input: PriorityInput,
  weights: PriorityWeights = defaultPriorityWeights,
  rules: PriorityRules = priorityRules,
): PriorityScore => {
  const values = factorValues(input, rules);
  const parts = PRIORITY_FACTORS.map((factor): PriorityPart => {
    const weight = weights[factor];
    if (!Number.isFinite(weight) || weight < 0) throw new RangeError(`priorityScore: weight of ${factor} must be a finite number >= 0`);
    const value = values[factor];
    return { factor, weight, value, contribution: roundHalfUp(weight * value, 2) };
  });
  const score = roundHalfUp(
    parts.reduce((sum, p) => sum + p.contribution, 0),
    2,
  );
  return { score, parts };
};
