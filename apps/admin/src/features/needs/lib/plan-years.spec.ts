import { defaultPlanYear, planningYears } from "./plan-years";

describe("planning years", () => {
  it("offers the cycle years, the years after them, this year and the next", () => {
    expect(planningYears([2026, 2025], 2026)).toEqual([2027, 2026, 2025]);
    expect(planningYears([], 2030)).toEqual([2031, 2030]);
  });

  it("plans for the year after the latest cycle by default", () => {
    expect(defaultPlanYear(2026, 2026)).toBe(2027);
    expect(defaultPlanYear(null, 2030)).toBe(2031);
  });
});
