import {
  checkText,
  PROPOSAL_JUSTIFICATION_MAX_LENGTH,
  PROPOSAL_JUSTIFICATION_MIN_LENGTH,
  PROPOSAL_RETURN_REASON_MAX_LENGTH,
  PROPOSAL_RETURN_REASON_MIN_LENGTH,
  PROPOSAL_TITLE_MAX_LENGTH,
  PROPOSAL_TITLE_MIN_LENGTH,
} from "@bina/domain";

/** The domain's text rule for each free-text field of a proposal (field errors name the input field). */
export const proposalTitle = (value: string) =>
  checkText(value, { field: "title", min: PROPOSAL_TITLE_MIN_LENGTH, max: PROPOSAL_TITLE_MAX_LENGTH, code: "INVALID_TITLE" });

export const proposalJustification = (value: string) =>
  checkText(value, {
    field: "justification",
    min: PROPOSAL_JUSTIFICATION_MIN_LENGTH,
    max: PROPOSAL_JUSTIFICATION_MAX_LENGTH,
    multiline: true,
    code: "INVALID_JUSTIFICATION",
  });

export const decisionReason = (value: string) =>
  checkText(value, { field: "reason", min: PROPOSAL_RETURN_REASON_MIN_LENGTH, max: PROPOSAL_RETURN_REASON_MAX_LENGTH, multiline: true });
