import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";
import { checkRupiah, type RupiahInvalidReason } from "./rupiah.js";

/** Why an amount that must be positive (a spend, a transfer) is refused: a whole-rupiah problem, or ZERO. */
export const POSITIVE_AMOUNT_INVALID_REASONS = ["NOT_INTEGER", "NEGATIVE", "TOO_LARGE", "ZERO"] as const;
export type PositiveAmountInvalidReason = (typeof POSITIVE_AMOUNT_INVALID_REASONS)[number];

/** INVALID_AMOUNT on a field whose amount must be whole rupiah above 0. */
export type AmountError = DomainError<"INVALID_AMOUNT"> & { readonly field: string; readonly reason: RupiahInvalidReason | "ZERO" };

/** Whole rupiah above 0 within 2^53 ({@link checkRupiah}, then ZERO for 0). */
export const checkPositiveRupiah = (amount: unknown, field: string): Result<number, AmountError> => {
  const checked = checkRupiah(amount, field);
  if (!checked.ok) return checked;
  if (checked.value === 0) return err({ ...domainError("INVALID_AMOUNT", `${field} must be more than 0`), field, reason: "ZERO" as const });
  return ok(checked.value);
};
