import type { CoverageProblem } from "./coverage-input.js";

/** The best plan found by {@link coverageSearch} (internal). */
export interface CoveragePlan {
  /** Candidate indices, ascending (input order). */
  readonly members: readonly number[];
  readonly cost: number;
  /** Whole hundredths. */
  readonly value: number;
  /** Search nodes visited (for the bench). */
  readonly nodes: number;
  /** Whether the search ran to the end (the plan is then the best in the order above). */
  readonly complete: boolean;
}

/** Σ priority × min(employees in need, covered) over the needs, in whole hundredths. */
export const coverageOf = (problem: CoverageProblem, covered: ArrayLike<number>): number => {
  let value = 0;
  problem.priority.forEach((p, k) => {
    value += p * Math.min(problem.inNeed[k] ?? 0, covered[k] ?? 0);
  });
  return value;
};

/** Participants covering each need when `members` are chosen. */
export const coveredBy = (problem: CoverageProblem, members: Iterable<number>): Float64Array => {
  const covered = new Float64Array(problem.priority.length);
  for (const i of members) for (const k of problem.needsOf[i] ?? []) covered[k] = (covered[k] ?? 0) + (problem.participants[i] ?? 0);
  return covered;
};

/** What candidate `i` adds to `covered`, in whole hundredths. */
export const gainOf = (problem: CoverageProblem, covered: ArrayLike<number>, i: number): number => {
  const n = problem.participants[i] ?? 0;
  let gain = 0;
  for (const k of problem.needsOf[i] ?? []) {
    const e = problem.inNeed[k] ?? 0;
    const c = covered[k] ?? 0;
    if (c < e) gain += (problem.priority[k] ?? 0) * (Math.min(e, c + n) - c);
  }
  return gain;
};

/** Where every plan starts: the mandatory candidates, and the candidates that can still matter next to them (internal). */
export interface MandatoryStart {
  /** The mandatory candidates, ascending. */
  readonly fixed: readonly number[];
  /** Participants covering each need with the mandatory candidates alone. */
  readonly base: Float64Array;
  readonly cost0: number;
  /** Whole hundredths. */
  readonly value0: number;
  /** What the ceiling leaves after the mandatory candidates. */
  readonly room: number;
  /** The candidates that can be in a best plan: not mandatory, fitting in `room` and adding value to `base`; ascending. */
  readonly open: readonly number[];
}

export const mandatoryStart = (problem: CoverageProblem): MandatoryStart => {
  const n = problem.ids.length;
  const fixed: number[] = [];
  for (let i = 0; i < n; i++) if (problem.mandatory[i] === true) fixed.push(i);
  const base = coveredBy(problem, fixed);
  const cost0 = fixed.reduce((sum, i) => sum + (problem.cost[i] ?? 0), 0);
  const room = problem.ceiling - cost0;
  const open: number[] = [];
  for (let i = 0; i < n; i++) {
    if (problem.mandatory[i] !== true && (problem.cost[i] ?? 0) <= room && gainOf(problem, base, i) > 0) open.push(i);
  }
  return { fixed, base, cost0, value0: coverageOf(problem, base), room, open };
};

const UNDECIDED = 0;
const IN = 1;
const OUT = 2;

/**
 * The best plan by exact branch and bound (internal), in this order: higher coverage value, then
 * lower cost, then fewer candidates, then the earlier candidates (at the first input index where
 * two plans differ, the plan that has it). Mandatory candidates are always in; the caller has
 * checked that they fit.
 *
 * Coverage value is monotone and submodular (each need is a concave function, min(e, ·), of a sum
 * of participants), so at a node with chosen set S and room r, no completion adds more than the
 * fractional knapsack over the undecided candidates' marginal gains Δ_i(S) within r (Σ of gains
 * over a set is at least its joint gain), nor more than the need still uncovered. Both bounds are
 * integers or rounded up, so they never cut off a plan that ties. A candidate whose gain is 0 or
 * whose cost exceeds the room is dropped for the whole subtree: gains only shrink and the room only
 * narrows below, and a candidate adding nothing only adds cost or count. The branching candidate is
 * the one with the highest gain per rupiah ("take" first), which finds a strong plan early; the
 * search starts from the greedy plan (highest gain per rupiah while it fits, as for budgeted
 * maximum coverage) or the best single candidate, whichever is better.
 */
