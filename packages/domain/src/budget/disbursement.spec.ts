import fc from "fast-check";
import { DISBURSEMENT_PROFILE, disbursementPlan, monthlyAbsorption } from "./disbursement.js";

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const zeros = (): number[] => Array.from({ length: 12 }, () => 0);

describe("DISBURSEMENT_PROFILE", () => {
  it("is Q1 15%, Q2 25%, Q3 30%, Q4 30%, even within each quarter", () => {
    const total = sum(DISBURSEMENT_PROFILE);
    const quarters = [0, 3, 6, 9].map((m) => sum(DISBURSEMENT_PROFILE.slice(m, m + 3)) / total);
    expect(quarters).toEqual([0.15, 0.25, 0.3, 0.3]);
    for (const m of [0, 3, 6, 9]) expect(new Set(DISBURSEMENT_PROFILE.slice(m, m + 3)).size).toBe(1);
    expect(Object.isFrozen(DISBURSEMENT_PROFILE)).toBe(true);
  });
});

describe("disbursementPlan", () => {
  it.each([
    [1_200, [60, 60, 60, 100, 100, 100, 120, 120, 120, 120, 120, 120]],
    [1_500_000_000, [75_000_000, 75_000_000, 75_000_000, 125_000_000, 125_000_000, 125_000_000, 150_000_000, 150_000_000, 150_000_000, 150_000_000, 150_000_000, 150_000_000]],
    [1_000_001, [50_000, 50_000, 50_000, 83_334, 83_334, 83_333, 100_000, 100_000, 100_000, 100_000, 100_000, 100_000]],
    [0, zeros()],
    [1, [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]],
  ])("plans %d as %j", (ceiling, plan) => {
    expect(disbursementPlan(ceiling)).toEqual(plan);
  });

  it("takes another profile", () => {
    expect(disbursementPlan(10, [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toEqual([4, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(disbursementPlan(100, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7])).toEqual([...zeros().slice(0, 11), 100]);
  });

  it.each([
    [1.5, DISBURSEMENT_PROFILE],
    [-1, DISBURSEMENT_PROFILE],
    [2 ** 53, DISBURSEMENT_PROFILE],
    [100, DISBURSEMENT_PROFILE.slice(0, 11)],
    [100, zeros()],
    [100, [...zeros().slice(0, 11), -1]],
    [100, [...zeros().slice(0, 11), 0.5]],
  ])("throws a RangeError on disbursementPlan(%p, %j)", (ceiling, profile) => {
    expect(() => disbursementPlan(ceiling, profile)).toThrow(RangeError);
  });

  it("sums exactly to the ceiling, each month within 1 rupiah of its exact share, for many ceilings and profiles", () => {
    const profile = fc.array(fc.integer({ min: 0, max: 1_000 }), { minLength: 12, maxLength: 12 }).filter((p) => sum(p) > 0);
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.oneof(fc.constant([...DISBURSEMENT_PROFILE]), profile), (ceiling, weights) => {
        const plan = disbursementPlan(ceiling, weights);
        expect(plan).toHaveLength(12);
        expect(plan.reduce((a, b) => a + BigInt(b), 0n)).toBe(BigInt(ceiling));
        const total = BigInt(sum(weights));
        plan.forEach((amount, m) => {
          expect(Number.isSafeInteger(amount)).toBe(true);
          const floor = (BigInt(ceiling) * BigInt(weights[m] ?? 0)) / total;
          expect([floor, floor + 1n]).toContain(BigInt(amount));
          if (weights[m] === 0) expect(amount).toBe(0);
        });
      }),
    );
  });
});

describe("monthlyAbsorption", () => {
  it("gives 12 rows with running totals and percents of the ceiling", () => {
    const rows = monthlyAbsorption(3, [1, 1, 1, ...zeros().slice(3)], [1, 1, 0, ...zeros().slice(3)]);
    expect(rows).toHaveLength(12);
    expect(rows.slice(0, 3)).toEqual([
      { month: 1, planned: 1, spent: 1, cumulativePlanned: 1, cumulativeSpent: 1, plannedPercent: 33.33, absorptionPercent: 33.33 },
      { month: 2, planned: 1, spent: 1, cumulativePlanned: 2, cumulativeSpent: 2, plannedPercent: 66.67, absorptionPercent: 66.67 },
      { month: 3, planned: 1, spent: 0, cumulativePlanned: 3, cumulativeSpent: 2, plannedPercent: 100, absorptionPercent: 66.67 },
    ]);
    expect(rows[11]).toEqual({ month: 12, planned: 0, spent: 0, cumulativePlanned: 3, cumulativeSpent: 2, plannedPercent: 100, absorptionPercent: 66.67 });
  });

  it("follows a year's plan: Rp1.5 bn with 77.5% spent by November", () => {
    const ceiling = 1_500_000_000;
    const planned = disbursementPlan(ceiling);
    const spent = [0, 40, 60, 90, 100, 120, 110, 130, 150, 160, 202.5, 0].map((m) => m * 1_000_000);
    const rows = monthlyAbsorption(ceiling, planned, spent);
    expect(rows.map((r) => r.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(rows[2]?.plannedPercent).toBe(15);
    expect(rows[5]?.plannedPercent).toBe(40);
    expect(rows[10]?.cumulativeSpent).toBe(1_162_500_000);
    expect(rows[10]?.absorptionPercent).toBe(77.5);
    expect(rows[11]?.plannedPercent).toBe(100);
  });

  it("has null percents at a ceiling of 0", () => {
    const rows = monthlyAbsorption(0, zeros(), zeros());
    for (const row of rows) {
      expect(row.plannedPercent).toBeNull();
      expect(row.absorptionPercent).toBeNull();
    }
  });

  it.each([
    [1.5, zeros(), zeros()],
    [100, zeros().slice(1), zeros()],
    [100, zeros(), [...zeros().slice(1), -1]],
    [100, [...zeros().slice(1), 0.5], zeros()],
    [100, [...zeros().slice(2), Number.MAX_SAFE_INTEGER, 1], zeros()],
  ])("throws a RangeError on monthlyAbsorption(%p, %j, %j)", (ceiling, planned, spent) => {
    expect(() => monthlyAbsorption(ceiling, planned, spent)).toThrow(RangeError);
  });
});
