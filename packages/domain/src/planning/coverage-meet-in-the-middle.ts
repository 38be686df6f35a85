import type { CoverageProblem } from "./coverage-input.js";
import { mandatoryStart, type CoveragePlan } from "./coverage-search.js";

/** Most candidates on one side: a side lists up to 2^20 subsets. */
export const COVERAGE_SIDE_MAX_ITEMS = 20;

/** A side: its candidates (input indices) grouped by component, each component's bits contiguous. */
interface Side {
  readonly items: readonly number[];
  /** Per component on this side: first bit, number of bits, value of every subset (whole hundredths). */
  readonly parts: ReadonlyArray<{ readonly offset: number; readonly size: number; readonly values: Float64Array }>;
}

/** Value of every subset of one component's candidates (bit j = `items[j]`), above `base` coverage. */
const componentValues = (problem: CoverageProblem, items: readonly number[], base: Float64Array): Float64Array => {
  const values = new Float64Array(2 ** items.length);
  const needs = [...new Set(items.flatMap((i) => problem.needsOf[i] ?? []))];
  const covered = new Float64Array(needs.length);
  const position = new Map(needs.map((k, j) => [k, j]));
  const offsets = items.map((i) => (problem.needsOf[i] ?? []).map((k) => position.get(k) ?? 0));
  for (let mask = 1; mask < values.length; mask++) {
    covered.fill(0);
    for (let j = 0; j < items.length; j++) {
      if ((mask & (1 << j)) === 0) continue;
      const n = problem.participants[items[j] ?? 0] ?? 0;
      for (const q of offsets[j] ?? []) covered[q] = (covered[q] ?? 0) + n;
    }
    let value = 0;
    needs.forEach((k, q) => {
      const left = (problem.inNeed[k] ?? 0) - (base[k] ?? 0);
      if (left > 0) value += (problem.priority[k] ?? 0) * Math.min(left, covered[q] ?? 0);
    });
    values[mask] = value;
  }
  return values;
};

/** Every subset of a side within `capacity`, by ascending cost (merged in order, as in `meet-in-the-middle.ts`), with its value. */
const listSide = (problem: CoverageProblem, side: Side, capacity: number) => {
  const size = 2 ** side.items.length;
  let cost = new Float64Array(size);
  let mask = new Int32Array(size);
  let nextCost = new Float64Array(size);
  let nextMask = new Int32Array(size);
  let length = 1;
  side.items.forEach((item, j) => {
    const itemCost = problem.cost[item] ?? 0;
    const bit = 1 << j;
    let shifted = length;
    while (shifted > 0 && (cost[shifted - 1] ?? 0) + itemCost > capacity) shifted--;
    let p = 0;
    let q = 0;
    let out = 0;
    while (p < length || q < shifted) {
      if (p >= length || (q < shifted && (cost[q] ?? 0) + itemCost < (cost[p] ?? 0))) {
        nextCost[out] = (cost[q] ?? 0) + itemCost;
        nextMask[out] = (mask[q] ?? 0) | bit;
        q++;
      } else {
        nextCost[out] = cost[p] ?? 0;
        nextMask[out] = mask[p] ?? 0;
        p++;
      }
      out++;
    }
    [cost, nextCost] = [nextCost, cost];
    [mask, nextMask] = [nextMask, mask];
    length = out;
  });
  const value = new Float64Array(length);
  for (let e = 0; e < length; e++) {
    const m = mask[e] ?? 0;
    let v = 0;
    for (const part of side.parts) v += part.values[(m >>> part.offset) & ((1 << part.size) - 1)] ?? 0;
    value[e] = v;
  }
  return { cost, mask, value, length };
};

