/**
 * The 0/1 knapsack under the optimiser (internal). Items are indexed in input order; the
 * best packing is the one that is first in this order:
 *
 * 1. higher total value;
 * 2. then lower total cost;
 * 3. then fewer items;
 * 4. then the earlier items: at the first index (in input order) where two packings differ,
 *    the one that contains that item wins.
 *
 * The optimiser passes values as whole hundredths (`hundredths.ts`), so sums and ties are exact.
 */

export interface KnapsackItem {
  /** Whole rupiah, > 0 and <= the capacity (the caller removes the rest). */
  readonly cost: number;
  /** > 0, whole hundredths of value (the caller removes worthless items). */
  readonly value: number;
}

export interface Packing {
  /** Item indices, ascending. */
  readonly members: readonly number[];
  readonly cost: number;
  readonly value: number;
}

export const EMPTY_PACKING: Packing = { members: [], cost: 0, value: 0 };

export const packingOf = (items: readonly KnapsackItem[], members: readonly number[]): Packing => {
  const sorted = [...members].sort((a, b) => a - b);
  let cost = 0;
  let value = 0;
  for (const i of sorted) {
    cost += items[i]?.cost ?? 0;
    value += items[i]?.value ?? 0;
  }
  return { members: sorted, cost, value };
};

/** Whether `a` comes before `b` in the order above. */
export const isBetterPacking = (a: Packing, b: Packing): boolean => {
  if (a.value !== b.value) return a.value > b.value;
  if (a.cost !== b.cost) return a.cost < b.cost;
  if (a.members.length !== b.members.length) return a.members.length < b.members.length;
  for (let k = 0; k < a.members.length; k++) {
    const x = a.members[k] ?? 0;
    const y = b.members[k] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
};

/** Item indices by value density (value / cost), densest first; ties: cheaper, then earlier. */
export const densityOrder = (items: readonly KnapsackItem[]): number[] =>
  items
    .map((item, index) => ({ index, density: item.value / item.cost, cost: item.cost }))
    .sort((a, b) => b.density - a.density || a.cost - b.cost || a.index - b.index)
    .map((x) => x.index);

/** Add items in density order while they fit. */
export const fillUp = (items: readonly KnapsackItem[], capacity: number, start: Packing, order = densityOrder(items)): Packing => {
  const members = new Set(start.members);
  let room = capacity - start.cost;
  for (const i of order) {
    const cost = items[i]?.cost ?? Number.POSITIVE_INFINITY;
    if (!members.has(i) && cost <= room) {
      members.add(i);
      room -= cost;
    }
  }
  return packingOf(items, [...members]);
};

/**
 * The classic 1/2-approximation: the better of greedy-by-density and the most valuable single
 * item. The optimiser's first incumbent and its floor when a search is cut short.
 */
export const greedyPacking = (items: readonly KnapsackItem[], capacity: number, order = densityOrder(items)): Packing => {
  const greedy = fillUp(items, capacity, EMPTY_PACKING, order);
  let single = EMPTY_PACKING;
  items.forEach((item, i) => {
    const candidate = { members: [i], cost: item.cost, value: item.value };
    if (item.cost <= capacity && isBetterPacking(candidate, single)) single = candidate;
  });
  return isBetterPacking(single, greedy) ? single : greedy;
};
