export type { Result, DomainError } from "./result.js";
export { ok, err, domainError } from "./result.js";
export { isLeapYear, daysInMonth, isValidCalendarDate, toIsoDate, toIsoMonth, monthIndex } from "./calendar.js";
export { readIsoDate, checkDateOfRecord, checkDateInYear, jakartaDate } from "./date-of-record.js";
export { normalizeText, textLength, checkTextLength } from "./text.js";
export type { TextLengthProblem } from "./text.js";
export { checkText, escapeSpreadsheetCell, isWellFormedText, TEXT_INVALID_REASONS } from "./text-check.js";
export type { TextRule, TextError, TextInvalidReason } from "./text-check.js";
export {
  COMPETENCY_CODE_MAX_LENGTH,
  COMPETENCY_NAME_MIN_LENGTH,
  COMPETENCY_NAME_MAX_LENGTH,
  COMPETENCY_DESCRIPTION_MAX_LENGTH,
  PERSON_NAME_MIN_LENGTH,
  PERSON_NAME_MAX_LENGTH,
  POSITION_TITLE_MIN_LENGTH,
  POSITION_TITLE_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  PHONE_MAX_LENGTH,
  PROPOSAL_TITLE_MIN_LENGTH,
  PROPOSAL_TITLE_MAX_LENGTH,
  PROPOSAL_JUSTIFICATION_MIN_LENGTH,
  PROPOSAL_JUSTIFICATION_MAX_LENGTH,
  PROPOSAL_RETURN_REASON_MIN_LENGTH,
  PROPOSAL_RETURN_REASON_MAX_LENGTH,
  CANDIDATE_TITLE_MIN_LENGTH,
  CANDIDATE_TITLE_MAX_LENGTH,
  UNIT_NAME_MIN_LENGTH,
  UNIT_NAME_MAX_LENGTH,
  UNIT_CODE_MAX_LENGTH,
  CYCLE_NAME_MAX_LENGTH,
  USERNAME_MAX_LENGTH,
  DISPLAY_NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  SEARCH_TEXT_MAX_LENGTH,
  FILE_NAME_MAX_LENGTH,
} from "./text-limits.js";
export { ERROR_CODES, GRAPHQL_ERROR_CODES, isErrorCodeName } from "./error-codes.js";
export type { ErrorCodeName, GraphqlErrorCode } from "./error-codes.js";
export { parseEmail } from "./email.js";
export { parsePhone } from "./phone.js";
export { roundHalfUp } from "./rounding.js";
