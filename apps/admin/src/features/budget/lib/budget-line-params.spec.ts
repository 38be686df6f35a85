import { parseLinePageParams, parseRevisionsParams, toLinePageSearchParams, toRevisionsSearchParams } from "./budget-line-params";

describe("budget line and revisions URL state", () => {
  it("lists cancelled entries unless told not to, and keeps the cursors", () => {
    expect(parseLinePageParams(new URLSearchParams(""))).toEqual({ includeCancelled: true, cursors: [] });
    const params = parseLinePageParams(new URLSearchParams("cancelled=0&after=c1&after=c2"));
    expect(params).toEqual({ includeCancelled: false, cursors: ["c1", "c2"] });
    expect(toLinePageSearchParams(params).toString()).toBe("cancelled=0&after=c1&after=c2");
    expect(toLinePageSearchParams({ includeCancelled: true, cursors: [] }).toString()).toBe("");
  });

  it("reads a year and a known status only", () => {
    expect(parseRevisionsParams(new URLSearchParams("year=2026&status=REQUESTED&after=x"))).toEqual({ year: 2026, status: "REQUESTED", cursors: ["x"] });
    expect(parseRevisionsParams(new URLSearchParams("year=26&status=DONE"))).toEqual({ year: null, status: null, cursors: [] });
    expect(toRevisionsSearchParams({ year: 2025, status: "APPROVED", cursors: [] }).toString()).toBe("year=2025&status=APPROVED");
  });
});
