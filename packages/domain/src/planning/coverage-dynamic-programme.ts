import type { CoverageProblem } from "./coverage-input.js";
import { mandatoryStart, type CoveragePlan } from "./coverage-search.js";

/** Most states (combinations of covered amounts of the fillable needs) the dynamic programme takes on. */
export const COVERAGE_DP_MAX_STATES = 100_000;
/** Most partial plans the dynamic programme keeps before it gives up (memory: about 100 bytes each). */
export const COVERAGE_DP_MAX_ENTRIES = 500_000;

/** A partial plan over the candidates decided so far: value and cost, how many, and which (bit j of lo/hi = the j-th open candidate). */
interface Entry {
  readonly value: number;
  readonly cost: number;
  readonly count: number;
  readonly lo: number;
  readonly hi: number;
}

/** Whether partial plan `a` comes before `b` on "the earlier candidates" (the lowest differing bit is `a`'s; bits follow input order). */
const earlier = (a: Entry, b: Entry): boolean => {
  const lo = a.lo ^ b.lo;
  if (lo !== 0) return (a.lo & lo & -lo) !== 0;
  const hi = a.hi ^ b.hi;
  return hi !== 0 && (a.hi & hi & -hi) !== 0;
};

/** Whether `a` dominates `b` in the same state: every completion of `b` is also open to `a` and ends no better. */
const dominates = (a: Entry, b: Entry): boolean => {
  if (a.cost > b.cost || a.value < b.value) return false;
  if (a.value > b.value || a.cost < b.cost) return true;
  if (a.count !== b.count) return a.count < b.count;
  return earlier(a, b);
};

/**
 * Exact coverage optimum by dynamic programming over the needs that can be filled (internal), for
 * one large group of candidates competing for the same needs, where branch and bound meets a
 * subset sum (many batches for one need at the same price) and meet in the middle cannot split.
 *
 * The candidates are decided in input order. After each, a partial plan's future depends only on
 * how much of each *fillable* need it covers (capped at the need; needs its candidates together
 * cannot fill add value in proportion and so do not matter) and on its cost: two partial plans
 * covering the same, one no dearer and no worse in the optimiser's order (value, cost, count,
 * earlier candidates: the earlier ones are all decided), the other is dropped. The states are at
 * most the combinations of covered amounts, so a group for a few needs of some hundreds of
 * employees takes milliseconds.
 *
 * Returns null at once when the fillable needs allow more than 100,000 combinations of covered
 * amounts, and when more than `maxEntries` partial plans would have to be kept (values and costs
 * that never dominate one another): the caller then searches on.
 */
export const coverageDynamicProgramme = (problem: CoverageProblem, maxEntries = COVERAGE_DP_MAX_ENTRIES): CoveragePlan | null => {
  const { fixed, base, cost0, value0, room, open } = mandatoryStart(problem);
  if (open.length > 50) return null; // two 25-bit halves of the membership masks

  // The fillable needs (still in need, and offered more participants than that) make the state.
  const left = problem.inNeed.map((e, k) => Math.max(0, e - (base[k] ?? 0)));
  const offered = new Float64Array(left.length);
  for (const i of open) for (const k of problem.needsOf[i] ?? []) offered[k] = (offered[k] ?? 0) + (problem.participants[i] ?? 0);
  const fillable = left.flatMap((r, k) => (r > 0 && (offered[k] ?? 0) > r ? [k] : []));
  const slot = new Map(fillable.map((k, s) => [k, s]));
  // Too many combinations of covered amounts (many fillable needs): not this method's kind of problem.
  if (fillable.reduce((states, k) => states * ((left[k] ?? 0) + 1), 1) > COVERAGE_DP_MAX_STATES) return null;

  let frontier = new Map<string, { readonly covered: readonly number[]; readonly entries: Entry[] }>();
  frontier.set(fillable.map(() => 0).join(","), { covered: fillable.map(() => 0), entries: [{ value: 0, cost: 0, count: 0, lo: 0, hi: 0 }] });
  let size = 1;

  for (const [j, i] of open.entries()) {
    const c = problem.cost[i] ?? 0;
    const participants = problem.participants[i] ?? 0;
    const lo = j < 25 ? 1 << j : 0;
    const hi = j < 25 ? 0 : 1 << (j - 25);
    const next = new Map<string, { readonly covered: readonly number[]; entries: Entry[] }>();
    for (const [key, state] of frontier) next.set(key, { covered: state.covered, entries: [...state.entries] });
    for (const state of frontier.values()) {
      // Taking candidate i: its gain from this state, and the state it leads to.
      const covered = [...state.covered];
      let gain = 0;
      for (const k of problem.needsOf[i] ?? []) {
        const r = left[k] ?? 0;
        if (r <= 0) continue;
        const s = slot.get(k);
        if (s === undefined) {
          gain += (problem.priority[k] ?? 0) * participants;
        } else {
          const now = covered[s] ?? 0;
          const after = Math.min(r, now + participants);
          gain += (problem.priority[k] ?? 0) * (after - now);
          covered[s] = after;
        }
      }
      const key = covered.join(",");
      let target = next.get(key);
      if (target === undefined) {
        target = { covered, entries: [] };
        next.set(key, target);
      }
      for (const e of state.entries) {
        if (e.cost + c > room) continue;
        const entry: Entry = { value: e.value + gain, cost: e.cost + c, count: e.count + 1, lo: e.lo | lo, hi: e.hi | hi };
        if (target.entries.some((other) => dominates(other, entry))) continue;
        target.entries = target.entries.filter((other) => !dominates(entry, other));
        target.entries.push(entry);
      }
    }
    frontier = next;
    size = 0;
    for (const state of frontier.values()) size += state.entries.length;
    if (size > maxEntries) return null;
  }

  let best: Entry | null = null;
  for (const state of frontier.values()) {
    for (const e of state.entries) {
      if (
        best === null ||
        (e.value !== best.value ? e.value > best.value : e.cost !== best.cost ? e.cost < best.cost : e.count !== best.count ? e.count < best.count : earlier(e, best))
      ) {
        best = e;
      }
    }
  }
  const chosen = best ?? { value: 0, cost: 0, count: 0, lo: 0, hi: 0 };
  const members = [...fixed];
  open.forEach((i, j) => {
    if (((j < 25 ? chosen.lo : chosen.hi) & (1 << (j < 25 ? j : j - 25))) !== 0) members.push(i);
  });
  members.sort((a, b) => a - b);
  return { members, cost: cost0 + chosen.cost, value: value0 + chosen.value, nodes: size, complete: true };
};
