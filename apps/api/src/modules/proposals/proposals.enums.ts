import { describedEnum } from "../../kit/enum-of";
import { PROPOSAL_STATUSES } from "./training-proposal.entity";

export const PROPOSAL_DECISIONS = ["ACCEPT", "RETURN"] as const;
export type ProposalDecision = (typeof PROPOSAL_DECISIONS)[number];

export const ProposalStatusEnum = describedEnum("ProposalStatus", "Where a training proposal stands.", PROPOSAL_STATUSES, {
  SUBMITTED: "Sent by a unit, awaiting an administrator's decision.",
  ACCEPTED: "Accepted by an administrator; it can become a candidate programme of the plan.",
  RETURNED: "Returned to the unit with a reason.",
});

export const ProposalDecisionEnum = describedEnum("ProposalDecision", "An administrator's decision on a submitted proposal.", PROPOSAL_DECISIONS, {
  ACCEPT: "Accept the proposal.",
  RETURN: "Return it to the unit; a reason is required.",
});
