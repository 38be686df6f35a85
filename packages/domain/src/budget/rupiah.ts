import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";

/** Why an amount is not whole rupiah, in the order checked. */
export const RUPIAH_INVALID_REASONS = ["NOT_INTEGER", "NEGATIVE", "TOO_LARGE"] as const;
export type RupiahInvalidReason = (typeof RUPIAH_INVALID_REASONS)[number];

export type RupiahError = DomainError<"INVALID_AMOUNT"> & { readonly field: string; readonly reason: RupiahInvalidReason };

const MESSAGES: Readonly<Record<RupiahInvalidReason, (field: string) => string>> = {
  NOT_INTEGER: (field) => `${field} must be a whole number of rupiah`,
  NEGATIVE: (field) => `${field} must not be negative`,
  TOO_LARGE: (field) => `${field} is too large to compute exactly (at most 9,007,199,254,740,991)`,
};

/** The message for an amount refused with `reason`, about `what` ("Cost", "Budget ceiling"). */
export const rupiahMessage = (reason: RupiahInvalidReason, what: string): string => MESSAGES[reason](what);

/** The reason `amount` is not whole rupiah >= 0 within 2^53, or null when it is. */
export const rupiahProblem = (amount: unknown): RupiahInvalidReason | null => {
  if (typeof amount !== "number" || !Number.isInteger(amount)) return "NOT_INTEGER";
  if (amount < 0) return "NEGATIVE";
  return Number.isSafeInteger(amount) ? null : "TOO_LARGE";
};

/**
 * The whole-rupiah check (DOMAIN.md §8: amounts are whole rupiah, never fractions): `amount` must
 * be an integer >= 0 that a double holds exactly (at most `Number.MAX_SAFE_INTEGER`, about
 * Rp9 quadrillion). Refused with code INVALID_AMOUNT, the given `field`, and reason NOT_INTEGER
 * (also for anything that is not a number, NaN and infinities), NEGATIVE or TOO_LARGE. Zero is
 * allowed (a free programme, a ceiling of 0); a check that needs a positive amount adds that.
 */
export const checkRupiah = (amount: unknown, field: string): Result<number, RupiahError> => {
  const reason = rupiahProblem(amount);
  return reason === null ? ok(amount as number) : err({ ...domainError("INVALID_AMOUNT", MESSAGES[reason](field)), field, reason });
};

/** RangeError unless every amount is whole rupiah (for the convenience forms below). */
export const assertRupiah = (caller: string, amounts: Readonly<Record<string, unknown>>): void => {
  for (const [name, amount] of Object.entries(amounts)) {
    if (rupiahProblem(amount) !== null) throw new RangeError(`${caller}: ${name} must be a safe integer >= 0, got ${String(amount)}`);
  }
};
