import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";
import { checkPositiveRupiah, type AmountError } from "./amount.js";
import { formatRupiah } from "./format.js";
import { assertRupiah } from "./rupiah.js";

/** A budget line's money as the spending check needs it, in whole rupiah. */
export interface BudgetLineMoney {
  /** The ceiling (pagu). */
  readonly ceiling: number;
  /** What is already spent (realisasi). */
  readonly spent: number;
  /** Open commitments not yet spent (planned programme costs, scheduled speakers' fees). */
  readonly committed: number;
}

export interface CanSpendOptions {
  /**
   * The spend settles the line's commitment (a spend on a programme's line pays what the programme
   * committed): `min(amount, committed)` of the commitment is released before the check. Default false.
   */
  readonly settlesCommitment?: boolean;
}

/** BUDGET_EXCEEDED on `amount`: the spend does not fit; `remaining` is the most that still fits (never negative). */
export type BudgetExceededError = DomainError<"BUDGET_EXCEEDED"> & { readonly field: "amount"; readonly remaining: number };

export type CanSpendError = BudgetExceededError | AmountError;

/**
 * Whether `amount` can be spent on a line without overspending (DOMAIN.md §8: sisa = pagu −
 * realisasi; here also less what is committed). Available = `ceiling − spent − committed`, plus the
 * released part of the commitment when the spend settles it. A spend of exactly the available
 * amount is allowed.
 *
 * Refused with INVALID_AMOUNT (field `amount`, reason NOT_INTEGER | NEGATIVE | TOO_LARGE | ZERO) for
 * an amount that is not whole rupiah above 0, and BUDGET_EXCEEDED (field `amount`, `remaining`) when
 * it is above what is available; the message names the remaining amount. `remainingAfter` is
 * `ceiling − spent − amount − (committed − released)`. The line's figures are the system's own: a
 * line whose figures are not whole rupiah is a programmer error (RangeError).
 */
export const canSpend = (
  line: BudgetLineMoney,
  amount: number,
  opts: CanSpendOptions = {},
): Result<{ readonly remainingAfter: number }, CanSpendError> => {
  assertRupiah("canSpend", { ceiling: line.ceiling, spent: line.spent, committed: line.committed });
  const checked = checkPositiveRupiah(amount, "amount");
  if (!checked.ok) return checked;
  const { ceiling, spent, committed } = line;
  const settles = opts.settlesCommitment === true;
  const released = settles ? Math.min(checked.value, committed) : 0;
  // Every term is a safe integer and the result lies within ±2^53: exact.
  const free = ceiling - spent - committed;
  if (checked.value > free + released) {
    // The most that would fit: with settling, up to ceiling − spent when the line is not over-committed.
    const remaining = Math.max(0, settles && free >= 0 ? ceiling - spent : free);
    return err({
      ...domainError("BUDGET_EXCEEDED", `The amount ${formatRupiah(checked.value)} is more than the ${formatRupiah(remaining)} remaining on this budget line`),
      field: "amount" as const,
      remaining,
    });
  }
  return ok({ remainingAfter: free + released - checked.value });
};
