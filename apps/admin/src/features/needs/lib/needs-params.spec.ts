import {
  DEFAULT_NEEDS_PARAMS,
  parseNeedsParams,
  sharedNeedsSearch,
  toNeedsFilter,
  toNeedsSearchParams,
} from "./needs-params";
import { nextPage, previousPage, withFilters } from "../../../ui/cursor-list";

describe("needs URL state", () => {
  it("reads every parameter and ignores unknown values", () => {
    const params = parseNeedsParams(
      new URLSearchParams("year=2026&ck=TECHNICAL&pk=NOPE&unit=12&competency=7&parent=3&color=share&size=50&after=a&after=b"),
    );
    expect(params).toEqual({
      year: 2026,
      competencyKind: "TECHNICAL",
      positionKind: null,
      unitId: "12",
      competencyId: "7",
      parentUnitId: "3",
      color: "share",
      pageSize: 50,
      cursors: ["a", "b"],
    });
    expect(parseNeedsParams(new URLSearchParams("year=26&size=7&color=x"))).toEqual(DEFAULT_NEEDS_PARAMS);
  });

  it("round-trips, leaving defaults out", () => {
    const params = { ...DEFAULT_NEEDS_PARAMS, year: 2026, positionKind: "PELAKSANA" as const, cursors: ["c1"] };
    const query = toNeedsSearchParams(params);
    expect(query.toString()).toBe("year=2026&pk=PELAKSANA&after=c1");
    expect(parseNeedsParams(query)).toEqual(params);
    expect(toNeedsSearchParams(DEFAULT_NEEDS_PARAMS).toString()).toBe("");
  });

  it("starts again at page 1 when a filter changes and keeps a stack of cursors", () => {
    const page3 = nextPage(nextPage(DEFAULT_NEEDS_PARAMS, "c1"), "c2");
    expect(page3.cursors).toEqual(["c1", "c2"]);
    expect(previousPage(page3).cursors).toEqual(["c1"]);
    expect(withFilters(page3, { competencyKind: "MANAGERIAL" }).cursors).toEqual([]);
  });

  it("carries the year and the kinds from tab to tab, nothing else", () => {
    expect(sharedNeedsSearch(new URLSearchParams("year=2026&ck=MANAGERIAL&unit=4&after=x"))).toBe("?year=2026&ck=MANAGERIAL");
    expect(sharedNeedsSearch(new URLSearchParams(""))).toBe("");
  });

  it("builds the API filter, leaving the unit out for the heatmap", () => {
    const params = { ...DEFAULT_NEEDS_PARAMS, competencyKind: "TECHNICAL" as const, unitId: "4", competencyId: "9" };
    expect(toNeedsFilter(params, 2026)).toEqual({ year: 2026, competencyKind: "TECHNICAL", unitId: "4", competencyId: "9" });
    expect(toNeedsFilter(params, 2026, false)).toEqual({ year: 2026, competencyKind: "TECHNICAL" });
  });
});
