import { DEFAULT_PROPOSAL_PARAMS, parseProposalParams, toProposalSearchParams, toProposalVariables, type ProposalParams } from "./proposal-params";
import { withFilters } from "../../../ui/cursor-list";

describe("proposals URL state", () => {
  it("shows what waits for a decision by default", () => {
    expect(parseProposalParams(new URLSearchParams(""))).toEqual(DEFAULT_PROPOSAL_PARAMS);
    expect(parseProposalParams(new URLSearchParams("status=NOPE")).status).toBe("SUBMITTED");
  });

  it("round-trips every filter and the cursors", () => {
    const params = { status: "ALL" as const, year: 2027, unitId: "5", cursors: ["c1"] };
    const query = toProposalSearchParams(params);
    expect(query.toString()).toBe("status=ALL&year=2027&unit=5&after=c1");
    expect(parseProposalParams(query)).toEqual(params);
  });

  it("asks for every status when ALL is chosen and restarts paging on a filter change", () => {
    const params: ProposalParams = { status: "ALL", year: 2027, unitId: null, cursors: ["c1", "c2"] };
    expect(toProposalVariables(params)).toEqual({ first: 20, after: "c2", status: null, year: 2027, unitId: null });
    expect(withFilters(params, { status: "ACCEPTED" }).cursors).toEqual([]);
  });
});
