import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";
import { roundHalfUp } from "../shared/rounding.js";

/** When a participant completes a batch. */
export interface CompletionRules {
  /** The share of the batch's JP a participant must attend, 0..1. */
  readonly minAttendanceShare: number;
}

/**
 * *Practice* (issue 8): a participant completes a batch after attending at least 80% of its JP.
 * A default, not a figure of law: each batch may set its own share (batches.min_attendance_share).
 */
export const COMPLETION_RULES: CompletionRules = Object.freeze({ minAttendanceShare: 0.8 });

/** Why a participant did not complete: too little attendance, or a post-test below the pass mark (or not taken). */
export const COMPLETION_SHORTFALLS = ["ATTENDANCE", "POST_TEST"] as const;
export type CompletionShortfall = (typeof COMPLETION_SHORTFALLS)[number];

export interface CompletionInput {
  /** The batch's JP (Σ of its sessions' JP). */
  readonly batchJp: number;
  /** The JP of the sessions the participant attended. */
  readonly attendedJp: number;
  /** The participant's post-test score, or null when not taken. */
  readonly postTestScore?: number | null | undefined;
  /** The pass mark of the batch's post-test, or null when the batch has no post-test. */
  readonly passMark?: number | null | undefined;
}

export interface Completion {
  readonly completed: boolean;
  /** Empty when completed. */
  readonly reasons: readonly CompletionShortfall[];
}

export const COMPLETION_ERROR_CODES = ["INVALID_JP", "INVALID_VALUE"] as const;
export type CompletionErrorCode = (typeof COMPLETION_ERROR_CODES)[number];
export type CompletionError = DomainError<CompletionErrorCode> & { readonly field: string };

const numberReason = (value: unknown): "NOT_A_NUMBER" | "NEGATIVE" | null => {
  if (typeof value !== "number" || !Number.isFinite(value)) return "NOT_A_NUMBER";
  return value < 0 ? "NEGATIVE" : null;
};

/**
 * Whether a participant completed a batch: attended at least `minAttendanceShare` of `batchJp`
 * (the required JP rounded to 2 decimals, the unit JP are stored in), and, when the batch has a
 * post-test (`passMark` not null), a post-test score at or above the pass mark; a missing score
 * then fails with POST_TEST. Every shortfall is listed. Refusals: INVALID_JP on `batchJp` or
 * `attendedJp` (not a finite number >= 0), INVALID_VALUE on `postTestScore` or `passMark` (reason
 * NOT_A_NUMBER or NEGATIVE). `rules.minAttendanceShare` outside 0..1 is a programmer error (RangeError).
 */
export const completionOf = (input: CompletionInput, rules: CompletionRules = COMPLETION_RULES): Result<Completion, CompletionError> => {
  const share = rules.minAttendanceShare;
  if (typeof share !== "number" || !(share >= 0 && share <= 1)) throw new RangeError(`completionOf: minAttendanceShare must be within 0..1, got ${String(share)}`);
  for (const field of ["batchJp", "attendedJp"] as const) {
    const reason = numberReason(input[field]);
    if (reason !== null) return err({ ...domainError("INVALID_JP", `${field} must be a finite number of JP, 0 or more`, { reason }), field });
  }
  for (const field of ["postTestScore", "passMark"] as const) {
    const value = input[field];
    if (value === null || value === undefined) continue;
    const reason = numberReason(value);
    if (reason !== null) return err({ ...domainError("INVALID_VALUE", `${field} must be a finite number, 0 or more`, { reason }), field });
  }
  const reasons: CompletionShortfall[] = [];
  const requiredJp = roundHalfUp(input.batchJp * share, 2);
  if (roundHalfUp(input.attendedJp, 2) < requiredJp) reasons.push("ATTENDANCE");
  const passMark = input.passMark ?? null;
  if (passMark !== null) {
    const score = input.postTestScore ?? null;
    if (score === null || score < passMark) reasons.push("POST_TEST");
  }
  return ok({ completed: reasons.length === 0, reasons });
};
