import fc from "fast-check";
import { DISBURSEMENT_PROFILE, disbursementPlan } from "./disbursement.js";
import { firstOpenMonth, resplitPlan } from "./resplit.js";

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

describe("firstOpenMonth", () => {
  it.each([
    [2026, "2026-11-30", 11],
    [2026, "2026-01-01", 1],
    [2026, "2026-12-31", 12],
    [2027, "2026-11-30", 1],
    [2025, "2026-01-05", 12],
  ])("year %d on %s opens from month %d", (year, today, month) => {
    expect(firstOpenMonth(year, today)).toBe(month);
  });

  it("refuses a bad date or year", () => {
    expect(() => firstOpenMonth(2026, "2026-13-01")).toThrow(RangeError);
    expect(() => firstOpenMonth(2026, "30/11/2026")).toThrow(RangeError);
    expect(() => firstOpenMonth(2026.5, "2026-11-30")).toThrow(RangeError);
  });
});

describe("resplitPlan", () => {
  const plan = [10, 10, 10, 20, 20, 20, 30, 30, 30, 40, 40, 40]; // 300

  it("keeps the past months and splits the rest of a raise over the months ahead in proportion to their plan", () => {
    // From October: Jan..Sep keep 180; 420 − 180 = 240 over Oct..Dec (40, 40, 40) → 80 each.
    expect(resplitPlan(plan, 420, 10)).toEqual([10, 10, 10, 20, 20, 20, 30, 30, 30, 80, 80, 80]);
  });

  it("takes a cut from the months ahead only, while they can absorb it", () => {
    expect(resplitPlan(plan, 190, 10)).toEqual([10, 10, 10, 20, 20, 20, 30, 30, 30, 4, 3, 3]);
    expect(resplitPlan(plan, 180, 10)).toEqual([10, 10, 10, 20, 20, 20, 30, 30, 30, 0, 0, 0]);
  });

  it("lowers the latest past months when the cut is below what the past planned, the months ahead at 0", () => {
    // Past Jan..Sep = 180; a ceiling of 125 takes 55 from Sep (30), Aug (25 of 30).
    expect(resplitPlan(plan, 125, 10)).toEqual([10, 10, 10, 20, 20, 20, 30, 5, 0, 0, 0, 0]);
    expect(resplitPlan(plan, 0, 10)).toEqual(Array(12).fill(0));
  });

  it("re-splits every month from January (a year still ahead) as the proportional plan", () => {
    expect(resplitPlan(plan, 600, 1)).toEqual(plan.map((v) => v * 2));
    expect(resplitPlan(plan, 1_000_001, 1)).toEqual(disbursementPlan(1_000_001, plan));
  });

  it("uses the default profile's months ahead when the months ahead planned nothing", () => {
    const front = [100, 100, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const expected = disbursementPlan(300, DISBURSEMENT_PROFILE.map((w, i) => (i < 6 ? 0 : w)));
    expect(resplitPlan(front, 600, 7)).toEqual([100, 100, 100, 0, 0, 0, ...expected.slice(6)]);
    expect(sum(expected.slice(6))).toBe(300);
  });

  it("leaves only December open for a past year", () => {
    expect(resplitPlan(plan, 350, firstOpenMonth(2025, "2026-02-01"))).toEqual([10, 10, 10, 20, 20, 20, 30, 30, 30, 40, 40, 90]);
  });

  it("refuses bad input as a programmer error", () => {
    expect(() => resplitPlan(plan.slice(1), 100, 1)).toThrow(RangeError);
    expect(() => resplitPlan(plan, -1, 1)).toThrow(RangeError);
    expect(() => resplitPlan(plan, 100, 0)).toThrow(RangeError);
    expect(() => resplitPlan(plan, 100, 13)).toThrow(RangeError);
    expect(() => resplitPlan([...plan.slice(1), 1.5], 100, 1)).toThrow(RangeError);
  });

  it("always sums to the ceiling, never goes negative, and keeps the past when the ceiling covers it", () => {
    const month = fc.nat({ max: 1_000_000_000 });
    fc.assert(
      fc.property(fc.array(month, { minLength: 12, maxLength: 12 }), fc.nat({ max: 20_000_000_000 }), fc.integer({ min: 1, max: 12 }), (p, ceiling, from) => {
        const out = resplitPlan(p, ceiling, from);
        expect(out).toHaveLength(12);
        expect(sum(out)).toBe(ceiling);
        expect(out.every((v) => Number.isSafeInteger(v) && v >= 0)).toBe(true);
        const past = sum(p.slice(0, from - 1));
        if (ceiling >= past) expect(out.slice(0, from - 1)).toEqual(p.slice(0, from - 1));
        else expect(out.slice(0, from - 1).every((v, i) => v <= p[i]!)).toBe(true);
      }),
    );
  });
});
