import type { CoverageProblem } from "./coverage-input.js";
import { coverageMeetInTheMiddle } from "./coverage-meet-in-the-middle.js";
import { coverageBranchAndBound, type CoveragePlan } from "./coverage-search.js";

/** Branch-and-bound nodes before the coverage optimiser tries meet in the middle (about 0.1-0.5 s; see bench/planning.mjs). */
export const COVERAGE_NODE_BUDGET = 100_000;

/**
 * The best coverage plan, exactly (internal): branch and bound; if its tree is larger than
 * `nodeBudget`, meet in the middle over components that share no need (bounded time at 40
 * candidates); if the components cannot be split that way, branch and bound to the end.
 */
export const solveCoverage = (problem: CoverageProblem, nodeBudget = COVERAGE_NODE_BUDGET): CoveragePlan => {
  const first = coverageBranchAndBound(problem, nodeBudget);
  if (first.complete) return first;
  const split = coverageMeetInTheMiddle(problem);
  if (split !== null) return { ...split, nodes: first.nodes + split.nodes };
  const full = coverageBranchAndBound(problem);
  return { ...full, nodes: first.nodes + full.nodes };
};
