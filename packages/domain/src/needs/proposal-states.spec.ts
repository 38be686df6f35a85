import { PROPOSAL_EVENTS, PROPOSAL_STATUSES, PROPOSAL_TRANSITIONS, transitionProposal, type ProposalEvent, type ProposalStatus } from "./proposal-states.js";

describe("transitionProposal", () => {
  it.each([
    ["SUBMITTED", "ACCEPT", "ACCEPTED"],
    ["SUBMITTED", "RETURN", "RETURNED"],
  ] as const)("%s on %s becomes %s", (state, event, next) => {
    expect(transitionProposal(state, event)).toEqual({ ok: true, value: next });
  });

  it.each([
    ["ACCEPTED", "ACCEPT"],
    ["ACCEPTED", "RETURN"],
    ["RETURNED", "ACCEPT"],
    ["RETURNED", "RETURN"],
  ] as const)("refuses %s on %s as PROPOSAL_ALREADY_DECIDED", (state, event) => {
    expect(transitionProposal(state, event)).toEqual({
      ok: false,
      error: { code: "PROPOSAL_ALREADY_DECIDED", field: "id", message: expect.stringContaining(state) },
    });
  });

  it("follows the table for every status and event, and a decision is final", () => {
    for (const state of PROPOSAL_STATUSES) {
      for (const event of PROPOSAL_EVENTS) {
        const next = PROPOSAL_TRANSITIONS[state][event];
        expect(transitionProposal(state, event).ok).toBe(next !== undefined);
        if (next !== undefined) expect(Object.keys(PROPOSAL_TRANSITIONS[next])).toEqual([]);
      }
    }
  });

  it("throws a RangeError on an unknown status or event (a programmer error)", () => {
    expect(() => transitionProposal("DRAFT" as ProposalStatus, "ACCEPT")).toThrow(RangeError);
    expect(() => transitionProposal("SUBMITTED", "accept" as ProposalEvent)).toThrow(RangeError);
  });
});
