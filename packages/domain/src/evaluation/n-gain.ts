import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";

/**
 * Hake's normalised gain categories as LAN/BPSDM practise them (DOMAIN.md §6): high g ≥ 0.7,
 * medium 0.3 ≤ g < 0.7, low below 0.3 (negative gains included).
 */
export const N_GAIN_RULES = Object.freeze({ high: 0.7, medium: 0.3 } as const);

export const N_GAIN_CATEGORIES = ["HIGH", "MEDIUM", "LOW"] as const;
export type NGainCategory = (typeof N_GAIN_CATEGORIES)[number];

export type NGainError = DomainError<"INVALID_SCORE"> & { readonly field: "pre" | "post" | "max" };

const fault = (field: NGainError["field"], message: string): NGainError => ({ ...domainError("INVALID_SCORE", message), field });

const check = (pre: number, post: number, max: number): NGainError | null => {
  const finite = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
  if (!finite(max) || max <= 0) return fault("max", "the maximum score is a positive finite number");
  if (!finite(pre) || pre < 0 || pre > max) return fault("pre", `the pre-test score is a number 0..${max}`);
  if (!finite(post) || post < 0 || post > max) return fault("post", `the post-test score is a number 0..${max}`);
  return null;
};

const gain = (pre: number, post: number, max: number): number | null => (pre === max ? null : (post - pre) / (max - pre));

/**
 * The normalised gain `(post − pre) / (max − pre)`, unrounded; null when `pre = max` (nothing left to
 * gain: report N/A). A score outside 0..max, or not finite, or a max that is not positive, is a
 * RangeError; use {@link nGainResult} for untrusted input.
 */
export const nGain = (pre: number, post: number, max: number): number | null => {
  const problem = check(pre, post, max);
  if (problem) throw new RangeError(`nGain: ${problem.field}: ${problem.message}`);
  return gain(pre, post, max);
};

/** {@link nGain} for untrusted input: INVALID_SCORE naming the field (`pre`, `post` or `max`). */
export const nGainResult = (pre: number, post: number, max: number): Result<number | null, NGainError> => {
  const problem = check(pre, post, max);
  return problem ? err(problem) : ok(gain(pre, post, max));
};

/** The category of a gain. RangeError when `g` is not finite. */
export const nGainCategory = (g: number): NGainCategory => {
  if (typeof g !== "number" || !Number.isFinite(g)) throw new RangeError(`nGainCategory: not a finite number: ${String(g)}`);
  return g >= N_GAIN_RULES.high ? "HIGH" : g >= N_GAIN_RULES.medium ? "MEDIUM" : "LOW";
};