const popcount = (mask: number): number => {
  let x = mask - ((mask >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
};

/** The split of a problem for meet in the middle (internal). */
interface Split {
  readonly fixed: readonly number[];
  readonly base: Float64Array;
  readonly cost0: number;
  readonly value0: number;
  readonly room: number;
  readonly groups: readonly (readonly number[])[];
  /** Indices into `groups` dealt to the first side. */
  readonly first: ReadonlySet<number>;
}

/**
 * Deal the candidates that can matter (not mandatory, fitting and adding value next to the
 * mandatory ones) in their components (linked through a need they could fill up together) to two
 * sides of at most `sideMax` candidates; null when that is impossible.
 */
export const splitForMeetInTheMiddle = (problem: CoverageProblem, sideMax = COVERAGE_SIDE_MAX_ITEMS): Split | null => {
  // Only candidates that fit and add value next to the mandatory ones can be in the best plan.
  const { fixed, base, cost0, value0, room, open } = mandatoryStart(problem);

  // Components: candidates linked through a need they could fill up together. A need that all its
  // candidates together cannot fill adds value in proportion to participants, so it links nobody.
  const offered = new Float64Array(problem.priority.length);
  for (const i of open) for (const k of problem.needsOf[i] ?? []) offered[k] = (offered[k] ?? 0) + (problem.participants[i] ?? 0);
  const parent = new Map(open.map((i) => [i, i]));
  const find = (i: number): number => {
    let r = i;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(i, r);
    return r;
  };
  const byNeed = new Map<number, number>();
  for (const i of open) {
    for (const k of problem.needsOf[i] ?? []) {
      if ((offered[k] ?? 0) <= (problem.inNeed[k] ?? 0) - (base[k] ?? 0)) continue;
      const other = byNeed.get(k);
      if (other === undefined) byNeed.set(k, i);
      else parent.set(find(i), find(other));
    }
  }
  const components = new Map<number, number[]>();
  for (const i of open) components.set(find(i), [...(components.get(find(i)) ?? []), i]);
  const groups = [...components.values()];

  // Deal the components to two sides of at most 20 candidates: subset sums over component sizes.
  if (groups.some((g) => g.length > sideMax) || open.length > 2 * sideMax) return null;
  const reach: (number[] | null)[] = Array.from({ length: open.length + 1 }, () => null);
  reach[0] = [];
  groups.forEach((g, gi) => {
    for (let total = open.length - g.length; total >= 0; total--) {
      const from = reach[total];
      if (from !== null && from !== undefined && reach[total + g.length] === null) reach[total + g.length] = [...from, gi];
    }
  });
  let firstSize = -1;
  for (let total = Math.min(sideMax, open.length); total >= 0; total--) {
    if (reach[total] !== null && open.length - total <= sideMax) {
      firstSize = total;
      break;
    }
  }
  if (firstSize < 0) return null;
  return { fixed, base, cost0, value0, room, groups, first: new Set(reach[firstSize] ?? []) };
};

/**
 * Exact coverage optimum by meet in the middle, for when branch and bound meets a tree too large
 * (near-equal value per rupiah, where bounds hardly prune): the guarantee behind the 40-candidate
 * limit when the candidates fall into groups that share no need.
 *
 * Coverage value is additive across *components* (candidates linked through needs they could fill
 * up together; a need all its candidates cannot fill adds value in proportion to participants),
 * so components are dealt to two sides of at most 20 candidates each; each side's subsets are
 * listed by cost with their value (each component's value table looked up), the first side is
 * turned into prefix leaders, and every second-side subset is paired with the best first-side
 * subset that still fits, as in `meetInTheMiddle`. The order is the optimiser's: higher value,
 * lower cost, fewer candidates, earlier candidates (compared in input order).
 *
 * Returns null when the components cannot be dealt into two sides of at most `sideMax` (20; one
 * component larger, or sizes that do not split): the caller then searches on.
 */
export const coverageMeetInTheMiddle = (problem: CoverageProblem, sideMax = COVERAGE_SIDE_MAX_ITEMS): CoveragePlan | null => {
  const split = splitForMeetInTheMiddle(problem, sideMax);
  if (split === null) return null;
  const n = problem.ids.length;
  const { fixed, base, cost0, value0, room, groups } = split;
  const inFirst = split.first;
  const sideOf = (chosen: boolean): Side => {
    const items: number[] = [];
    const parts: { offset: number; size: number; values: Float64Array }[] = [];
    groups.forEach((g, gi) => {
      if (inFirst.has(gi) !== chosen) return;
      parts.push({ offset: items.length, size: g.length, values: componentValues(problem, g, base) });
      items.push(...g);
    });
    return { items, parts };
  };
  const sideA = sideOf(true);
  const sideB = sideOf(false);

  /** Whether plan (a1, b1) comes before (a2, b2) on "the earlier candidates": at the first input index where they differ, it has it. */
  const bitOf = new Map<number, readonly [number, number]>();
  sideA.items.forEach((item, j) => bitOf.set(item, [0, j]));
  sideB.items.forEach((item, j) => bitOf.set(item, [1, j]));
  const earlier = (a1: number, b1: number, a2: number, b2: number): boolean => {
    for (let i = 0; i < n; i++) {
      const at = bitOf.get(i);
      if (at === undefined) continue;
      const bit = 1 << at[1];
      const x = ((at[0] === 0 ? a1 : b1) & bit) !== 0;
      const y = ((at[0] === 0 ? a2 : b2) & bit) !== 0;
      if (x !== y) return x;
    }
    return false;
  };

  const first = listSide(problem, sideA, room);
  // Prefix leaders, in place: entry k becomes the best of the k+1 cheapest (its cost in leaderCost).
  const leaderCost = new Float64Array(first.length);
  let lv = -1;
  let lc = 0;
  let lm = 0;
  for (let k = 0; k < first.length; k++) {
    const vk = first.value[k] ?? 0;
    const ck = first.cost[k] ?? 0;
    const mk = first.mask[k] ?? 0;
    const better =
      vk !== lv ? vk > lv : ck !== lc ? ck < lc : popcount(mk) !== popcount(lm) ? popcount(mk) < popcount(lm) : mk !== lm && earlier(mk, 0, lm, 0);
    if (better) {
      lv = vk;
      lc = ck;
      lm = mk;
    }
    first.value[k] = lv;
    leaderCost[k] = lc;
    first.mask[k] = lm;
  }

  const second = listSide(problem, sideB, room);
  let bestValue = -1;
  let bestCost = 0;
  let bestA = 0;
  let bestB = 0;
  let pointer = 0;
  for (let s = second.length - 1; s >= 0; s--) {
    const left = room - (second.cost[s] ?? 0);
    while (pointer + 1 < first.length && (first.cost[pointer + 1] ?? 0) <= left) pointer++;
    const v = (first.value[pointer] ?? 0) + (second.value[s] ?? 0);
    if (v < bestValue) continue;
    const c = (leaderCost[pointer] ?? 0) + (second.cost[s] ?? 0);
    const ma = first.mask[pointer] ?? 0;
    const mb = second.mask[s] ?? 0;
    if (v === bestValue) {
      if (c !== bestCost) {
        if (c > bestCost) continue;
      } else {
        const count = popcount(ma) + popcount(mb);
        const bestCount = popcount(bestA) + popcount(bestB);
        if (count !== bestCount ? count > bestCount : !earlier(ma, mb, bestA, bestB)) continue;
      }
    }
    bestValue = v;
    bestCost = c;
    bestA = ma;
    bestB = mb;
  }

  const members = [...fixed];
  sideA.items.forEach((item, j) => {
    if ((bestA & (1 << j)) !== 0) members.push(item);
  });
  sideB.items.forEach((item, j) => {
    if ((bestB & (1 << j)) !== 0) members.push(item);
  });
  members.sort((a, b) => a - b);
  return { members, cost: cost0 + bestCost, value: value0 + bestValue, nodes: first.length + second.length, complete: true };
};
