import type { Result } from "../shared/result.js";
import { err, ok } from "../shared/result.js";
import { checkCoverageInput, type CoverageError } from "./coverage-input.js";
import { coveredBy, gainOf } from "./coverage-search.js";
import { leftOutReason, type LeftOutCandidate } from "./explain-selection.js";
import { fromHundredths } from "./hundredths.js";
import type { CoverageSelection, CoverageSelectionInput } from "./select-plan-by-coverage.js";

/**
 * "What was left out and why" for a coverage plan: every candidate not selected, in input order,
 * with a reason (see `LEFT_OUT_REASONS`), judged against the chosen set:
 *
 * - COVERED_BY_CHOSEN: it has value on its own, but the chosen programmes already cover all the
 *   need of its competencies (its marginal value is 0);
 * - OVER_REMAINING_BUDGET: it costs more than the ceiling leaves after the mandatory programmes;
 * - LOWER_VALUE_FOR_COST: it would have fitted, but the chosen combination is worth more (or as
 *   much for less, or with fewer programmes), or it has no value at all.
 *
 * `value` is its coverage value on its own, `marginalValue` what it would add to the chosen set
 * (both to 2 decimals). `selection` must come from `selectPlanByCoverage` on the same input; the
 * input is checked again (same errors) since it may come from elsewhere.
 */
export const explainCoverageSelection = (
  input: CoverageSelectionInput,
  selection: Pick<CoverageSelection, "selectedIds" | "remaining">,
): Result<readonly LeftOutCandidate[], CoverageError> => {
  const checked = checkCoverageInput(input);
  if (!checked.ok) return err(checked.error);
  const problem = checked.value;
  const selected = new Set(selection.selectedIds);
  const chosen = problem.ids.flatMap((id, i) => (selected.has(id) ? [i] : []));
  const covered = coveredBy(problem, chosen);
  const none = new Float64Array(problem.priority.length);
  const mandatoryCost = problem.cost.reduce((sum, c, i) => (problem.mandatory[i] === true ? sum + c : sum), 0);
  const available = problem.ceiling - mandatoryCost;
  const leftOut: LeftOutCandidate[] = [];
  problem.ids.forEach((id, i) => {
    if (selected.has(id)) return;
    const cost = problem.cost[i] ?? 0;
    const alone = gainOf(problem, none, i);
    const marginal = gainOf(problem, covered, i);
    const value = fromHundredths(alone);
    leftOut.push({
      id,
      reason: leftOutReason(cost, alone, marginal, available),
      cost,
      value,
      marginalValue: fromHundredths(marginal),
      density: cost === 0 ? null : value / cost,
      extraBudgetNeeded: Math.max(0, cost - selection.remaining),
    });
  });
  return ok(leftOut);
};
