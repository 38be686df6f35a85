import { PROPOSAL_EVENTS, PROPOSAL_STATUSES, type ProposalEvent } from "@bina/domain";
import { describedEnum } from "../../kit/enum-of";

/** An administrator's decision is an event of the domain's proposal state machine. */
export type ProposalDecision = ProposalEvent;

export const ProposalStatusEnum = describedEnum("ProposalStatus", "Where a training proposal stands.", PROPOSAL_STATUSES, {
  SUBMITTED: "Sent by a unit, awaiting an administrator's decision.",
  ACCEPTED: "Accepted by an administrator; it can become a candidate programme of the plan.",
  RETURNED: "Returned to the unit with a reason.",
});

export const ProposalDecisionEnum = describedEnum("ProposalDecision", "An administrator's decision on a submitted proposal.", PROPOSAL_EVENTS, {
  ACCEPT: "Accept the proposal.",
  RETURN: "Return it to the unit; a reason is required.",
});
