import { DEFAULT_COMPLIANCE_PARAMS, jakartaYear, ledgerYears, parseComplianceParams, parseLedgerYear, toComplianceSearchParams } from "./compliance-params";

describe("the dashboard's URL state", () => {
  it("round-trips every field", () => {
    const params = { year: 2026, unitId: "u1", status: "SHORT" as const, list: "warnings" as const, cursors: ["c1", "c2"] };
    expect(parseComplianceParams(toComplianceSearchParams(params))).toEqual(params);
  });

  it("leaves defaults out of the link", () => {
    expect(toComplianceSearchParams(DEFAULT_COMPLIANCE_PARAMS).toString()).toBe("");
  });

  it("ignores what it does not know", () => {
    expect(parseComplianceParams(new URLSearchParams("year=20x6&status=BAD&list=other&unit="))).toEqual(DEFAULT_COMPLIANCE_PARAMS);
  });

  it.each([
    ["2026", 2026],
    ["1999", null],
    ["2101", null],
    ["26", null],
    [null, null],
  ] as const)("reads the year %s as %s", (text, year) => {
    expect(parseLedgerYear(text)).toBe(year);
  });
});

describe("years", () => {
  it("take the year of Asia/Jakarta (UTC+7): 31 Dec 2025 18:00 UTC is already 2026", () => {
    expect(jakartaYear(new Date("2025-12-31T18:00:00Z"))).toBe(2026);
    expect(jakartaYear(new Date("2025-12-31T16:00:00Z"))).toBe(2025);
  });

  it("offer next year down to 2020, newest first, with a chosen year outside them", () => {
    const years = ledgerYears(2026, null);
    expect(years[0]).toBe(2027);
    expect(years.at(-1)).toBe(2020);
    expect(ledgerYears(2026, 2015).at(-1)).toBe(2015);
  });
});
