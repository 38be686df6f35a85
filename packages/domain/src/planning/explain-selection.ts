import type { ProgrammeCandidate } from "./selection-input.js";
import type { BudgetSelection } from "./select-programmes.js";

export const LEFT_OUT_REASONS = ["OVER_REMAINING_BUDGET", "LOWER_VALUE_FOR_COST"] as const;
export type LeftOutReason = (typeof LEFT_OUT_REASONS)[number];

export interface LeftOutCandidate {
  readonly id: string;
  readonly reason: LeftOutReason;
  readonly cost: number;
  readonly value: number;
  /** value / cost (value per rupiah); null for a free candidate. */
  readonly density: number | null;
  /** How much higher the ceiling would have to be to add it to the chosen plan as it is: max(0, cost - remaining). */
  readonly extraBudgetNeeded: number;
}

/**
 * For the plan builder's "what was left out and why": every candidate not selected, in input
 * order, with a reason.
 *
 * - OVER_REMAINING_BUDGET: its cost exceeds what remains of the ceiling once the mandatory
 *   programmes are paid, so no plan within the ceiling could include it.
 * - LOWER_VALUE_FOR_COST: it would have fitted on its own next to the mandatory programmes,
 *   but the chosen combination is worth more (or as much for less money, or has no value).
 *
 * `selection` must come from `selectProgrammesWithinBudget` on these `candidates` (the ceiling
 * is read back as `totalCost + remaining`).
 */
export const explainSelection = (
  candidates: ReadonlyArray<ProgrammeCandidate>,
  selection: BudgetSelection,
): readonly LeftOutCandidate[] => {
  const selected = new Set(selection.selectedIds);
  const ceiling = selection.totalCost + selection.remaining;
  const mandatoryCost = candidates.reduce((sum, c) => (c.mandatory === true ? sum + c.cost : sum), 0);
  const available = ceiling - mandatoryCost;
  return candidates
    .filter((c) => !selected.has(c.id))
    .map((c) => ({
      id: c.id,
      reason: c.cost > available ? "OVER_REMAINING_BUDGET" : "LOWER_VALUE_FOR_COST",
      cost: c.cost,
      value: c.value,
      density: c.cost === 0 ? null : c.value / c.cost,
      extraBudgetNeeded: Math.max(0, c.cost - selection.remaining),
    }));
};
