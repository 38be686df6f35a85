import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";

/**
 * A unit's training proposal (usulan) and its life: a unit submits it; an administrator accepts
 * it or returns it with a reason. A decision is final: a returned need is proposed again as a new
 * proposal, so the history of decisions stays as it was made.
 */
export const PROPOSAL_STATUSES = ["SUBMITTED", "ACCEPTED", "RETURNED"] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** What an administrator can do to a proposal. */
export const PROPOSAL_EVENTS = ["ACCEPT", "RETURN"] as const;
export type ProposalEvent = (typeof PROPOSAL_EVENTS)[number];

/** The whole state machine: from each status, the status each event leads to. A missing entry is not allowed. */
export const PROPOSAL_TRANSITIONS: Readonly<Record<ProposalStatus, Readonly<Partial<Record<ProposalEvent, ProposalStatus>>>>> = {
  SUBMITTED: { ACCEPT: "ACCEPTED", RETURN: "RETURNED" },
  ACCEPTED: {},
  RETURNED: {},
};

export type ProposalTransitionError = DomainError<"PROPOSAL_ALREADY_DECIDED">;

/**
 * The status a proposal in `state` moves to on `event`, from {@link PROPOSAL_TRANSITIONS}; a
 * decided proposal (ACCEPTED, RETURNED) refuses every event with PROPOSAL_ALREADY_DECIDED (a
 * CONFLICT: someone decided it first). The state comes from the database and the event from a
 * GraphQL enum, both closed: an unknown one is a programmer error (RangeError).
 */
export const transitionProposal = (state: ProposalStatus, event: ProposalEvent): Result<ProposalStatus, ProposalTransitionError> => {
  if (!(PROPOSAL_STATUSES as readonly unknown[]).includes(state)) throw new RangeError(`transitionProposal: unknown status ${String(state)}`);
  if (!(PROPOSAL_EVENTS as readonly unknown[]).includes(event)) throw new RangeError(`transitionProposal: unknown event ${String(event)}`);
  const next = PROPOSAL_TRANSITIONS[state][event];
  return next !== undefined
    ? ok(next)
    : err(domainError("PROPOSAL_ALREADY_DECIDED", `This proposal is already ${state}; it cannot be decided again`, { field: "id" }));
};
