import fc from "fast-check";
import { branchAndBound } from "./branch-and-bound.js";
import { meetInTheMiddle, MEET_IN_THE_MIDDLE_MAX_ITEMS } from "./meet-in-the-middle.js";
import { EMPTY_PACKING, greedyPacking, isBetterPacking, packingOf, type KnapsackItem, type Packing } from "./packing.js";

/** The best packing by brute force, in the documented order. */
const bruteForce = (items: readonly KnapsackItem[], capacity: number): Packing => {
  let best = EMPTY_PACKING;
  for (let mask = 0; mask < 2 ** items.length; mask++) {
    const packing = packingOf(
      items,
      items.flatMap((_, i) => ((mask & (1 << i)) !== 0 ? [i] : [])),
    );
    if (packing.cost <= capacity && isBetterPacking(packing, best)) best = packing;
  }
  return best;
};

const instance = fc
  .array(fc.record({ cost: fc.integer({ min: 1, max: 30 }), value: fc.integer({ min: 1, max: 8 }) }), { maxLength: 13 })
  .chain((items) => fc.integer({ min: Math.max(0, ...items.map((i) => i.cost)), max: items.reduce((s, i) => s + i.cost, 0) }).map((capacity) => ({ items, capacity })));

describe("exact knapsack methods", () => {
  it("meet in the middle finds the brute-force optimum, tie-break included", () => {
    fc.assert(fc.property(instance, ({ items, capacity }) => expect(meetInTheMiddle(items, capacity)).toEqual(bruteForce(items, capacity))), {
      numRuns: 300,
    });
  });

  it("branch and bound, run to the end, finds the brute-force optimum, tie-break included", () => {
    fc.assert(
      fc.property(instance, ({ items, capacity }) => {
        const outcome = branchAndBound(items, capacity, Number.POSITIVE_INFINITY, greedyPacking(items, capacity));
        expect(outcome.complete).toBe(true);
        expect(outcome.best).toEqual(bruteForce(items, capacity));
        expect(outcome.upperBound).toBeGreaterThanOrEqual(outcome.best.value - 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it("branch and bound, cut short, keeps a feasible packing at least as good as where it started", () => {
    fc.assert(
      fc.property(instance, fc.integer({ min: 0, max: 20 }), ({ items, capacity }, budget) => {
        const start = greedyPacking(items, capacity);
        const { best, complete } = branchAndBound(items, capacity, budget, start);
        expect(best.cost).toBeLessThanOrEqual(capacity);
        expect(best).toEqual(packingOf(items, best.members));
        expect(isBetterPacking(start, best)).toBe(false);
        if (complete) expect(best).toEqual(bruteForce(items, capacity));
      }),
    );
  });

  it("refuses more items than it can hold", () => {
    const items = Array.from({ length: MEET_IN_THE_MIDDLE_MAX_ITEMS + 1 }, () => ({ cost: 1, value: 1 }));
    expect(() => meetInTheMiddle(items, 10)).toThrow(RangeError);
  });
});
