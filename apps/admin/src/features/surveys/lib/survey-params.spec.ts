import { parseDashboardParams, parseSettingsParams, parseUnitPageParams, toDashboardSearchParams, toServiceUnitVariables, toSettingsSearchParams, toUnitPageSearchParams } from "./survey-params";

describe("survey URL state", () => {
  it("round-trips the dashboard's period, unit and cursors", () => {
    const query = new URLSearchParams("period=p1&unit=u1&after=c1&after=c2");
    const params = parseDashboardParams(query);
    expect(params).toEqual({ periodId: "p1", unitId: "u1", cursors: ["c1", "c2"] });
    expect(toDashboardSearchParams(params).toString()).toBe(query.toString());
    expect(toDashboardSearchParams({ periodId: null, unitId: null, cursors: [] }).toString()).toBe("");
  });

  it("keeps a known kind only, and a search of at most 100 characters", () => {
    expect(parseSettingsParams(new URLSearchParams("kind=HOSPITAL&q=rsud")).kind).toBe("HOSPITAL");
    expect(parseSettingsParams(new URLSearchParams("kind=CASTLE")).kind).toBeNull();
    expect(parseSettingsParams(new URLSearchParams(`q=${"a".repeat(150)}`)).search).toHaveLength(100);
    expect(toSettingsSearchParams({ search: "  ", kind: "VILLAGE", cursors: [] }).toString()).toBe("kind=VILLAGE");
  });

  it("sends no blank search to the API", () => {
    expect(toServiceUnitVariables({ search: "  ", kind: null, cursors: ["c1"] }, 20)).toEqual({ search: null, kind: null, first: 20, after: "c1" });
    expect(toServiceUnitVariables({ search: " pkm ", kind: "HEALTH_CENTRE", cursors: [] }, 20).search).toBe("pkm");
  });

  it("reads a unit page's period and training year", () => {
    expect(parseUnitPageParams(new URLSearchParams("period=p2&year=2026"))).toEqual({ periodId: "p2", year: 2026 });
    expect(parseUnitPageParams(new URLSearchParams("year=26"))).toEqual({ periodId: null, year: null });
    expect(toUnitPageSearchParams({ periodId: null, year: 2025 }).toString()).toBe("year=2025");
  });
});
