import { fromHundredths, toHundredths } from "./hundredths.js";
import type { ProgrammeCandidate } from "./selection-input.js";
import type { BudgetSelection } from "./select-programmes.js";

/**
 * Why a candidate was left out of a plan, most telling first:
 *
 * - COVERED_BY_CHOSEN (coverage plans only): the chosen programmes already cover all the need
 *   of its competencies, so it would add no value (its value on its own is > 0);
 * - OVER_REMAINING_BUDGET: it costs more than the ceiling leaves once the mandatory programmes
 *   are paid, so no plan within the ceiling could include it;
 * - LOWER_VALUE_FOR_COST: it would have fitted next to the mandatory programmes, but the chosen
 *   combination is worth more (or as much for less money, or with fewer programmes), or it has
 *   no value at all.
 */
export const LEFT_OUT_REASONS = ["OVER_REMAINING_BUDGET", "LOWER_VALUE_FOR_COST", "COVERED_BY_CHOSEN"] as const;
export type LeftOutReason = (typeof LEFT_OUT_REASONS)[number];

export interface LeftOutCandidate {
  readonly id: string;
  readonly reason: LeftOutReason;
  readonly cost: number;
  /** Its value on its own, to 2 decimals (as the optimiser compared it). */
  readonly value: number;
  /** What it would add to the chosen plan, to 2 decimals: `value` for independent candidates; for coverage plans the value of the need the chosen ones leave uncovered. */
  readonly marginalValue: number;
  /** value / cost (value per rupiah); null for a free candidate. */
  readonly density: number | null;
  /** How much higher the ceiling would have to be to add it to the chosen plan as it is: max(0, cost - remaining). */
  readonly extraBudgetNeeded: number;
}

/** The reason for one left-out candidate, from exact figures (`value` and `marginal` in whole hundredths). */
export const leftOutReason = (cost: number, value: number, marginal: number, available: number): LeftOutReason => {
  if (value > 0 && marginal === 0) return "COVERED_BY_CHOSEN";
  return cost > available ? "OVER_REMAINING_BUDGET" : "LOWER_VALUE_FOR_COST";
};

/**
 * For the plan builder's "what was left out and why", for independent candidates (values that
 * add up): every candidate not selected, in input order, with a reason (OVER_REMAINING_BUDGET or
 * LOWER_VALUE_FOR_COST, see {@link LEFT_OUT_REASONS}). Values are taken to 2 decimals, half up,
 * as the optimiser compares them.
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
    .map((c) => {
      const hundredths = toHundredths(c.value);
      const value = fromHundredths(hundredths);
      return {
        id: c.id,
        reason: leftOutReason(c.cost, hundredths, hundredths, available),
        cost: c.cost,
        value,
        marginalValue: value,
        density: c.cost === 0 ? null : value / c.cost,
        extraBudgetNeeded: Math.max(0, c.cost - selection.remaining),
      };
    });
};
