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
   * Only a programme's line carries a commitment, and every spend booked on it counts as the programme's
   * spending, so a spend on a programme's line passes true (see `openCommitment`).
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

/**
 * Whether a spending already on the line may change from `oldAmount` to `newAmount` (an edit): the growth
 * `newAmount − oldAmount` is checked as a new spend with {@link canSpend} (the line's figures as they are, the
 * old amount in its `spent`); a smaller or equal amount always fits. `newAmount` is checked as a spend's amount
 * (INVALID_AMOUNT on field `amount`); `oldAmount` is the system's own (RangeError unless whole rupiah above 0).
 * BUDGET_EXCEEDED gives as `remaining` the most the spending's amount may become (`oldAmount` + what is available),
 * and its message names it. `increase` is the amount checked against the line (0 when it does not grow).
 */
export const canEditSpend = (
  line: BudgetLineMoney,
  oldAmount: number,
  newAmount: number,
  opts: CanSpendOptions = {},
): Result<{ readonly increase: number }, CanSpendError> => {
  assertRupiah("canEditSpend", { oldAmount });
  if (oldAmount === 0) throw new RangeError("canEditSpend: oldAmount must be more than 0");
  const checked = checkPositiveRupiah(newAmount, "amount");
  if (!checked.ok) return checked;
  if (checked.value <= oldAmount) {
    assertRupiah("canEditSpend", { ceiling: line.ceiling, spent: line.spent, committed: line.committed });
    return ok({ increase: 0 });
  }
  const increase = checked.value - oldAmount;
  const verdict = canSpend(line, increase, opts);
  if (verdict.ok) return ok({ increase });
  if (verdict.error.code !== "BUDGET_EXCEEDED") return verdict;
  const remaining = oldAmount + verdict.error.remaining;
  return err({
    ...domainError("BUDGET_EXCEEDED", `The amount ${formatRupiah(checked.value)} is more than the ${formatRupiah(remaining)} this spending may be on this budget line`),
    field: "amount" as const,
    remaining,
  });
};
