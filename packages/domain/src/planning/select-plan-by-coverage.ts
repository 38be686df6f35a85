import { ok, type Result } from "../shared/result.js";
import { checkCoverageInput, type CoverageCandidate, type CoverageError, type CoverageNeed } from "./coverage-input.js";
import { COVERAGE_NODE_BUDGET, solveCoverage } from "./coverage-solve.js";
import { fromHundredths } from "./hundredths.js";

export interface CoverageSelectionInput {
  readonly candidates: ReadonlyArray<CoverageCandidate>;
  readonly needs: ReadonlyArray<CoverageNeed>;
  /** Whole rupiah. */
  readonly ceiling: number;
}

export interface CoverageSelection {
  /** In input order. */
  readonly selectedIds: readonly string[];
  /** Whole rupiah, <= the ceiling. */
  readonly totalCost: number;
  /** The chosen set's coverage value, to 2 decimals (exact). */
  readonly totalValue: number;
  /** ceiling - totalCost (sisa), whole rupiah. */
  readonly remaining: number;
  /** Always EXACT: the optimum is proven. */
  readonly method: "EXACT";
}

/**
 * Choose the programmes to fund within a budget ceiling when programmes compete for the same
 * people: the set with the **maximum coverage value**, every mandatory candidate in. Coverage
 * value (see `coverageValue`): per competency, its mean priority × min(employees in need,
 * participants of the chosen programmes that develop it). So two programmes for the same 30
 * employees are worth no more than one, and a programme's participants count once per
 * competency (duplicate competency ids are refused).
 *
 * Exact for up to 40 candidates, in integer hundredths throughout. Branch and bound: each node is
 * bounded by a fractional knapsack over the candidates' marginal gains (valid because coverage is
 * submodular) and by the same knapsack with each competency capped at its remaining need;
 * candidates that add nothing, do not fit, or are dominated (costlier and covering no more) are
 * dropped. When the tree passes 100,000 nodes (near-equal value per rupiah, where bounds hardly
 * prune), meet in the middle over groups of candidates that share no need finishes in bounded
 * time; when one group is larger than 20 candidates, branch and bound runs to the end. Ties as
 * `selectProgrammesWithinBudget`: among plans of equal value the cheaper, then the one with fewer
 * programmes, then the earlier candidates (at the first candidate, in input order, where two
 * plans differ, the plan that has it). A candidate that adds nothing is therefore never chosen.
 *
 * Errors (the first found): INVALID_CEILING (`ceiling`, reason NOT_INTEGER / NEGATIVE /
 * TOO_LARGE), TOO_MANY_CANDIDATES (`candidates`, over 40), INVALID_ID / DUPLICATE_ID
 * (`candidates[i].id`), INVALID_COST (`candidates[i].cost`), INVALID_PARTICIPANTS
 * (`candidates[i].participants`, not a whole number >= 1), INVALID_COMPETENCIES
 * (`candidates[i].competencyIds`, reason EMPTY / INVALID_ID), DUPLICATE_COMPETENCY
 * (`candidates[i].competencyIds`), INVALID_NEED (`needs[j].competencyId` / `.employeesInNeed` /
 * `.meanPriority`, reason INVALID_ID / INVALID_COUNT / INVALID_PRIORITY), DUPLICATE_NEED
 * (`needs[j].competencyId`), TOTAL_COST_TOO_LARGE (`candidates`), TOTAL_VALUE_TOO_LARGE
 * (`needs`), MANDATORY_OVER_CEILING (`ceiling`).
 */
export const selectPlanByCoverage = (input: CoverageSelectionInput): Result<CoverageSelection, CoverageError> =>
  selectPlanByCoverageWith(COVERAGE_NODE_BUDGET, input);

/** {@link selectPlanByCoverage} with the branch-and-bound node budget as a parameter (tests, benchmarks). */
export const selectPlanByCoverageWith = (nodeBudget: number, input: CoverageSelectionInput): Result<CoverageSelection, CoverageError> => {
  const checked = checkCoverageInput(input);
  if (!checked.ok) return checked;
  const problem = checked.value;
  const plan = solveCoverage(problem, nodeBudget);
  return ok({
    selectedIds: plan.members.map((i) => problem.ids[i] ?? ""),
    totalCost: plan.cost,
    totalValue: fromHundredths(plan.value),
    remaining: problem.ceiling - plan.cost,
    method: "EXACT",
  });
};