export const coverageBranchAndBound = (problem: CoverageProblem, nodeBudget = Number.POSITIVE_INFINITY): CoveragePlan => {
  const n = problem.ids.length;
  const { cost, participants, needsOf } = problem;
  const totalNeed = coverageOf(problem, problem.inNeed);
  const state = new Uint8Array(n);
  const covered = new Float64Array(problem.priority.length);

  let cost0 = 0;
  let count0 = 0;
  for (let i = 0; i < n; i++) {
    if (problem.mandatory[i] !== true) continue;
    state[i] = IN;
    cost0 += cost[i] ?? 0;
    count0++;
    for (const k of needsOf[i] ?? []) covered[k] = (covered[k] ?? 0) + (participants[i] ?? 0);
  }
  const value0 = coverageOf(problem, covered);
  const room0 = problem.ceiling - cost0;

  const best = new Uint8Array(n);
  let bestValue = -1;
  let bestCost = 0;
  let bestCount = 0;
  const current = new Uint8Array(n);
  /** Offer the plan whose members are `set` (1 = in). */
  const offer = (set: Uint8Array, value: number, planCost: number, count: number): void => {
    let better: boolean;
    if (value !== bestValue) better = value > bestValue;
    else if (planCost !== bestCost) better = planCost < bestCost;
    else if (count !== bestCount) better = count < bestCount;
    else {
      better = false;
      for (let k = 0; k < n; k++) {
        if (set[k] !== best[k]) {
          better = set[k] === 1;
          break;
        }
      }
    }
    if (!better) return;
    best.set(set);
    bestValue = value;
    bestCost = planCost;
    bestCount = count;
  };

  // Starting plans: greedy by gain per rupiah, and the best single candidate next to the mandatory ones.
  {
    const greedyCovered = Float64Array.from(covered);
    current.fill(0);
    for (let i = 0; i < n; i++) if (state[i] === IN) current[i] = 1;
    let room = room0;
    let value = value0;
    let planCost = cost0;
    let count = count0;
    for (;;) {
      let pick = -1;
      let pickGain = 0;
      for (let i = 0; i < n; i++) {
        if (current[i] === 1 || (cost[i] ?? 0) > room) continue;
        const gain = gainOf(problem, greedyCovered, i);
        if (gain === 0) continue;
        if (pick < 0 || denser(gain, cost[i] ?? 0, pickGain, cost[pick] ?? 0)) {
          pick = i;
          pickGain = gain;
        }
      }
      if (pick < 0) break;
      current[pick] = 1;
      room -= cost[pick] ?? 0;
      planCost += cost[pick] ?? 0;
      value += pickGain;
      count++;
      for (const k of needsOf[pick] ?? []) greedyCovered[k] = (greedyCovered[k] ?? 0) + (participants[pick] ?? 0);
    }
    offer(current, value, planCost, count);
    for (let i = 0; i < n; i++) {
      if (state[i] !== UNDECIDED || (cost[i] ?? 0) > room0) continue;
      const gain = gainOf(problem, covered, i);
      if (gain === 0) continue;
      current.fill(0);
      for (let j = 0; j < n; j++) if (state[j] === IN) current[j] = 1;
      current[i] = 1;
      offer(current, value0 + gain, cost0 + (cost[i] ?? 0), count0 + 1);
    }
    current.fill(0);
    for (let i = 0; i < n; i++) if (state[i] === IN) current[i] = 1;
    offer(current, value0, cost0, count0);
  }

  // Scratch space per depth: the undecided candidates (by gain per rupiah), their gains, those dropped at the node.
  const open = Array.from({ length: n + 1 }, () => new Int32Array(n));
  const gains = Array.from({ length: n + 1 }, () => new Float64Array(n));
  const dropped = Array.from({ length: n + 1 }, () => new Int32Array(n));
  const shadows = Array.from({ length: n + 1 }, () => new Int32Array(n));
  const capLeft = new Float64Array(problem.priority.length);
  const mark = new Int32Array(problem.priority.length);
  let stamp = 0;

  /**
   * Whether candidate `a` dominates `b` here: it costs less (or the same and comes first), and
   * for every need `b` still helps, `a` covers it with at least as many of the people still in
   * need. Needs only shrink below this node, so it stays true there: swapping `b` for `a` gives
   * at least the value for less money (or the same money and an earlier candidate).
   */
  const dominates = (a: number, b: number): boolean => {
    const ca = cost[a] ?? 0;
    const cb = cost[b] ?? 0;
    if (ca > cb || (ca === cb && a > b)) return false;
    stamp++;
    for (const k of needsOf[a] ?? []) mark[k] = stamp;
    const na = participants[a] ?? 0;
    const nb = participants[b] ?? 0;
    for (const k of needsOf[b] ?? []) {
      const r = (problem.inNeed[k] ?? 0) - (covered[k] ?? 0);
      if (r <= 0) continue;
      if (mark[k] !== stamp || Math.min(na, r) < Math.min(nb, r)) return false;
    }
    return true;
  };
  // Bounds are rounded up from doubles; below 2^50 hundredths their rounding error is far below one
  // hundredth, above it a margin of 2 keeps them safe.
  const margin = totalNeed < 2 ** 50 ? 0 : 2;
  let nodes = 0;

  /**
   * The gain bound: the fractional knapsack over the candidates' marginal gains (sorted by gain
   * per rupiah; costs are integers, so the room left is exact).
   */
  const gainBound = (list: Int32Array, gain: Float64Array, m: number, room: number): number => {
    let left = room;
    let whole = 0;
    for (let j = 0; j < m; j++) {
      const c = cost[list[j] ?? 0] ?? 0;
      const g = gain[j] ?? 0;
      if (c <= left) {
        left -= c;
        whole += g;
      } else {
        return whole + Math.ceil((g * left) / c) + margin;
      }
    }
    return whole;
  };

  /**
   * The capped bound: each candidate split into one piece per competency it still helps, the
   * piece carrying its competency's share of the gain and the same share of the cost, so every
   * piece has the candidate's gain per rupiah; pieces are bought densest first, fractionally,
   * but a competency's pieces together never cover more than its remaining need. This is the
   * linear relaxation of choosing pieces independently (a candidate taken whole buys all its
   * pieces), so it bounds every completion; unlike the gain bound it does not count the same
   * people twice. Its room left is a double: the rounding error is bounded and added when it
   * could reach half a hundredth.
   */
  const cappedBound = (list: Int32Array, gain: Float64Array, m: number, room: number): number => {
    const { priority, inNeed } = problem;
    for (let k = 0; k < capLeft.length; k++) capLeft[k] = Math.max(0, (inNeed[k] ?? 0) - (covered[k] ?? 0));
    let left = room;
    let whole = 0;
    let fraction = 0;
    let pieces = 0;
    let densest = 0;
    outer: for (let j = 0; j < m; j++) {
      const i = list[j] ?? 0;
      const c = cost[i] ?? 0;
      const g = gain[j] ?? 0;
      if (c > 0 && densest === 0) densest = g / c;
      const n_i = participants[i] ?? 0;
      for (const k of needsOf[i] ?? []) {
        const units = Math.min(n_i, capLeft[k] ?? 0);
        if (units <= 0) continue;
        pieces++;
        const p = priority[k] ?? 0;
        const pieceCost = c === 0 ? 0 : (c * p * units) / g;
        if (pieceCost <= left) {
          left -= pieceCost;
          whole += p * units;
          capLeft[k] = (capLeft[k] ?? 0) - units;
        } else {
          if (left > 0) fraction = (p * units * left) / pieceCost;
          break outer;
        }
      }
    }
    const error = 2 * densest * room * (pieces + 16) * 2.3e-16 + 1e-15 * (whole + fraction);
    return whole + Math.ceil(fraction + (error < 0.5 ? 0 : error)) + margin;
  };

  let aborted = false;
  const search = (depth: number, value: number, planCost: number, count: number, room: number): void => {
    if (++nodes > nodeBudget) {
      aborted = true;
      return;
    }
    const list = open[depth] ?? new Int32Array(0);
    const gain = gains[depth] ?? new Float64Array(0);
    const drop = dropped[depth] ?? new Int32Array(0);
    let m = 0;
    let d = 0;
    for (let i = 0; i < n; i++) {
      if (state[i] !== UNDECIDED) continue;
      const g = (cost[i] ?? 0) > room ? 0 : gainOf(problem, covered, i);
      if (g === 0) {
        state[i] = OUT;
        drop[d++] = i;
        continue;
      }
      // Insertion by gain per rupiah, densest first (free first; ties: the larger gain, then input order).
      let j = m++;
      const c = cost[i] ?? 0;
      while (j > 0 && denser(g, c, gain[j - 1] ?? 0, cost[list[j - 1] ?? 0] ?? 0)) {
        list[j] = list[j - 1] ?? 0;
        gain[j] = gain[j - 1] ?? 0;
        j--;
      }
      list[j] = i;
      gain[j] = g;
    }
    if (m === 0) {
      for (let i = 0; i < n; i++) current[i] = state[i] === IN ? 1 : 0;
      offer(current, value, planCost, count);
    } else if (
      !cannotWin(value + Math.min(gainBound(list, gain, m, room), totalNeed - value), planCost) &&
      !cannotWin(value + cappedBound(list, gain, m, room), planCost)
    ) {
      branch(depth, list, gain, m, value, planCost, count, room);
    }
    for (let k = 0; k < d; k++) state[drop[k] ?? 0] = UNDECIDED;
  };

  /** Whether no plan with value at most `bound`, costing at least `planCost`, can beat the best one. */
  const cannotWin = (bound: number, planCost: number): boolean => bound < bestValue || (bound === bestValue && planCost > bestCost);

  /** Take the densest candidate, then leave it out. */
  const branch = (depth: number, list: Int32Array, gain: Float64Array, m: number, value: number, planCost: number, count: number, room: number): void => {
    const pick = list[0] ?? 0;
    const pickGain = gain[0] ?? 0;
    const pickCost = cost[pick] ?? 0;
    const n_i = participants[pick] ?? 0;
    state[pick] = IN;
    for (const need of needsOf[pick] ?? []) covered[need] = (covered[need] ?? 0) + n_i;
    search(depth + 1, value + pickGain, planCost + pickCost, count + 1, room - pickCost);
    for (const need of needsOf[pick] ?? []) covered[need] = (covered[need] ?? 0) - n_i;
    if (aborted) {
      state[pick] = UNDECIDED;
      return;
    }
    // Leaving `pick` out also leaves out every candidate it dominates: any plan with such a
    // candidate and without `pick` is beaten by swapping them, and that plan lies in the other branch.
    state[pick] = OUT;
    const shadowed = shadows[depth] ?? new Int32Array(0);
    let s = 0;
    for (let k = 0; k < m; k++) {
      const other = list[k] ?? 0;
      if (other !== pick && state[other] === UNDECIDED && dominates(pick, other)) {
        state[other] = OUT;
        shadowed[s++] = other;
      }
    }
    search(depth + 1, value, planCost, count, room);
    for (let k = 0; k < s; k++) state[shadowed[k] ?? 0] = UNDECIDED;
    state[pick] = UNDECIDED;
  };

  search(0, value0, cost0, count0, room0);

  const members: number[] = [];
  best.forEach((bit, i) => {
    if (bit === 1) members.push(i);
  });
  return { members, cost: bestCost, value: bestValue, nodes, complete: !aborted };
};

/** Whether gain `ga` for cost `ca` is more per rupiah than `gb` for `cb` (free beats any cost; then the larger gain). Only orders the search. */
const denser = (ga: number, ca: number, gb: number, cb: number): boolean => {
  if (ca === 0 || cb === 0) return ca === 0 && cb === 0 ? ga > gb : ca === 0;
  const left = ga * cb;
  const right = gb * ca;
  return left !== right ? left > right : ga > gb;
};
