import { withFilters } from "../../../ui/cursor-list";
import { DEFAULT_PROPOSAL_PARAMS, hasProposalFilters, parseProposalParams, toProposalSearchParams, toProposalVariables, type ProposalParams } from "./proposal-params";

describe("proposals URL state", () => {
  it("shows the planned year's proposals in every status by default", () => {
    expect(parseProposalParams(new URLSearchParams(""))).toEqual(DEFAULT_PROPOSAL_PARAMS);
    expect(toProposalVariables(DEFAULT_PROPOSAL_PARAMS, 2027)).toEqual({ first: 20, after: null, filter: { year: 2027 } });
    expect(hasProposalFilters(DEFAULT_PROPOSAL_PARAMS)).toBe(false);
  });

  it("ignores unknown statuses (an old status=ALL link shows every status)", () => {
    expect(parseProposalParams(new URLSearchParams("status=ALL&status=NOPE")).statuses).toEqual([]);
    expect(parseProposalParams(new URLSearchParams("status=RETURNED&status=SUBMITTED&status=RETURNED")).statuses).toEqual(["SUBMITTED", "RETURNED"]);
  });

  it("round-trips every filter and the cursors", () => {
    const params: ProposalParams = { year: 2027, statuses: ["SUBMITTED", "ACCEPTED"], unitId: "5", cursors: ["c1"] };
    const query = toProposalSearchParams(params);
    expect(query.toString()).toBe("year=2027&status=SUBMITTED&status=ACCEPTED&unit=5&after=c1");
    expect(parseProposalParams(query)).toEqual(params);
  });

  it("asks for the chosen statuses and unit, and restarts paging on a filter change", () => {
    const params: ProposalParams = { year: 2027, statuses: ["ACCEPTED"], unitId: "5", cursors: ["c1", "c2"] };
    expect(toProposalVariables(params, 2027)).toEqual({ first: 20, after: "c2", filter: { year: 2027, statuses: ["ACCEPTED"], unitId: "5" } });
    expect(withFilters(params, { statuses: [] }).cursors).toEqual([]);
  });
});
