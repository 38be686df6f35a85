import type { CoverageProblem } from "./coverage-input.js";
import { coverageDynamicProgramme } from "./coverage-dynamic-programme.js";
import { coverageMeetInTheMiddle, splitForMeetInTheMiddle } from "./coverage-meet-in-the-middle.js";
import { coverageBranchAndBound, type CoveragePlan } from "./coverage-search.js";

/** Branch-and-bound nodes before the coverage optimiser switches method (about 0.1-0.3 s; see bench/planning.mjs). */
export const COVERAGE_NODE_BUDGET = 100_000;

/**
 * The best coverage plan, exactly (internal). Branch and bound first; if its tree is larger than
 * `nodeBudget` (near-equal value per rupiah, where bounds hardly prune): meet in the middle when
 * the candidates can be dealt to two sides of at most 20 that share no need (bounded time at 40
 * candidates); otherwise the dynamic programme over the needs they compete for (a large group
 * for a few needs); and if that would keep too many partial plans, branch and bound to the end.
 */
export const solveCoverage = (problem: CoverageProblem, nodeBudget = COVERAGE_NODE_BUDGET): CoveragePlan => {
  const first = coverageBranchAndBound(problem, nodeBudget);
  if (first.complete) return first;
  const fallback = splitForMeetInTheMiddle(problem) === null ? coverageDynamicProgramme(problem) : coverageMeetInTheMiddle(problem);
  if (fallback !== null) return { ...fallback, nodes: first.nodes + fallback.nodes };
  const full = coverageBranchAndBound(problem);
  return { ...full, nodes: first.nodes + full.nodes };
};
