import fc from "fast-check";
import {
  bruteForceOptimum,
  decimalInstanceArbitrary,
  hardInstance,
  rupiahInstanceArbitrary,
  smallInstanceArbitrary,
  type Instance,
} from "./candidates.arbitrary.js";
import { selectProgrammesWith, selectProgrammesWithinBudget } from "./select-programmes.js";
import { SELECTION_ERROR_CODES, type ProgrammeCandidate, type SelectionErrorCode } from "./selection-input.js";
import { defaultSolveOptions } from "./solve-knapsack.js";

const p = (id: string, cost: number, value: number, mandatory = false): ProgrammeCandidate => ({ id, cost, value, mandatory });

/** Meet in the middle on every instance: branch and bound gives up at its first node. */
const viaMeetInTheMiddle = { smallNodeBudget: 0, largeNodeBudget: 0 };

const agreesWithBruteForce = (select: typeof selectProgrammesWithinBudget) => (instance: Instance) => {
  const expected = bruteForceOptimum(instance);
  const result = select(instance.candidates, instance.ceiling);
  if (expected === null) {
    expect(result).toMatchObject({ ok: false, error: { code: "MANDATORY_OVER_CEILING", field: "ceiling" } });
    return;
  }
  expect(result).toEqual({ ok: true, value: { ...expected, remaining: instance.ceiling - expected.totalCost, method: "EXACT" } });
};

