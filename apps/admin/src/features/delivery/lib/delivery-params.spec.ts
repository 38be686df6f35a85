import {
  hasProgrammeFilters,
  parseCalendarParams,
  parseDeliveryYear,
  parseProgrammeParams,
  PROGRAMME_PAGE_SIZE,
  toCalendarSearchParams,
  toProgrammeSearchParams,
  toProgrammeVariables,
} from "./delivery-params";

describe("programme catalogue URL", () => {
  it("reads year, kinds and statuses in the domain's order and drops unknown values", () => {
    const params = parseProgrammeParams(new URLSearchParams("year=2026&kind=WORKSHOP&kind=SEMINAR&kind=NOPE&status=OPEN&status=DRAFT&after=c1"));
    expect(params).toEqual({ year: 2026, kinds: ["SEMINAR", "WORKSHOP"], statuses: ["DRAFT", "OPEN"], cursors: ["c1"] });
  });

  it("round-trips through the query string", () => {
    const params = { year: 2027, kinds: ["COACHING" as const], statuses: ["RUNNING" as const], cursors: ["a", "b"] };
    expect(parseProgrammeParams(toProgrammeSearchParams(params))).toEqual(params);
  });

  it.each([
    ["2026", 2026],
    ["1999", null],
    ["20266", null],
    ["abc", null],
    [null, null],
  ])("reads the year %s as %s", (text, year) => {
    expect(parseDeliveryYear(text)).toBe(year);
  });

  it("asks the API for the page after the last cursor, filters only when set", () => {
    expect(toProgrammeVariables({ year: null, kinds: [], statuses: [], cursors: [] }, 2026)).toEqual({ first: PROGRAMME_PAGE_SIZE, after: null, filter: { year: 2026 } });
    expect(toProgrammeVariables({ year: 2026, kinds: ["SEMINAR"], statuses: ["OPEN"], cursors: ["x", "y"] }, 2026)).toEqual({
      first: PROGRAMME_PAGE_SIZE,
      after: "y",
      filter: { year: 2026, kinds: ["SEMINAR"], statuses: ["OPEN"] },
    });
  });

  it("says when a filter is set (the year is not a filter)", () => {
    expect(hasProgrammeFilters({ year: 2026, kinds: [], statuses: [], cursors: [] })).toBe(false);
    expect(hasProgrammeFilters({ year: null, kinds: ["SEMINAR"], statuses: [], cursors: [] })).toBe(true);
  });
});

describe("calendar URL", () => {
  it("defaults to this month, and ignores a day that is not one", () => {
    expect(parseCalendarParams(new URLSearchParams(""), "2026-11-30")).toEqual({ view: "month", day: "2026-11-30" });
    expect(parseCalendarParams(new URLSearchParams("view=week&day=2026-02-30"), "2026-11-30")).toEqual({ view: "week", day: "2026-11-30" });
    expect(parseCalendarParams(toCalendarSearchParams({ view: "week", day: "2026-03-09" }), "2026-11-30")).toEqual({ view: "week", day: "2026-03-09" });
  });
});
