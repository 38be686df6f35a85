import fc from "fast-check";
import { fromHundredths, toHundredths } from "./hundredths.js";
import type { ProgrammeCandidate } from "./selection-input.js";

/** Test data and a brute-force oracle for the budget optimiser. */

export interface Instance {
  readonly candidates: readonly ProgrammeCandidate[];
  readonly ceiling: number;
}

/**
 * Small instances with many ties: few distinct costs and values, a few mandatory, sometimes a
 * free or a worthless candidate, a ceiling anywhere from 0 to a little above the total.
 */
export const smallInstanceArbitrary = (maxLength = 14, maxCost = 40, maxValue = 12): fc.Arbitrary<Instance> =>
  fc
    .array(
      fc.record({
        cost: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: maxCost }) }, { weight: 1, arbitrary: fc.constant(0) }),
        value: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: maxValue }) }, { weight: 1, arbitrary: fc.constant(0) }),
        mandatory: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      }),
      { maxLength },
    )
    .chain((rows) => {
      const total = rows.reduce((s, r) => s + r.cost, 0);
      return fc.integer({ min: 0, max: total + 5 }).map((ceiling) => ({
        candidates: rows.map((r, i) => ({ id: `p${i}`, ...r })),
        ceiling,
      }));
    });

/**
 * Values with 1 or 2 decimals (priority × participants), where double sums are not exact:
 * 1.1 + 2.2 is 3.3000000000000003 as doubles, so exact ties only show with exact arithmetic.
 */
export const decimalInstanceArbitrary = (maxLength = 12): fc.Arbitrary<Instance> =>
  fc
    .array(
      fc.record({
        cost: fc.integer({ min: 1, max: 6 }).map((k) => k * 500_000),
        value: fc.oneof(fc.integer({ min: 1, max: 40 }).map((k) => k / 10), fc.integer({ min: 1, max: 400 }).map((k) => k / 100)),
        mandatory: fc.oneof({ weight: 8, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      }),
      { maxLength },
    )
    .chain((rows) =>
      fc.integer({ min: 0, max: rows.reduce((s, r) => s + r.cost, 0) }).map((ceiling) => ({
        candidates: rows.map((r, i) => ({ id: `p${i}`, ...r })),
        ceiling,
      })),
    );

/** Realistic amounts: costs in the tens of millions of rupiah, values as priority × participants. */
export const rupiahInstanceArbitrary: fc.Arbitrary<Instance> = fc
  .array(
    fc.record({
      cost: fc.integer({ min: 5_000_000, max: 900_000_000 }),
      value: fc.integer({ min: 1, max: 300_000 }),
      mandatory: fc.oneof({ weight: 8, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    }),
    { maxLength: 14 },
  )
  .chain((rows) =>
    fc.integer({ min: 0, max: rows.reduce((s, r) => s + r.cost, 0) }).map((ceiling) => ({
      candidates: rows.map((r, i) => ({ id: `p${i}`, ...r })),
      ceiling,
    })),
  );

/** Equal-sized ascending index lists: at the first difference, the smaller index is the earlier candidate. */
const earlierMembers = (a: readonly number[], b: readonly number[]): boolean => {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return (a[k] ?? 0) < (b[k] ?? 0);
  return false;
};

export interface Optimum {
  readonly selectedIds: readonly string[];
  readonly totalCost: number;
  readonly totalValue: number;
}

/**
 * Every subset, the best by the documented order: higher value (summed exactly, as whole
 * hundredths), lower cost, fewer candidates, earlier candidates. Null when the mandatory
 * candidates alone exceed the ceiling.
 */
export const bruteForceOptimum = ({ candidates, ceiling }: Instance): Optimum | null => {
  const n = candidates.length;
  let best: { members: number[]; cost: number; value: number } | null = null;
  for (let mask = 0; mask < 2 ** n; mask++) {
    const members: number[] = [];
    let cost = 0;
    let value = 0;
    let feasible = true;
    for (let i = 0; i < n; i++) {
      const c = candidates[i]!;
      const inSet = (mask & (1 << i)) !== 0;
      if (c.mandatory === true && !inSet) feasible = false;
      if (inSet) {
        members.push(i);
        cost += c.cost;
        value += toHundredths(c.value);
      }
    }
    if (!feasible || cost > ceiling) continue;
    const better =
      best === null ||
      (value !== best.value
        ? value > best.value
        : cost !== best.cost
          ? cost < best.cost
          : members.length !== best.members.length
            ? members.length < best.members.length
            : earlierMembers(members, best.members));
    if (better) best = { members, cost, value };
  }
  return best === null
    ? null
    : { selectedIds: best.members.map((i) => candidates[i]!.id), totalCost: best.cost, totalValue: fromHundredths(best.value) };
};

/** Hard instances for exact methods (Pisinger's classes), seeded for reproducibility. */
export const hardInstance = (
  kind: "UNCORRELATED" | "STRONGLY_CORRELATED" | "EQUAL_DENSITY" | "MANY_MANDATORY",
  n: number,
  seed: number,
): Instance => {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const candidates = Array.from({ length: n }, (_, i) => {
    // Costs Rp10 million to Rp1 billion in thousands; values as in Pisinger's classes.
    const cost = int(10_000, 1_000_000) * 1000;
    const value =
      kind === "STRONGLY_CORRELATED"
        ? cost / 1000 + 100_000
        : kind === "EQUAL_DENSITY"
          ? cost / 1000
          : int(1_000, 1_000_000);
    return { id: `p${i}`, cost, value, mandatory: kind === "MANY_MANDATORY" && i % 3 === 0 };
  });
  const total = candidates.reduce((s, c) => s + c.cost, 0);
  return { candidates, ceiling: Math.floor(total / 2) };
};
