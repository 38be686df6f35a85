import fc from "fast-check";
import { bruteForceCoverage, cityInstance, coverageInstanceArbitrary, subsetValue, type CoverageInstance } from "./coverage.arbitrary.js";
import { COVERAGE_ERROR_CODES, type CoverageCandidate, type CoverageErrorCode, type CoverageNeed } from "./coverage-input.js";
import { coverageValue } from "./coverage-value.js";
import { explainCoverageSelection } from "./explain-coverage.js";
import { selectPlanByCoverage, selectPlanByCoverageWith } from "./select-plan-by-coverage.js";
import { checkCoverageInput } from "./coverage-input.js";
import { coverageMeetInTheMiddle } from "./coverage-meet-in-the-middle.js";
import { coverageDynamicProgramme } from "./coverage-dynamic-programme.js";

const c = (id: string, cost: number, participants: number, competencyIds: string[], mandatory = false): CoverageCandidate => ({
  id,
  cost,
  participants,
  competencyIds,
  mandatory,
});
const need = (competencyId: string, employeesInNeed: number, meanPriority: number): CoverageNeed => ({ competencyId, employeesInNeed, meanPriority });

describe("coverageValue", () => {
  it.each<readonly [string, readonly { participants: number; competencyIds: string[] }[], readonly CoverageNeed[], number]>([
    ["nothing chosen", [], [need("X", 30, 50)], 0],
    ["one programme under the need", [{ participants: 20, competencyIds: ["X"] }], [need("X", 30, 50)], 1000],
    ["capped at the employees in need", [{ participants: 40, competencyIds: ["X"] }], [need("X", 30, 50)], 1500],
    ["two programmes for the same people count once", [{ participants: 30, competencyIds: ["X"] }, { participants: 30, competencyIds: ["X"] }], [need("X", 30, 50)], 1500],
    ["two programmes that together meet the need", [{ participants: 10, competencyIds: ["X"] }, { participants: 15, competencyIds: ["X", "Y"] }], [need("X", 30, 2), need("Y", 5, 10)], 100],
    ["a competency without a need adds nothing", [{ participants: 10, competencyIds: ["Z"] }], [need("X", 30, 50)], 0],
    ["mean priorities to 2 decimals, half up, summed exactly", [{ participants: 3, competencyIds: ["X", "Y"] }], [need("X", 10, 1.005), need("Y", 10, 0.1)], 3.33],
  ])("%s", (_, chosen, needs, value) => {
    expect(coverageValue(chosen, needs)).toBe(value);
  });

  it.each<readonly [string, readonly { participants: number; competencyIds: string[] }[], readonly CoverageNeed[]]>([
    ["a competency listed twice (it would count its participants twice)", [{ participants: 10, competencyIds: ["X", "X"] }], [need("X", 30, 50)]],
    ["a need listed twice", [], [need("X", 30, 50), need("X", 10, 1)]],
    ["fractional participants", [{ participants: 1.5, competencyIds: ["X"] }], [need("X", 30, 50)]],
    ["negative employees in need", [], [need("X", -1, 50)]],
    ["a NaN priority", [], [need("X", 1, Number.NaN)]],
  ])("throws a RangeError on %s", (_, chosen, needs) => {
    expect(() => coverageValue(chosen, needs)).toThrow(RangeError);
  });
});

