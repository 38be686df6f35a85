import {
  DEFAULT_LIST_PARAMS,
  parseListParams,
  toQueryVariables,
  toSearchParams,
  type EmployeeListParams,
} from "./employee-list-params";
import { nextPage, previousPage, withFilters } from "../../../ui/cursor-list";

const full: EmployeeListParams = {
  search: "budi",
  unitId: "12",
  rankCodes: ["III/a", "III/b"],
  positionKinds: ["FUNGSIONAL", "PELAKSANA"],
  employmentType: "PNS",
  gender: "FEMALE",
  status: "all",
  sort: { key: "rank", order: "desc" },
  pageSize: 50,
  cursors: ["c1", "c2"],
};

describe("employee list URL state", () => {
  it("round-trips every filter, the sort, the page size and the cursor stack through the query string", () => {
    expect(parseListParams(new URLSearchParams(toSearchParams(full).toString()))).toEqual(full);
  });

  it("leaves defaults out of the URL", () => {
    expect(toSearchParams(DEFAULT_LIST_PARAMS).toString()).toBe("");
  });

  it.each([
    ["size=33", { pageSize: 20 }],
    ["status=deleted", { status: "active" }],
    ["sort=salary.asc", { sort: null }],
    ["sort=name.sideways", { sort: null }],
    ["kind=KING&kind=PENGAWAS", { positionKinds: ["PENGAWAS"] }],
    ["type=TNI&gender=X", { employmentType: null, gender: null }],
  ])("ignores what it does not know in %s", (query, expected) => {
    expect(parseListParams(new URLSearchParams(query))).toMatchObject(expected);
  });

  it("keeps a stack of cursors: next pushes, previous pops", () => {
    const page2 = nextPage(DEFAULT_LIST_PARAMS, "end1");
    const page3 = nextPage(page2, "end2");
    expect(page3.cursors).toEqual(["end1", "end2"]);
    expect(toQueryVariables(page3).after).toBe("end2");
    expect(previousPage(page3).cursors).toEqual(["end1"]);
    expect(toQueryVariables(previousPage(page2)).after).toBeNull();
  });

  it("starts again at page 1 when a filter changes", () => {
    expect(withFilters(full, { gender: "MALE" }).cursors).toEqual([]);
  });

  it("turns the state into the variables of the employees query", () => {
    expect(toQueryVariables(full)).toEqual({
      first: 50,
      after: "c2",
      filter: {
        active: null,
        search: "budi",
        unitId: "12",
        rankCodes: ["III/a", "III/b"],
        positionKinds: ["FUNGSIONAL", "PELAKSANA"],
        employmentType: "PNS",
        gender: "FEMALE",
      },
      sort: { field: "RANK", direction: "DESC" },
    });
    expect(toQueryVariables(DEFAULT_LIST_PARAMS)).toEqual({ first: 20, after: null, filter: { active: true }, sort: null });
    expect(toQueryVariables(withFilters(DEFAULT_LIST_PARAMS, { status: "inactive" })).filter).toEqual({ active: false });
  });
});
