import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";
import { roundHalfUp } from "../shared/rounding.js";
import { MAPPING_BANDS, type MappingBand } from "./job-person-match.js";
import { priorityRules, type PriorityRules } from "./priority-rules.js";
import {
  defaultPriorityWeights,
  PRIORITY_FACTORS,
  validatePriorityWeights,
  type PriorityFactor,
  type PriorityWeights,
  type PriorityWeightsError,
} from "./priority-weights.js";
import { SKP_PREDIKATS, type SkpPredikat } from "./skp-predikat.js";

/** What is known about one employee's need for one competency. */
export interface PriorityInput {
  /** Gap against the current position, an integer -4..4 (a negative gap counts as 0). */
  readonly gap: number;
  /** Gap against the target (next) position, an integer -4..4, when one is planned. */
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

/** Why a priority input was refused (code INVALID_PRIORITY_INPUT, field = the input's key). */
export const PRIORITY_INPUT_INVALID_REASONS = ["NOT_INTEGER", "OUT_OF_RANGE", "NOT_A_NUMBER", "UNKNOWN_VALUE", "NOT_BOOLEAN"] as const;
export type PriorityInputInvalidReason = (typeof PRIORITY_INPUT_INVALID_REASONS)[number];

export type PriorityInputError = DomainError<"INVALID_PRIORITY_INPUT"> & {
  readonly field: string;
  readonly reason: PriorityInputInvalidReason;
};

/** Largest gap between two levels 1..5. */
const MAX_GAP = 4;

/**
 * How much a unit's public service needs improving, 0..1, from its IKM (25..100, DOMAIN.md §7,
 * PermenPANRB 14/2017): `1 - (IKM - 25) / 75`; null when the unit has no survey. Practice: linear,
 * so the lowest possible IKM (25) gives 1 and a perfect 100 gives 0. An IKM outside 25..100 or
 * not a number is a programmer error (RangeError), never a clamped value.
 */
export const serviceWeaknessFromIkm = (ikm: number | null): number | null => {
  if (ikm === null) return null;
  if (typeof ikm !== "number" || !Number.isFinite(ikm) || ikm < 25 || ikm > 100) {
    throw new RangeError(`serviceWeaknessFromIkm: an IKM is a number from 25 to 100, got ${String(ikm)}`);
  }
  return 1 - (ikm - 25) / 75;
};

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T => (values as readonly unknown[]).includes(value);

const checkRules = (rules: PriorityRules): void => {
  const values = [...Object.values(rules?.skpNeed ?? {}), ...Object.values(rules?.jpmNeed ?? {})];
  const complete = SKP_PREDIKATS.every((p) => p in (rules?.skpNeed ?? {})) && MAPPING_BANDS.every((b) => b in (rules?.jpmNeed ?? {}));
  if (
    typeof rules?.gapScale !== "number" ||
    !Number.isFinite(rules.gapScale) ||
    rules.gapScale <= 0 ||
    !complete ||
    values.some((v) => typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > 1)
  ) {
    throw new RangeError("priorityRules: gapScale must be a number > 0 and every skpNeed / jpmNeed value a number 0..1");
  }
};

/** Each factor's value 0..1 (documented per factor on {@link priorityScore}), or the first bad input. */
const factorValues = (
  input: PriorityInput,
  rules: PriorityRules,
): Result<Readonly<Record<PriorityFactor, number>>, PriorityInputError> => {
  const fail = (field: string, reason: PriorityInputInvalidReason, message: string): Result<never, PriorityInputError> =>
    err({ ...domainError("INVALID_PRIORITY_INPUT", `${field} ${message}`), field, reason });
  const source: Partial<Record<keyof PriorityInput, unknown>> = typeof input === "object" && input !== null ? input : {};

  const gapValue = (field: "gap" | "targetGap", optional: boolean): Result<number, PriorityInputError> => {
    const gap = source[field];
    if (optional && (gap === null || gap === undefined)) return ok(0);
    if (typeof gap !== "number" || !Number.isInteger(gap)) return fail(field, "NOT_INTEGER", "must be a whole number of levels");
    if (Math.abs(gap) > MAX_GAP) return fail(field, "OUT_OF_RANGE", `must be between -${MAX_GAP} and ${MAX_GAP} (levels run 1..5)`);
    return ok(clamp01(gap / rules.gapScale));
  };
  const flag = (field: "mandatoryForPosition" | "servesPublic"): Result<boolean, PriorityInputError> => {
    const value = source[field];
    if (value === undefined) return ok(false);
    return typeof value === "boolean" ? ok(value) : fail(field, "NOT_BOOLEAN", "must be true or false");
  };

  const gap = gapValue("gap", false);
  if (!gap.ok) return gap;
  const targetGap = gapValue("targetGap", true);
  if (!targetGap.ok) return targetGap;
  const skp = source.skpPredikat ?? null;
  if (skp !== null && !isOneOf(SKP_PREDIKATS, skp)) return fail("skpPredikat", "UNKNOWN_VALUE", `must be one of ${SKP_PREDIKATS.join(", ")}`);
  const jpm = source.jpmBand ?? null;
  if (jpm !== null && !isOneOf(MAPPING_BANDS, jpm)) return fail("jpmBand", "UNKNOWN_VALUE", `must be one of ${MAPPING_BANDS.join(", ")}`);
  const mandatory = flag("mandatoryForPosition");
  if (!mandatory.ok) return mandatory;
  const servesPublic = flag("servesPublic");
  if (!servesPublic.ok) return servesPublic;
  const weakness = source.unitServiceWeakness ?? null;
  if (weakness !== null) {
    if (typeof weakness !== "number" || !Number.isFinite(weakness)) return fail("unitServiceWeakness", "NOT_A_NUMBER", "must be a number 0..1");
    if (weakness < 0 || weakness > 1) return fail("unitServiceWeakness", "OUT_OF_RANGE", "must be a number 0..1");
  }
  return ok({
    GAP: gap.value,
    TARGET_GAP: targetGap.value,
    SKP: skp === null ? 0 : rules.skpNeed[skp],
    JPM: jpm === null ? 0 : rules.jpmNeed[jpm],
    MANDATORY: mandatory.value ? 1 : 0,
    PUBLIC_SERVICE: servesPublic.value && weakness !== null ? (weakness as number) : 0,
  });
};

/**
 * {@link priorityScore} for untrusted input (a what-if form, a city's settings): the first problem
 * as a value. INVALID_PRIORITY_INPUT (field = the input's key) when `gap` or `targetGap` is not an
 * integer -4..4 (reason NOT_INTEGER / OUT_OF_RANGE; `targetGap` may be null), `skpPredikat` or
 * `jpmBand` is not one of its values (UNKNOWN_VALUE; `"baik"` is refused, not read as 0),
 * `unitServiceWeakness` is not a number 0..1 (NOT_A_NUMBER / OUT_OF_RANGE), or a flag is not a
 * boolean (NOT_BOOLEAN); then the weights as `validatePriorityWeights` checks them (its first
 * error). Invalid `rules` are configuration faults: RangeError.
 */
export const priorityScoreResult = (
  input: PriorityInput,
  weights: PriorityWeights = defaultPriorityWeights,
  rules: PriorityRules = priorityRules,
): Result<PriorityScore, PriorityInputError | PriorityWeightsError> => {
  checkRules(rules);
  const values = factorValues(input, rules);
  if (!values.ok) return values;
  const checkedWeights = validatePriorityWeights(weights);
  if (!checkedWeights.ok) return err(checkedWeights.error[0] as PriorityWeightsError);
  const parts = PRIORITY_FACTORS.map((factor): PriorityPart => {
    const weight = checkedWeights.value[factor];
    const value = values.value[factor];
    return { factor, weight, value, contribution: roundHalfUp(weight * value, 2) };
  });
  const score = roundHalfUp(
    parts.reduce((sum, p) => sum + p.contribution, 0),
    2,
  );
  return ok({ score, parts });
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
 * screen add up to the score.
 *
 * For the system's own data: any input {@link priorityScoreResult} refuses (a gap outside -4..4,
 * `skpPredikat: "baik"`, NaN, invalid weights) is a programmer error here and throws a RangeError
 * carrying the code; never a NaN score.
 */
export const priorityScore = (
  input: PriorityInput,
  weights: PriorityWeights = defaultPriorityWeights,
  rules: PriorityRules = priorityRules,
): PriorityScore => {
  const result = priorityScoreResult(input, weights, rules);
  if (!result.ok) throw new RangeError(`${result.error.code}: ${result.error.message}`);
  return result.value;
};