describe("selectPlanByCoverage", () => {
  it("funds one of two programmes for the same people; the other is covered by the chosen one (defect: counted twice)", () => {
    const input = {
      candidates: [c("A", 10_000_000, 30, ["X"]), c("B", 10_000_000, 30, ["X"])],
      needs: [need("X", 30, 60)],
      ceiling: 50_000_000,
    };
    const selection = selectPlanByCoverage(input);
    expect(selection).toEqual({
      ok: true,
      value: { selectedIds: ["A"], totalCost: 10_000_000, totalValue: 1800, remaining: 40_000_000, method: "EXACT" },
    });
    if (!selection.ok) return;
    expect(explainCoverageSelection(input, selection.value)).toEqual({
      ok: true,
      value: [{ id: "B", reason: "COVERED_BY_CHOSEN", cost: 10_000_000, value: 1800, marginalValue: 0, density: 1800 / 10_000_000, extraBudgetNeeded: 0 }],
    });
  });

  it("prefers the programme that reaches people still in need over a second one for the same people", () => {
    const input = {
      candidates: [c("A", 100, 30, ["X"]), c("B", 100, 30, ["X"]), c("C", 100, 10, ["Y"])],
      needs: [need("X", 30, 60), need("Y", 10, 20)],
      ceiling: 200,
    };
    expect(selectPlanByCoverage(input)).toMatchObject({ ok: true, value: { selectedIds: ["A", "C"], totalValue: 2000 } });
  });

  it("breaks an exact tie by the cheaper set, then fewer programmes, with values in exact hundredths", () => {
    // A is worth 3.3, B + C 1.1 + 2.2 (3.3000000000000003 as doubles) and cost more: A wins.
    const input = {
      candidates: [c("A", 1_500_000, 1, ["a"]), c("B", 1_000_000, 1, ["b"]), c("C", 1_000_000, 1, ["c"])],
      needs: [need("a", 1, 3.3), need("b", 1, 1.1), need("c", 1, 2.2)],
      ceiling: 2_000_000,
    };
    expect(selectPlanByCoverage(input)).toEqual({
      ok: true,
      value: { selectedIds: ["A"], totalCost: 1_500_000, totalValue: 3.3, remaining: 500_000, method: "EXACT" },
    });
    // Same value and cost: the plan with fewer programmes.
    const fewer = {
      candidates: [c("B", 500, 1, ["b"]), c("C", 500, 1, ["c"]), c("D", 1000, 1, ["d"])],
      needs: [need("b", 1, 1.1), need("c", 1, 2.2), need("d", 1, 3.3)],
      ceiling: 1000,
    };
    expect(selectPlanByCoverage(fewer)).toMatchObject({ ok: true, value: { selectedIds: ["D"] } });
  });

  it("always includes the mandatory programmes, even when they add nothing, and refuses them over the ceiling", () => {
    const candidates = [c("LATSAR", 300, 30, ["X"], true), c("A", 100, 30, ["X"]), c("B", 100, 10, ["Y"])];
    const needs = [need("X", 30, 60), need("Y", 10, 20)];
    expect(selectPlanByCoverage({ candidates, needs, ceiling: 400 })).toMatchObject({ ok: true, value: { selectedIds: ["LATSAR", "B"], totalCost: 400 } });
    expect(selectPlanByCoverage({ candidates, needs, ceiling: 299 })).toEqual({
      ok: false,
      error: { code: "MANDATORY_OVER_CEILING", field: "ceiling", message: expect.stringContaining("300") },
    });
  });

  it("never funds a programme that adds nothing, even a free one", () => {
    const input = { candidates: [c("A", 0, 10, ["Z"]), c("B", 0, 30, ["X"]), c("C", 0, 30, ["X"])], needs: [need("X", 30, 5)], ceiling: 0 };
    expect(selectPlanByCoverage(input)).toMatchObject({ ok: true, value: { selectedIds: ["B"], totalCost: 0, totalValue: 150 } });
  });

  const errors: ReadonlyArray<readonly [string, unknown, CoverageErrorCode, string, string | undefined]> = [
    ["a fractional ceiling", { candidates: [], needs: [], ceiling: 1.5 }, "INVALID_CEILING", "ceiling", "NOT_INTEGER"],
    ["41 candidates", { candidates: Array.from({ length: 41 }, (_, i) => c(`c${i}`, 1, 1, ["X"])), needs: [], ceiling: 10 }, "TOO_MANY_CANDIDATES", "candidates", undefined],
    ["a blank id", { candidates: [c(" ", 1, 1, ["X"])], needs: [], ceiling: 10 }, "INVALID_ID", "candidates[0].id", undefined],
    ["a duplicate id", { candidates: [c("A", 1, 1, ["X"]), c("A", 1, 1, ["Y"])], needs: [], ceiling: 10 }, "DUPLICATE_ID", "candidates[1].id", undefined],
    ["a negative cost", { candidates: [c("A", -1, 1, ["X"])], needs: [], ceiling: 10 }, "INVALID_COST", "candidates[0].cost", "NEGATIVE"],
    ["zero participants", { candidates: [c("A", 1, 0, ["X"])], needs: [], ceiling: 10 }, "INVALID_PARTICIPANTS", "candidates[0].participants", undefined],
    ["no competency", { candidates: [c("A", 1, 1, [])], needs: [], ceiling: 10 }, "INVALID_COMPETENCIES", "candidates[0].competencyIds", "EMPTY"],
    ["a blank competency id", { candidates: [c("A", 1, 1, [""])], needs: [], ceiling: 10 }, "INVALID_COMPETENCIES", "candidates[0].competencyIds", "INVALID_ID"],
    ["a competency listed twice", { candidates: [c("A", 1, 1, ["X", "X"])], needs: [], ceiling: 10 }, "DUPLICATE_COMPETENCY", "candidates[0].competencyIds", undefined],
    ["a need without a competency", { candidates: [], needs: [{ competencyId: "", employeesInNeed: 1, meanPriority: 1 }], ceiling: 10 }, "INVALID_NEED", "needs[0].competencyId", "INVALID_ID"],
    ["a need listed twice", { candidates: [], needs: [need("X", 1, 1), need("X", 2, 2)], ceiling: 10 }, "DUPLICATE_NEED", "needs[1].competencyId", undefined],
    ["fractional employees in need", { candidates: [], needs: [need("X", 1.5, 1)], ceiling: 10 }, "INVALID_NEED", "needs[0].employeesInNeed", "INVALID_COUNT"],
    ["an infinite priority", { candidates: [], needs: [need("X", 1, Number.POSITIVE_INFINITY)], ceiling: 10 }, "INVALID_NEED", "needs[0].meanPriority", "INVALID_PRIORITY"],
    ["costs beyond 2^53", { candidates: [c("A", 2 ** 52, 1, ["X"]), c("B", 2 ** 52, 1, ["X"])], needs: [], ceiling: 10 }, "TOTAL_COST_TOO_LARGE", "candidates", undefined],
    ["needs worth more than 2^53 hundredths", { candidates: [], needs: [need("X", 2 ** 40, 1e6)], ceiling: 10 }, "TOTAL_VALUE_TOO_LARGE", "needs", undefined],
    ["mandatory over the ceiling", { candidates: [c("A", 11, 1, ["X"], true)], needs: [], ceiling: 10 }, "MANDATORY_OVER_CEILING", "ceiling", undefined],
  ];

  it.each(errors)("refuses %s", (_, input, code, field, reason) => {
    expect(selectPlanByCoverage(input as Parameters<typeof selectPlanByCoverage>[0])).toEqual({
      ok: false,
      error: { code, field, message: expect.any(String), ...(reason === undefined ? {} : { reason }) },
    });
  });

  it("has a table case for every error code", () => {
    expect(new Set(errors.map(([, , code]) => code))).toEqual(new Set(COVERAGE_ERROR_CODES));
  });

  const agreesWithBruteForce = (select: typeof selectPlanByCoverage) => (instance: CoverageInstance): void => {
    const expected = bruteForceCoverage(instance);
    const result = select(instance);
    if (expected === null) {
      expect(result).toMatchObject({ ok: false, error: { code: "MANDATORY_OVER_CEILING" } });
      return;
    }
    expect(result).toEqual({
      ok: true,
      value: {
        selectedIds: expected.selectedIds,
        totalCost: expected.totalCost,
        totalValue: expected.value / 100,
        remaining: instance.ceiling - expected.totalCost,
        method: "EXACT",
      },
    });
  };

  it("agrees with brute force over every subset, tie-break included (up to 12 candidates)", () => {
    fc.assert(fc.property(coverageInstanceArbitrary(12), agreesWithBruteForce(selectPlanByCoverage)), { numRuns: 400 });
  });

  it("agrees with brute force through meet in the middle (branch and bound gives up at once)", () => {
    const viaMeetInTheMiddle = (input: CoverageInstance) => selectPlanByCoverageWith(0, input);
    fc.assert(fc.property(coverageInstanceArbitrary(12), agreesWithBruteForce(viaMeetInTheMiddle)), { numRuns: 300 });
  });

  it("agrees with brute force through meet in the middle with two sides (at most 5 candidates a side)", () => {
    let split = 0;
    // Few distinct priorities and participant counts: many plans tie in value across the two sides.
    const tieRich = coverageInstanceArbitrary(10, { minCandidates: 6, competencies: 10 }).map((instance) => ({
      ...instance,
      needs: instance.needs.map((x) => ({ ...x, meanPriority: Math.ceil(x.meanPriority / 50), employeesInNeed: 10 * Math.ceil(x.employeesInNeed / 10) })),
      candidates: instance.candidates.map((x) => ({ ...x, participants: 10 * Math.ceil(x.participants / 20), cost: 100 * Math.ceil(x.cost / 300) })),
    }));
    fc.assert(
      fc.property(tieRich, (instance) => {
        const expected = bruteForceCoverage(instance);
        const checked = checkCoverageInput(instance);
        if (!checked.ok || expected === null) return;
        const plan = coverageMeetInTheMiddle(checked.value, 5);
        if (plan === null) return;
        split++;
        expect({ selectedIds: plan.members.map((i) => instance.candidates[i]!.id), totalCost: plan.cost, value: plan.value }).toEqual(expected);
      }),
      { numRuns: 500 },
    );
    expect(split).toBeGreaterThan(100);
  });

  it.each([
    ["the earlier candidate on the first side", ["X", "Y", "Z"]],
    ["the earlier candidate on the second side", ["Z", "Y", "X"]],
  ])("meet in the middle breaks an exact tie across its sides by the earlier candidates: %s", (_, order) => {
    // Three groups sharing no need, one candidate each; any two are worth the same at the same cost.
    const candidates = order.map((k) => c(`for-${k}`, 100, 10, [k]));
    const needs = ["X", "Y", "Z"].map((k) => need(k, 10, 5));
    const checked = checkCoverageInput({ candidates, needs, ceiling: 200 });
    if (!checked.ok) throw new Error(checked.error.code);
    const plan = coverageMeetInTheMiddle(checked.value, 2);
    expect(plan?.members).toEqual([0, 1]);
    const one = checkCoverageInput({ candidates, needs, ceiling: 100 });
    if (!one.ok) throw new Error(one.error.code);
    expect(coverageMeetInTheMiddle(one.value, 2)?.members).toEqual([0]);
  });

  it("meet in the middle and branch and bound agree on 20 to 40 candidates in small groups", () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 40 }), fc.integer(), fc.boolean(), (n, seed, mandatory) => {
        const instance = cityInstance(n, seed, { competencies: 80, mandatory });
        const checked = checkCoverageInput(instance);
        if (!checked.ok) throw new Error(checked.error.code);
        const split = coverageMeetInTheMiddle(checked.value);
        if (split === null) return; // one group too large to split: nothing to compare
        expect(selectPlanByCoverageWith(Number.POSITIVE_INFINITY, instance)).toEqual(selectPlanByCoverageWith(0, instance));
      }),
      { numRuns: 8 },
    );
  }, 120_000);

  it("agrees with brute force through the dynamic programme over fillable needs", () => {
    let solved = 0;
    fc.assert(
      fc.property(coverageInstanceArbitrary(12), (instance) => {
        const expected = bruteForceCoverage(instance);
        const checked = checkCoverageInput(instance);
        if (!checked.ok || expected === null) return;
        const plan = coverageDynamicProgramme(checked.value);
        if (plan === null) return;
        solved++;
        expect({ selectedIds: plan.members.map((i) => instance.candidates[i]!.id), totalCost: plan.cost, value: plan.value }).toEqual(expected);
      }),
      { numRuns: 400 },
    );
    expect(solved).toBeGreaterThan(300);
  });

  it("the dynamic programme breaks an exact tie by the earlier candidates", () => {
    const checked = checkCoverageInput({ candidates: [c("B0", 50, 10, ["Y"]), c("A", 100, 30, ["X"]), c("B", 100, 30, ["X"])], needs: [need("X", 30, 10), need("Y", 5, 1)], ceiling: 100 });
    if (!checked.ok) throw new Error(checked.error.code);
    expect(coverageDynamicProgramme(checked.value)?.members).toEqual([1]);
    const reversed = checkCoverageInput({ candidates: [c("B0", 50, 10, ["Y"]), c("B", 100, 30, ["X"]), c("A", 100, 30, ["X"])], needs: [need("X", 30, 10), need("Y", 5, 1)], ceiling: 100 });
    if (!reversed.ok) throw new Error(reversed.error.code);
    expect(coverageDynamicProgramme(reversed.value)?.members).toEqual([1]);
  });

  it.each([30, 40])("fills one need with the cheapest of %d batches at the same price (a subset sum on one need) exactly", (n) => {
    // Batches of one programme offer 1,000+ places for 333 employees in need: the best plan covers
    // all 333 as cheaply as possible, then with as few batches as possible.
    const candidates = Array.from({ length: n }, (_, i) => c(`batch${i}`, (10 + ((i * 11) % 45)) * 1_250_000, 10 + ((i * 11) % 45), ["pelayanan"]));
    const needs = [need("pelayanan", 333, 62.5)];
    const ceiling = candidates.reduce((s, x) => s + x.cost, 0);
    const result = selectPlanByCoverage({ candidates, needs, ceiling });
    expect(result).toMatchObject({ ok: true, value: { method: "EXACT", totalValue: 333 * 62.5, totalCost: 333 * 1_250_000 } });
    const checked = checkCoverageInput({ candidates, needs, ceiling });
    if (!checked.ok) return;
    const viaDp = coverageDynamicProgramme(checked.value);
    expect(result.ok && viaDp && viaDp.members.map((i) => candidates[i]!.id)).toEqual(result.ok && result.value.selectedIds);
  }, 60_000);

  it("solves many batches for one large need at the same price (one need, but value in proportion) exactly", () => {
    // 34 batches of one city-wide programme, 2,000 employees in need: no combination fills the need.
    const candidates = Array.from({ length: 34 }, (_, i) => c(`batch${i}`, (10 + ((i * 11) % 45)) * 1_250_000, 10 + ((i * 11) % 45), ["pelayanan"]));
    const needs = [need("pelayanan", 2_000, 62.5)];
    const ceiling = Math.floor(candidates.reduce((s, x) => s + x.cost, 0) / 2) + 777_777;
    const result = selectPlanByCoverage({ candidates, needs, ceiling });
    expect(result).toMatchObject({ ok: true, value: { method: "EXACT" } });
    if (!result.ok) return;
    expect(result.value.totalValue).toBe((result.value.totalCost / 1_250_000) * 62.5);
    expect(result.value.remaining).toBeLessThan(1_250_000);
  }, 60_000);

  it("solves equal value per rupiah (a subset-sum, where bounds do not prune) exactly", () => {
    // 36 programmes, each for its own competency, all priced at the same rupiah per unit of value.
    const candidates = Array.from({ length: 36 }, (_, i) => c(`c${i}`, (10 + ((i * 7) % 50)) * 1_600_000, 10 + ((i * 7) % 50), [`k${i}`]));
    const needs = candidates.map((x, i) => need(`k${i}`, x.participants, 50));
    const ceiling = Math.floor(candidates.reduce((s, x) => s + x.cost, 0) / 2) + 1_234_567;
    const result = selectPlanByCoverage({ candidates, needs, ceiling });
    expect(result).toMatchObject({ ok: true, value: { method: "EXACT" } });
    if (!result.ok) return;
    // Value is 50 per participant and cost 1.6 million per participant: the best plan spends as much as fits.
    expect(result.value.totalValue).toBe((result.value.totalCost / 1_600_000) * 50);
    expect(result.value.remaining).toBeLessThan(1_600_000);
  }, 60_000);

  it("values its plan as coverageValue does", () => {
    fc.assert(
      fc.property(coverageInstanceArbitrary(10), (instance) => {
        const result = selectPlanByCoverage(instance);
        if (!result.ok) return;
        const chosen = instance.candidates.filter((x) => result.value.selectedIds.includes(x.id));
        expect(result.value.totalValue).toBe(coverageValue(chosen, instance.needs));
        expect(Math.round(result.value.totalValue * 100)).toBe(subsetValue(instance, chosen.map((x) => instance.candidates.indexOf(x))));
      }),
    );
  });

  it("solves 40 city-sized candidates exactly (timing lives in bench/planning.mjs)", () => {
    for (const seed of [1, 2]) {
      const instance = cityInstance(40, seed, { mandatory: seed === 2 });
      const result = selectPlanByCoverage(instance);
      expect(result).toMatchObject({ ok: true, value: { method: "EXACT" } });
      if (!result.ok) return;
      expect(result.value.totalCost).toBeLessThanOrEqual(instance.ceiling);
      // No single left-out candidate that fits in what remains would add value.
      const explained = explainCoverageSelection(instance, result.value);
      if (!explained.ok) throw new Error(explained.error.code);
      for (const left of explained.value) if (left.cost <= result.value.remaining) expect(left.marginalValue).toBe(0);
    }
  }, 60_000);
});

