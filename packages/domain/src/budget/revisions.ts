import { checkText, TEXT_INVALID_REASONS } from "../shared/text-check.js";
import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";
import { checkPositiveRupiah, type AmountError } from "./amount.js";
import { formatRupiah } from "./format.js";
import { checkLineCeiling, MAX_LINE_CEILING, type CeilingError } from "./ceiling.js";
import { assertRupiah } from "./rupiah.js";

/** A budget revision: TRANSFER moves ceiling between two lines (the total stays); CHANGE sets a line's ceiling (e.g. the APBD-P). */
export const REVISION_KINDS = ["TRANSFER", "CHANGE"] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

/** The most code points of a revision's reason (the column is text; the limit is the contract's). */
export const REVISION_REASON_MAX_LENGTH = 1000;

/** Why a revision is refused with INVALID_REVISION: its kind, its lines, or its reason text ({@link checkText}'s reasons). */
export const REVISION_INVALID_REASONS = ["UNKNOWN_KIND", "SAME_LINE", "UNKNOWN_LINE", ...TEXT_INVALID_REASONS] as const;
export type RevisionInvalidReason = (typeof REVISION_INVALID_REASONS)[number];

export interface TransferRevision {
  readonly kind: "TRANSFER";
  readonly fromLineId: string;
  readonly toLineId: string;
  /** The ceiling moved, whole rupiah above 0. */
  readonly amount: number;
  readonly reason: string;
}
export interface ChangeRevision {
  readonly kind: "CHANGE";
  readonly lineId: string;
  /** The line's new ceiling, whole rupiah >= 0. */
  readonly newCeiling: number;
  readonly reason: string;
}
export type BudgetRevision = TransferRevision | ChangeRevision;

/** A line as a revision sees it. */
export interface RevisableLine {
  readonly id: string;
  readonly ceiling: number;
  readonly spent: number;
}

export type InvalidRevisionError = DomainError<"INVALID_REVISION"> & { readonly field: string; readonly reason: RevisionInvalidReason };
/** REVISION_BELOW_SPENT: the line `lineId` would end below its `spent`. */
export type RevisionBelowSpentError = DomainError<"REVISION_BELOW_SPENT"> & {
  readonly field: "amount" | "newCeiling";
  readonly lineId: string;
  readonly spent: number;
};
export type RevisionError = AmountError | CeilingError | InvalidRevisionError | RevisionBelowSpentError;

const invalid = (field: string, reason: RevisionInvalidReason, message: string): InvalidRevisionError => ({
  ...domainError("INVALID_REVISION", message),
  field,
  reason,
});

const belowSpent = (field: "amount" | "newCeiling", line: RevisableLine, ceiling: number): RevisionBelowSpentError => ({
  ...domainError(
    "REVISION_BELOW_SPENT",
    `The ceiling of the line would become ${formatRupiah(ceiling)}, below the ${formatRupiah(line.spent)} already spent on it`,
  ),
  field,
  lineId: line.id,
  spent: line.spent,
});

/**
 * Applies a revision to the lines (DOMAIN.md §8: the ceiling is the limit of spending, so a revision
 * may never bring a line below what it has spent). Gives only the changed lines with their new
 * ceilings: a TRANSFER gives the two lines (the sum of ceilings stays the same), a CHANGE the one line
 * (nothing when the ceiling is the same).
 *
 * Refusals, first problem only: INVALID_REVISION (field `kind` UNKNOWN_KIND; field `reason` for an
 * empty text, one over {@link REVISION_REASON_MAX_LENGTH} characters or any other free-text problem;
 * field `toLineId` SAME_LINE; field `fromLineId` / `toLineId` / `lineId` UNKNOWN_LINE); INVALID_AMOUNT
 * (field `amount`: whole rupiah above 0; field `newCeiling`: whole rupiah >= 0; reason ABOVE_MAX_CEILING
 * on `newCeiling` above {@link MAX_LINE_CEILING}, and on `amount` when the receiving line of a TRANSFER would end
 * above it); REVISION_BELOW_SPENT (field `amount` or `newCeiling`,
 * with the line's `spent`). The lines are the system's own: bad figures or duplicate ids are a
 * programmer error (RangeError).
 */
export const applyRevision = (
  lines: ReadonlyArray<RevisableLine>,
  revision: BudgetRevision,
): Result<ReadonlyArray<{ readonly id: string; readonly ceiling: number }>, RevisionError> => {
  const byId = new Map<string, RevisableLine>();
  for (const line of lines) {
    assertRupiah("applyRevision", { ceiling: line.ceiling, spent: line.spent });
    if (byId.has(line.id)) throw new RangeError(`applyRevision: line ${line.id} is listed twice`);
    byId.set(line.id, line);
  }
  const kind: unknown = revision.kind;
  if (kind !== "TRANSFER" && kind !== "CHANGE") return err(invalid("kind", "UNKNOWN_KIND", `Unknown revision kind ${String(kind)}`));
  const reason = checkText(revision.reason, { field: "reason", min: 1, max: REVISION_REASON_MAX_LENGTH, multiline: true, code: "INVALID_REVISION" });
  if (!reason.ok) return err({ ...reason.error, field: "reason" });

  if (revision.kind === "TRANSFER") {
    const amount = checkPositiveRupiah(revision.amount, "amount");
    if (!amount.ok) return amount;
    const from = byId.get(revision.fromLineId);
    if (from === undefined) return err(invalid("fromLineId", "UNKNOWN_LINE", "The line to move the ceiling from is not known"));
    const to = byId.get(revision.toLineId);
    if (to === undefined) return err(invalid("toLineId", "UNKNOWN_LINE", "The line to move the ceiling to is not known"));
    if (from.id === to.id) return err(invalid("toLineId", "SAME_LINE", "A transfer moves the ceiling between two different lines"));
    const fromCeiling = from.ceiling - amount.value;
    if (fromCeiling < from.spent) return err(belowSpent("amount", from, fromCeiling));
    // Both terms are at most 2^53, so the sum is compared exactly enough: anything above MAX_LINE_CEILING is refused.
    const toCeiling = checkLineCeiling(Math.min(to.ceiling + amount.value, Number.MAX_SAFE_INTEGER), "amount");
    if (!toCeiling.ok) {
      return err({
        ...toCeiling.error,
        reason: "ABOVE_MAX_CEILING" as const,
        message: `amount: the receiving line's ceiling would become more than ${formatRupiah(MAX_LINE_CEILING)}, the most a budget line may have`,
      });
    }
    return ok([
      { id: from.id, ceiling: fromCeiling },
      { id: to.id, ceiling: toCeiling.value },
    ]);
  }

  const newCeiling = checkLineCeiling(revision.newCeiling, "newCeiling");
  if (!newCeiling.ok) return newCeiling;
  const line = byId.get(revision.lineId);
  if (line === undefined) return err(invalid("lineId", "UNKNOWN_LINE", "The line to change is not known"));
  if (newCeiling.value < line.spent) return err(belowSpent("newCeiling", line, newCeiling.value));
  return ok(newCeiling.value === line.ceiling ? [] : [{ id: line.id, ceiling: newCeiling.value }]);
};
