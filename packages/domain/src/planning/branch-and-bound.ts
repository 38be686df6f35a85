import { densityOrder, type KnapsackItem, type Packing } from "./packing.js";

export interface SearchOutcome {
  /** The best packing found (optimal when `complete`). */
  readonly best: Packing;
  /** Whether the whole tree was searched: `best` is then optimal in the full order of `packing.ts`. */
  readonly complete: boolean;
  /** Whether `best` has the maximum value, proven by the root bound, even if the search was cut short. */
  readonly valueProven: boolean;
  /** Nodes visited. */
  readonly nodes: number;
  /** An upper bound on the best value: the linear-programming relaxation at the root, rounded down when values are integers. */
  readonly upperBound: number;
}

/**
 * Depth-first branch and bound (Horowitz–Sahni): items by value density, the "take it" branch
 * first, each node bounded by the LP relaxation (Dantzig: whole items by density, then a fraction
 * of the next), computed in O(log n) from prefix sums. Starts from `start` (a feasible packing)
 * and stops after `nodeBudget` nodes. Integer values let the bound be rounded down, which prunes
 * far more on correlated instances.
 *
 * Preconditions (the caller's): 0 < cost <= capacity, value > 0, all finite.
 */
export const branchAndBound = (
  items: readonly KnapsackItem[],
  capacity: number,
  nodeBudget: number,
  start: Packing,
): SearchOutcome => {
  const n = items.length;
  const order = densityOrder(items);
  const c = new Float64Array(n);
  const v = new Float64Array(n);
  const prefixCost = new Float64Array(n + 1);
  const prefixValue = new Float64Array(n + 1);
  const suffixMinCost = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
  order.forEach((index, i) => {
    c[i] = items[index]?.cost ?? 0;
    v[i] = items[index]?.value ?? 0;
    prefixCost[i + 1] = (prefixCost[i] ?? 0) + (c[i] ?? 0);
    prefixValue[i + 1] = (prefixValue[i] ?? 0) + (v[i] ?? 0);
  });
  for (let i = n - 1; i >= 0; i--) suffixMinCost[i] = Math.min(c[i] ?? 0, suffixMinCost[i + 1] ?? 0);
  const totalCost = prefixCost[n] ?? 0;
  const totalValue = prefixValue[n] ?? 0;

  const integral = items.every((item) => Number.isInteger(item.value));
  // Float noise allowance on bounds: sums of n doubles are off by far less than this.
  const slack = 1e-9 * Math.max(1, totalValue);

  /** Best fractional value of the items from position i on, within `room`. */
  const relaxation = (i: number, room: number): number => {
    const target = (prefixCost[i] ?? 0) + room;
    if (totalCost <= target) return totalValue - (prefixValue[i] ?? 0);
    let lo = i; // prefixCost[lo] <= target
    let hi = n; // prefixCost[hi] > target
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if ((prefixCost[mid] ?? 0) <= target) lo = mid;
      else hi = mid;
    }
    return (prefixValue[lo] ?? 0) - (prefixValue[i] ?? 0) + ((target - (prefixCost[lo] ?? 0)) * (v[lo] ?? 0)) / (c[lo] ?? 1);
  };

  const chosen = new Uint8Array(n); // by input index
  const best = new Uint8Array(n);
  for (const i of start.members) best[i] = 1;
  let bestValue = start.value;
  let bestCost = start.cost;
  let bestCount = start.members.length;
  let nodes = 0;
  let aborted = false;

  const offer = (value: number, cost: number, count: number): void => {
    let better: boolean;
    if (value !== bestValue) better = value > bestValue;
    else if (cost !== bestCost) better = cost < bestCost;
    else if (count !== bestCount) better = count < bestCount;
    else {
      better = false;
      for (let k = 0; k < n; k++) {
        if (chosen[k] !== best[k]) {
          better = chosen[k] === 1;
          break;
        }
      }
    }
    if (!better) return;
    best.set(chosen);
    bestValue = value;
    bestCost = cost;
    bestCount = count;
  };

  /** The highest value any completion could reach, as comparable with `bestValue`. */
  const ceilingOf = (bound: number): number => (integral ? Math.floor(bound + slack) : bound + slack);

  const search = (i: number, room: number, value: number, cost: number, count: number): void => {
    if (++nodes > nodeBudget) {
      aborted = true;
      return;
    }
    if (i === n || (suffixMinCost[i] ?? 0) > room) {
      offer(value, cost, count);
      return;
    }
    if (totalCost - (prefixCost[i] ?? 0) <= room) {
      // Everything left fits; every value is > 0, so taking it all beats any part of it.
      for (let k = i; k < n; k++) chosen[order[k] ?? 0] = 1;
      offer(value + (totalValue - (prefixValue[i] ?? 0)), cost + (totalCost - (prefixCost[i] ?? 0)), count + n - i);
      for (let k = i; k < n; k++) chosen[order[k] ?? 0] = 0;
      return;
    }
    const top = ceilingOf(value + relaxation(i, room));
    if (top < bestValue) return;
    if ((top === bestValue || (!integral && top - 2 * slack <= bestValue)) && cost >= bestCost) {
      // At best a tie in value, at no lower cost: adding items only adds cost, so only this
      // packing itself (at equal cost) may still win, on fewer items or earlier ones.
      if (cost === bestCost) offer(value, cost, count);
      return;
    }
    const index = order[i] ?? 0;
    const itemCost = c[i] ?? 0;
    if (itemCost <= room) {
      chosen[index] = 1;
      search(i + 1, room - itemCost, value + (v[i] ?? 0), cost + itemCost, count + 1);
      chosen[index] = 0;
      if (aborted) return;
    }
    search(i + 1, room, value, cost, count);
  };

  search(0, capacity, 0, 0, 0);
  const relaxed = relaxation(0, capacity);
  const upperBound = integral ? Math.max(bestValue, ceilingOf(relaxed)) : Math.max(bestValue, relaxed);
  const members: number[] = [];
  best.forEach((bit, i) => {
    if (bit === 1) members.push(i);
  });
  return {
    best: { members, cost: bestCost, value: bestValue },
    complete: !aborted,
    valueProven: !aborted || ceilingOf(relaxed) <= bestValue,
    nodes,
    upperBound,
  };
};