describe("selectProgrammesWithinBudget", () => {
  it("funds the most valuable combination, not the densest programmes first", () => {
    // Greedy by density takes A (density 2) and then nothing fits: value 120. B + C is worth 150.
    const result = selectProgrammesWithinBudget([p("A", 60, 120), p("B", 50, 75), p("C", 50, 75)], 100);
    expect(result).toEqual({
      ok: true,
      value: { selectedIds: ["B", "C"], totalCost: 100, totalValue: 150, remaining: 0, method: "EXACT" },
    });
  });

  it.each<readonly [string, readonly ProgrammeCandidate[], number, readonly string[], number]>([
    ["no candidates", [], 1_000_000, [], 0],
    ["all fit", [p("A", 10, 1), p("B", 20, 2)], 30, ["A", "B"], 30],
    ["none fits", [p("A", 40, 5), p("B", 50, 9)], 30, [], 0],
    ["ceiling 0", [p("A", 1, 5), p("B", 0, 2)], 0, ["B"], 0],
    ["mandatory exactly at the ceiling", [p("A", 70, 1, true), p("B", 30, 50, true), p("C", 1, 99)], 100, ["A", "B"], 100],
    ["mandatory in even when worthless", [p("A", 30, 0, true), p("B", 70, 10)], 100, ["A", "B"], 100],
    ["a free valuable candidate always", [p("A", 0, 1), p("B", 100, 10)], 50, ["A"], 0],
    ["a worthless candidate never, even free", [p("A", 0, 0), p("B", 10, 0), p("C", 10, 1)], 50, ["C"], 10],
    ["ties: the cheaper plan", [p("A", 30, 10), p("B", 20, 10)], 30, ["B"], 20],
    ["ties: fewer programmes", [p("A", 10, 4), p("B", 10, 6), p("C", 20, 10)], 20, ["C"], 20],
    ["ties: the earlier candidates", [p("A", 10, 5), p("B", 10, 5), p("C", 10, 5)], 20, ["A", "B"], 20],
    ["billions of rupiah", [p("A", 4_000_000_000, 3), p("B", 2_500_000_001, 2), p("C", 2_500_000_000, 2)], 5_000_000_001, ["B", "C"], 5_000_000_001],
  ])("%s", (_, candidates, ceiling, selectedIds, totalCost) => {
    expect(selectProgrammesWithinBudget(candidates, ceiling)).toMatchObject({ ok: true, value: { selectedIds, totalCost, method: "EXACT" } });
  });

  it("reports mandatory programmes over the ceiling", () => {
    expect(selectProgrammesWithinBudget([p("A", 70, 1, true), p("B", 31, 1, true)], 100)).toEqual({
      ok: false,
      error: { code: "MANDATORY_OVER_CEILING", field: "ceiling", message: expect.stringContaining("101") },
    });
  });

  const errors: ReadonlyArray<readonly [string, unknown, unknown, SelectionErrorCode, string, string | undefined]> = [
    ["a negative ceiling", [], -1, "INVALID_CEILING", "ceiling", "NEGATIVE"],
    ["a fractional ceiling", [], 10.5, "INVALID_CEILING", "ceiling", "NOT_INTEGER"],
    ["a NaN ceiling", [], Number.NaN, "INVALID_CEILING", "ceiling", "NOT_INTEGER"],
    ["an unsafe ceiling", [], 2 ** 60, "INVALID_CEILING", "ceiling", "TOO_LARGE"],
    ["too many candidates", Array.from({ length: 1001 }, (_, i) => p(`p${i}`, 1, 1)), 10, "TOO_MANY_CANDIDATES", "candidates", undefined],
    ["a blank id", [p("A", 1, 1), p(" ", 1, 1)], 10, "INVALID_ID", "candidates[1].id", undefined],
    ["a candidate that is not an object", [null], 10, "INVALID_ID", "candidates[0].id", undefined],
    ["a duplicate id", [p("A", 1, 1), p("B", 1, 1), p("A", 2, 2)], 10, "DUPLICATE_ID", "candidates[2].id", undefined],
    ["a fractional cost", [p("A", 1.5, 1)], 10, "INVALID_COST", "candidates[0].cost", "NOT_INTEGER"],
    ["a negative cost", [p("A", -1, 1)], 10, "INVALID_COST", "candidates[0].cost", "NEGATIVE"],
    ["a cost as text", [{ id: "A", cost: "100", value: 1 }], 10, "INVALID_COST", "candidates[0].cost", "NOT_INTEGER"],
    ["a NaN value", [p("A", 1, Number.NaN)], 10, "INVALID_VALUE", "candidates[0].value", "NOT_A_NUMBER"],
    ["a negative value", [p("A", 1, -2)], 10, "INVALID_VALUE", "candidates[0].value", "NEGATIVE"],
    ["a value over 10^10", [p("A", 1, 1e10 + 1)], 10, "INVALID_VALUE", "candidates[0].value", "TOO_LARGE"],
    ["costs adding up beyond 2^53", [p("A", 2 ** 52, 1), p("B", 2 ** 52, 1)], 10, "TOTAL_COST_TOO_LARGE", "candidates", undefined],
    ["mandatory over the ceiling", [p("A", 11, 1, true)], 10, "MANDATORY_OVER_CEILING", "ceiling", undefined],
  ];

  it.each(errors)("rejects %s", (_, candidates, ceiling, code, field, reason) => {
    const result = selectProgrammesWithinBudget(candidates as ProgrammeCandidate[], ceiling as number);
    expect(result).toEqual({ ok: false, error: { code, field, message: expect.any(String), ...(reason ? { reason } : {}) } });
  });

  it("has a table case for every error code", () => {
    expect(new Set(errors.map(([, , , code]) => code))).toEqual(new Set(SELECTION_ERROR_CODES));
  });

  describe("agrees with brute force over every subset", () => {
    it("on small instances full of ties", () => {
      fc.assert(fc.property(smallInstanceArbitrary(), agreesWithBruteForce(selectProgrammesWithinBudget)), { numRuns: 400 });
    });

    it("on rupiah-sized costs", () => {
      fc.assert(fc.property(rupiahInstanceArbitrary, agreesWithBruteForce(selectProgrammesWithinBudget)), { numRuns: 200 });
    });

    it("through the meet-in-the-middle fallback", () => {
      const select = (c: readonly ProgrammeCandidate[], ceiling: number) => selectProgrammesWith(viaMeetInTheMiddle, c, ceiling);
      fc.assert(fc.property(smallInstanceArbitrary(), agreesWithBruteForce(select)), { numRuns: 300 });
      fc.assert(fc.property(rupiahInstanceArbitrary, agreesWithBruteForce(select)), { numRuns: 100 });
    });

    it("with decimal values, compared exactly: never beaten on (value desc, cost asc, count asc)", () => {
      const viaGreedyStart = (c: readonly ProgrammeCandidate[], ceiling: number) => selectProgrammesWith({ smallNodeBudget: 1, largeNodeBudget: 1 }, c, ceiling);
      for (const select of [selectProgrammesWithinBudget, viaGreedyStart, (c: readonly ProgrammeCandidate[], ceiling: number) => selectProgrammesWith(viaMeetInTheMiddle, c, ceiling)]) {
        fc.assert(fc.property(decimalInstanceArbitrary(), agreesWithBruteForce(select)), { numRuns: 300 });
      }
    });
  });

  describe("compares values exactly (defect: ties broken by floating-point noise)", () => {
    // As doubles 1.1 + 2.2 is 3.3000000000000003 > 3.3, so B + C used to win over A.
    const candidates = [p("A", 1_500_000, 3.3), p("B", 1_000_000, 1.1), p("C", 1_000_000, 2.2)];

    it.each([
      ["branch and bound", defaultSolveOptions],
      ["meet in the middle", viaMeetInTheMiddle],
    ])("on equal total value the cheaper plan wins (%s)", (_, options) => {
      expect(selectProgrammesWith(options, candidates, 2_000_000)).toEqual({
        ok: true,
        value: { selectedIds: ["A"], totalCost: 1_500_000, totalValue: 3.3, remaining: 500_000, method: "EXACT" },
      });
    });

    it("beyond 40 candidates, with the search cut short at once (greedy start), too", () => {
      const filler = Array.from({ length: 41 }, (_, i) => p(`x${i}`, 3_000_000, 1));
      const result = selectProgrammesWith({ smallNodeBudget: 1, largeNodeBudget: 1 }, [...candidates, ...filler], 2_000_000);
      expect(result).toMatchObject({ ok: true, value: { selectedIds: ["A"], totalCost: 1_500_000, totalValue: 3.3 } });
    });

    it("and totals the values exactly, to 2 decimals", () => {
      const result = selectProgrammesWithinBudget([p("A", 1, 0.1), p("B", 1, 0.2), p("C", 1, 1.005)], 3);
      expect(result).toMatchObject({ ok: true, value: { totalValue: 1.31 } });
    });
  });

  it.each(["UNCORRELATED", "STRONGLY_CORRELATED", "EQUAL_DENSITY", "MANY_MANDATORY"] as const)(
    "solves 40 %s candidates exactly: branch and bound and meet in the middle agree",
    (kind) => {
      for (const seed of [1]) {
        const { candidates, ceiling } = hardInstance(kind, 40, seed);
        const fast = selectProgrammesWithinBudget(candidates, ceiling);
        expect(fast).toMatchObject({ ok: true, value: { method: "EXACT" } });
        expect(fast).toEqual(selectProgrammesWith(viaMeetInTheMiddle, candidates, ceiling));
      }
    },
    // Meet in the middle over 2 × 2^20 subsets takes a few hundred ms, several seconds on a busy
    // machine under jest: a generous limit, not a timing assert (timing lives in `pnpm bench`).
    60_000,
  );

  describe("beyond 40 optional candidates", () => {
    it("returns a feasible plan with its mandatory programmes and, if approximate, an honest bound", () => {
      const kinds = ["UNCORRELATED", "STRONGLY_CORRELATED", "EQUAL_DENSITY", "MANY_MANDATORY"] as const;
      fc.assert(
        fc.property(fc.constantFrom(...kinds), fc.integer({ min: 41, max: 80 }), fc.integer(), fc.constantFrom(50, 5000), (kind, n, seed, nodes) => {
          const { candidates, ceiling } = hardInstance(kind, n, seed);
          const result = selectProgrammesWith({ ...defaultSolveOptions, largeNodeBudget: nodes }, candidates, ceiling);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const { selectedIds, totalCost, totalValue, method, upperBound, note } = result.value;
          expect(totalCost).toBeLessThanOrEqual(ceiling);
          for (const c of candidates) if (c.mandatory) expect(selectedIds).toContain(c.id);
          if (method === "APPROXIMATE") {
            expect(upperBound).toBeGreaterThanOrEqual(totalValue);
            expect(totalValue).toBeGreaterThanOrEqual((upperBound ?? 0) / 2);
            expect(note).toMatch(/upper bound/);
          }
        }),
        { numRuns: 40 },
      );
    });

    it("says APPROXIMATE when its search is cut short", () => {
      const { candidates, ceiling } = hardInstance("STRONGLY_CORRELATED", 60, 7);
      const result = selectProgrammesWith({ ...defaultSolveOptions, largeNodeBudget: 10 }, candidates, ceiling);
      expect(result).toMatchObject({ ok: true, value: { method: "APPROXIMATE", upperBound: expect.any(Number), note: expect.any(String) } });
    });
  });

  it("lists the selected ids in input order, never over the ceiling, with consistent totals", () => {
    fc.assert(
      fc.property(smallInstanceArbitrary(20, 1000, 1000), ({ candidates, ceiling }) => {
        const result = selectProgrammesWithinBudget(candidates, ceiling);
        if (!result.ok) return;
        const { selectedIds, totalCost, totalValue, remaining } = result.value;
        const chosen = candidates.filter((c) => selectedIds.includes(c.id));
        expect(chosen.map((c) => c.id)).toEqual(selectedIds);
        expect(totalCost).toBe(chosen.reduce((s, c) => s + c.cost, 0));
        expect(totalValue).toBe(chosen.reduce((s, c) => s + c.value, 0));
        expect(remaining).toBe(ceiling - totalCost);
        expect(remaining).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
