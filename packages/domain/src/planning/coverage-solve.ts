import type { CoverageProblem } from "./coverage-input.js";
import { coverageMeetInTheMiddle, splitForMeetInTheMiddle } from "./coverage-meet-in-the-middle.js";
import { coverageBranchAndBound, type CoveragePlan } from "./coverage-search.js";

/** Branch-and-bound nodes before the coverage optimiser switches to meet in the middle (about 0.1-0.3 s; see bench/planning.mjs). */
export const COVERAGE_NODE_BUDGET = 100_000;

/**
 * The best coverage plan, exactly (internal). When the candidates can be dealt to two sides of at
 * most 20 that share no need: branch and bound, and if its tree is larger than `nodeBudget`, meet
 * in the middle (bounded time at 40 candidates). Otherwise (one group of more than 20 candidates
 * linked through shared needs) branch and bound to the end.
 */
export const solveCoverage = (problem: CoverageProblem, nodeBudget = COVERAGE_NODE_BUDGET): CoveragePlan => {
  if (splitForMeetInTheMiddle(problem) === null) return coverageBranchAndBound(problem);
  const first = coverageBranchAndBound(problem, nodeBudget);
  if (first.complete) return first;
  const split = coverageMeetInTheMiddle(problem);
  return split === null ? coverageBranchAndBound(problem) : { ...split, nodes: first.nodes + split.nodes };
};
