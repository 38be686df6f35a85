import { budgetLinePath, fiscalYearOptions, parseBudgetParams, parseFiscalYear, pendingRevisionsPath, toBudgetSearchParams } from "./budget-params";

describe("budget overview URL state", () => {
  it("reads a fiscal year the API accepts, and nothing else", () => {
    expect(parseFiscalYear("2026")).toBe(2026);
    expect(parseFiscalYear("1999")).toBeNull();
    expect(parseFiscalYear("2101")).toBeNull();
    expect(parseFiscalYear("26")).toBeNull();
    expect(parseFiscalYear("2026a")).toBeNull();
    expect(parseFiscalYear(null)).toBeNull();
  });

  it("round-trips the year and the unit, leaving the current year out of the URL", () => {
    const params = parseBudgetParams(new URLSearchParams("year=2025&unit=u1"));
    expect(params).toEqual({ year: 2025, unitId: "u1" });
    expect(toBudgetSearchParams(params, 2026).toString()).toBe("year=2025&unit=u1");
    expect(toBudgetSearchParams({ year: 2026, unitId: null }, 2026).toString()).toBe("");
    expect(parseBudgetParams(new URLSearchParams("unit="))).toEqual({ year: null, unitId: null });
  });

  it("offers the next year, this year, two back and the one chosen, newest first", () => {
    expect(fiscalYearOptions(2026, 2026)).toEqual([2027, 2026, 2025, 2024]);
    expect(fiscalYearOptions(2026, 2020)).toEqual([2027, 2026, 2025, 2024, 2020]);
  });

  it("links a line's page and the year's pending revisions", () => {
    expect(budgetLinePath("a/b")).toBe("/budget/lines/a%2Fb");
    expect(pendingRevisionsPath(2026)).toBe("/budget/revisions?year=2026&status=REQUESTED");
  });
});
