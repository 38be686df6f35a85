import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";
import { formatRupiah } from "./format.js";
import { checkRupiah, type RupiahInvalidReason } from "./rupiah.js";

/**
 * The largest ceiling (pagu) one budget line may have: Rp 10 trillion (10^13 rupiah), far above any line of a
 * regional agency (a whole city's APBD is a few trillion). The bound keeps every sum exact: a year holds at most 500
 * lines, so Σ ceiling ≤ 5 × 10^15 < 2^53 (9.007 × 10^15), and spending, bounded by each line's ceiling, sums below it
 * too. Checked when a line is created and by every revision that raises a ceiling; the database checks the same.
 */
export const MAX_LINE_CEILING = 10_000_000_000_000;

/** INVALID_AMOUNT on a ceiling: not whole rupiah >= 0, or ABOVE_MAX_CEILING. */
export type CeilingError = DomainError<"INVALID_AMOUNT"> & { readonly field: string; readonly reason: RupiahInvalidReason | "ABOVE_MAX_CEILING" };

/** A line's ceiling: whole rupiah >= 0 ({@link checkRupiah}) and at most {@link MAX_LINE_CEILING} (reason ABOVE_MAX_CEILING). */
export const checkLineCeiling = (amount: unknown, field: string): Result<number, CeilingError> => {
  const checked = checkRupiah(amount, field);
  if (!checked.ok) return checked;
  if (checked.value > MAX_LINE_CEILING) {
    return err({
      ...domainError("INVALID_AMOUNT", `${field}: a budget line's ceiling is at most ${formatRupiah(MAX_LINE_CEILING)}`),
      field,
      reason: "ABOVE_MAX_CEILING" as const,
    });
  }
  return ok(checked.value);
};
