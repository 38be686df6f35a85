import { branchAndBound } from "./branch-and-bound.js";
import { MEET_IN_THE_MIDDLE_MAX_ITEMS, meetInTheMiddle } from "./meet-in-the-middle.js";
import { densityOrder, fillUp, greedyPacking, packingOf, type KnapsackItem, type Packing } from "./packing.js";

export const SELECTION_METHODS = ["EXACT", "APPROXIMATE"] as const;
export type SelectionMethod = (typeof SELECTION_METHODS)[number];

export interface SolveOptions {
  /** Branch-and-bound nodes before an instance of at most 40 items switches to meet in the middle. */
  readonly smallNodeBudget: number;
  /** Branch-and-bound nodes for larger instances before the best packing found is returned as it is. */
  readonly largeNodeBudget: number;
}

/**
 * Search budgets, measured with `pnpm bench` (node 20, a busy 2-core machine): branch and bound
 * visits about 10-20 million nodes a second, so 100,000 nodes cost at most about 10 ms before an
 * instance of at most 40 items switches to meet in the middle (about 250 ms at 40 items, whatever
 * the instance); a larger instance gets 2,000,000 nodes (about 100-200 ms).
 */
export const defaultSolveOptions: SolveOptions = { smallNodeBudget: 100_000, largeNodeBudget: 2_000_000 };

export interface Solution {
  readonly packing: Packing;
  readonly method: SelectionMethod;
  /** For APPROXIMATE: the LP upper bound on the value the items could reach. */
  readonly upperBound?: number;
  /** When the search was cut short (APPROXIMATE, or EXACT with only the value proven): the nodes it visited. */
  readonly stoppedAfterNodes?: number;
}

/**
 * The best packing of `items` within `capacity` in the order of `packing.ts` (preconditions
 * there; the values are whole hundredths, so every comparison is exact). Exact up to
 * {@link MEET_IN_THE_MIDDLE_MAX_ITEMS} items: branch and bound, then meet in the middle if the
 * tree is too large. Beyond that, branch and bound within a node budget; when the budget runs out
 * the best packing found (never worse than greedy-by-density or the best single item, so at least
 * half the optimum) is completed greedily and returned as APPROXIMATE with the upper bound,
 * unless the bound already proves its value optimal.
 */
export const solveKnapsack = (
  items: readonly KnapsackItem[],
  capacity: number,
  options: SolveOptions = defaultSolveOptions,
): Solution => {
  const all = packingOf(
    items,
    items.map((_, i) => i),
  );
  if (all.cost <= capacity) return { packing: all, method: "EXACT" };

  const order = densityOrder(items);
  const small = items.length <= MEET_IN_THE_MIDDLE_MAX_ITEMS;
  const search = branchAndBound(
    items,
    capacity,
    small ? options.smallNodeBudget : options.largeNodeBudget,
    greedyPacking(items, capacity, order),
  );
  if (search.complete) return { packing: search.best, method: "EXACT" };
  if (small) return { packing: meetInTheMiddle(items, capacity), method: "EXACT" };

  const packing = fillUp(items, capacity, search.best, order);
  const stoppedAfterNodes = search.nodes - 1;
  if (search.valueProven) return { packing, method: "EXACT", stoppedAfterNodes };
  return { packing, method: "APPROXIMATE", upperBound: search.upperBound, stoppedAfterNodes };
};
