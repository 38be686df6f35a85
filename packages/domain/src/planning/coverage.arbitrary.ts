import fc from "fast-check";
import type { CoverageCandidate, CoverageNeed } from "./coverage-input.js";

/** Test data and a brute-force oracle for the coverage optimiser. */

export interface CoverageInstance {
  readonly candidates: readonly CoverageCandidate[];
  readonly needs: readonly CoverageNeed[];
  readonly ceiling: number;
}

/**
 * Small instances full of overlaps and ties: a handful of competencies (one without a need), a
 * few candidates per competency, participants around the need, few distinct costs (some free),
 * priorities with 0 to 2 decimals, a few mandatory candidates, a ceiling anywhere from 0 to a
 * little above the total.
 */
export const coverageInstanceArbitrary = (
  maxCandidates = 12,
  { minCandidates = 0, competencies = 6 }: { readonly minCandidates?: number; readonly competencies?: number } = {},
): fc.Arbitrary<CoverageInstance> => {
  const COMPETENCIES = Array.from({ length: competencies }, (_, k) => `K${k + 1}`);
  return fc
    .record({
      needs: fc.uniqueArray(
        fc.record({
          competencyId: fc.constantFrom(...COMPETENCIES.slice(0, competencies - 1)),
          employeesInNeed: fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 8, arbitrary: fc.integer({ min: 1, max: 40 }) }),
          meanPriority: fc.oneof(
            fc.integer({ min: 0, max: 100 }),
            fc.integer({ min: 0, max: 1000 }).map((k) => k / 10),
            fc.integer({ min: 0, max: 10000 }).map((k) => k / 100),
          ),
        }),
        { selector: (n) => n.competencyId, maxLength: competencies - 1 },
      ),
      rows: fc.array(
        fc.record({
          competencyIds: fc.uniqueArray(fc.constantFrom(...COMPETENCIES), { minLength: 1, maxLength: 3 }),
          participants: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constantFrom(10, 20, 30)),
          cost: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 6 }).map((k) => k * 100) }, { weight: 1, arbitrary: fc.constant(0) }),
          mandatory: fc.oneof({ weight: 8, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
        }),
        { minLength: minCandidates, maxLength: maxCandidates },
      ),
    })
    .chain(({ needs, rows }) =>
      fc.integer({ min: 0, max: rows.reduce((s, r) => s + r.cost, 0) + 5 }).map((ceiling) => ({
        needs,
        candidates: rows.map((r, i) => ({ id: `c${i}`, ...r })),
        ceiling,
      })),
    );
};

/** Exact hundredths of a value with at most 2 decimals, by string arithmetic (independent of the code under test). */
const hundredthsOf = (x: number): number => {
  const [whole = "0", fraction = ""] = x.toFixed(2).split(".");
  return Number(whole) * 100 + Number(fraction);
};

/** Coverage value of a subset in whole hundredths, written out plainly. */
export const subsetValue = (instance: CoverageInstance, members: readonly number[]): number => {
  let value = 0;
  for (const need of instance.needs) {
    let participants = 0;
    for (const i of members) if (instance.candidates[i]!.competencyIds.includes(need.competencyId)) participants += instance.candidates[i]!.participants;
    value += hundredthsOf(need.meanPriority) * Math.min(need.employeesInNeed, participants);
  }
  return value;
};

export interface CoverageOptimum {
  readonly selectedIds: readonly string[];
  readonly totalCost: number;
  /** Whole hundredths. */
  readonly value: number;
}

/**
 * Every subset, the best by the documented order: higher value, lower cost, fewer candidates,
 * earlier candidates. Null when the mandatory candidates alone exceed the ceiling.
 */
export const bruteForceCoverage = (instance: CoverageInstance): CoverageOptimum | null => {
  const { candidates, ceiling } = instance;
  const n = candidates.length;
  let best: { members: number[]; cost: number; value: number } | null = null;
  for (let mask = 0; mask < 2 ** n; mask++) {
    const members: number[] = [];
    let cost = 0;
    let feasible = true;
    for (let i = 0; i < n; i++) {
      const inSet = (mask & (1 << i)) !== 0;
      if (candidates[i]!.mandatory === true && !inSet) feasible = false;
      if (inSet) {
        members.push(i);
        cost += candidates[i]!.cost;
      }
    }
    if (!feasible || cost > ceiling) continue;
    const value = subsetValue(instance, members);
    let better = best === null;
    if (best !== null) {
      if (value !== best.value) better = value > best.value;
      else if (cost !== best.cost) better = cost < best.cost;
      else if (members.length !== best.members.length) better = members.length < best.members.length;
      else {
        const k = members.findIndex((m, j) => m !== best!.members[j]);
        better = k >= 0 && members[k]! < best.members[k]!;
      }
    }
    if (better) best = { members, cost, value };
  }
  return best === null ? null : { selectedIds: best.members.map((i) => candidates[i]!.id), totalCost: best.cost, value: best.value };
};

/**
 * A realistic city-sized instance, seeded: `k` competencies with 5..150 employees in need and mean
 * priorities 20..90, `n` candidates each developing 1..3 of them (at random, so they overlap) for
 * 10..120 participants at Rp30,000..90,000 per participant-JP, every tenth mandatory when asked;
 * the ceiling half the total.
 */
export const cityInstance = (n: number, seed: number, { competencies = 30, mandatory = false } = {}): CoverageInstance => {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const needs = Array.from({ length: competencies }, (_, k) => ({
    competencyId: `k${k}`,
    employeesInNeed: int(5, 150),
    meanPriority: int(2000, 9000) / 100,
  }));
  const candidates = Array.from({ length: n }, (_, i) => {
    const first = int(0, competencies - 1);
    const ids = new Set([`k${first}`]);
    const extra = int(0, 2);
    for (let e = 0; e < extra; e++) ids.add(`k${int(0, competencies - 1)}`);
    const participants = int(10, 120);
    const jp = int(12, 40);
    return {
      id: `c${i}`,
      cost: participants * jp * int(30, 90) * 1000,
      participants,
      competencyIds: [...ids],
      mandatory: mandatory && i % 10 === 0,
    };
  });
  return { candidates, needs, ceiling: Math.floor(candidates.reduce((s, c) => s + c.cost, 0) / 2) };
};