describe("explainCoverageSelection", () => {
  it("gives each left-out candidate its reason against the chosen set", () => {
    const input = {
      candidates: [
        c("LATSAR", 300, 30, ["X"], true),
        c("SAME", 100, 30, ["X"]), // X is already covered by Latsar
        c("DEAR", 900, 40, ["Y"]), // costs more than the ceiling leaves after Latsar
        c("LESS", 200, 5, ["Z"]), // fits, but W is worth more for the money
        c("W", 200, 10, ["W"]),
        c("NONE", 50, 10, ["Q"]), // no need at all
      ],
      needs: [need("X", 30, 60), need("Y", 40, 50), need("Z", 5, 10), need("W", 10, 30)],
      ceiling: 500,
    };
    const selection = selectPlanByCoverage(input);
    expect(selection).toMatchObject({ ok: true, value: { selectedIds: ["LATSAR", "W"], remaining: 0 } });
    if (!selection.ok) return;
    const explained = explainCoverageSelection(input, selection.value);
    expect(explained.ok && explained.value.map((l) => [l.id, l.reason, l.value, l.marginalValue, l.extraBudgetNeeded])).toEqual([
      ["SAME", "COVERED_BY_CHOSEN", 1800, 0, 100],
      ["DEAR", "OVER_REMAINING_BUDGET", 2000, 2000, 900],
      ["LESS", "LOWER_VALUE_FOR_COST", 50, 50, 200],
      ["NONE", "LOWER_VALUE_FOR_COST", 0, 0, 50],
    ]);
  });

  it("explains every left-out candidate, and a valuable one that fits only when the chosen set covers it", () => {
    fc.assert(
      fc.property(coverageInstanceArbitrary(10), (instance) => {
        const selection = selectPlanByCoverage(instance);
        if (!selection.ok) return;
        const explained = explainCoverageSelection(instance, selection.value);
        if (!explained.ok) throw new Error(explained.error.code);
        expect([...selection.value.selectedIds, ...explained.value.map((l) => l.id)].sort()).toEqual(instance.candidates.map((x) => x.id).sort());
        for (const l of explained.value) {
          if (l.marginalValue > 0) expect(l.extraBudgetNeeded).toBeGreaterThan(0);
          expect(l.reason === "COVERED_BY_CHOSEN").toBe(l.value > 0 && l.marginalValue === 0);
        }
      }),
    );
  });

  it("refuses input the optimiser would refuse", () => {
    expect(explainCoverageSelection({ candidates: [c("A", 1, 1, ["X", "X"])], needs: [], ceiling: 1 }, { selectedIds: [], remaining: 1 })).toMatchObject({
      ok: false,
      error: { code: "DUPLICATE_COMPETENCY" },
    });
  });
});
