/**
 * The closed catalogue of error codes a client can see: every `extensions.domainCode` of a GraphQL
 * error and every `code` of an import row, each mapped to the GraphQL `extensions.code` it travels
 * under. The domain's own codes, the API's, and the import rows' share one namespace; a code means
 * the same thing wherever it appears. The API types its errors against {@link ErrorCodeName}; the
 * admin app's catalogue test iterates this record so that every code has a translation.
 *
 * Adding a code: add it here first (the domain test `error-codes.spec.ts` fails while a domain
 * source returns a code missing here).
 */

/** The GraphQL `extensions.code` values a client-caused failure may carry. */
export const GRAPHQL_ERROR_CODES = [
  "BAD_USER_INPUT",
  "CONFLICT",
  "NOT_FOUND",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "TOO_MANY_REQUESTS",
] as const;
export type GraphqlErrorCode = (typeof GRAPHQL_ERROR_CODES)[number];

const BAD = "BAD_USER_INPUT";
const CONFLICT = "CONFLICT";

export const ERROR_CODES = Object.freeze({
  // Organisation (validateEmployee, parseNip, parsePppkNumber, parsePersonName, parseEmail, parsePhone)
  INVALID_NIP: BAD,
  INVALID_PPPK_NUMBER: BAD,
  INVALID_NAME: BAD,
  INVALID_EMPLOYMENT_TYPE: BAD,
  UNKNOWN_RANK: BAD,
  RANK_MISMATCH: BAD,
  INVALID_POSITION_KIND: BAD,
  INVALID_POSITION_TITLE: BAD,
  FUNCTIONAL_GRADE_REQUIRED: BAD,
  FUNCTIONAL_GRADE_NOT_ALLOWED: BAD,
  INVALID_FUNCTIONAL_GRADE: BAD,
  INVALID_EMAIL: BAD,
  INVALID_PHONE: BAD,
  // Competency (validateCompetency, validateAssessmentLevel, checkAssessmentSource)
  INVALID_COMPETENCY_CODE: BAD,
  INVALID_COMPETENCY_NAME: BAD,
  INVALID_COMPETENCY_KIND: BAD,
  INVALID_COMPETENCY_DESCRIPTION: BAD,
  INVALID_LEVEL: BAD,
  INVALID_SOURCE: BAD,
  // Needs (gaps, JPM, SKP, priority, aggregates, proposals)
  NO_STANDARDS: BAD,
  INVALID_SKP_RATING: BAD,
  INVALID_PRIORITY_INPUT: BAD,
  INVALID_WEIGHT: BAD,
  ALL_WEIGHTS_ZERO: BAD,
  INVALID_NEED_ROW: BAD,
  PROPOSAL_ALREADY_DECIDED: CONFLICT,
  PROPOSAL_NOT_ACCEPTED: CONFLICT,
  PROPOSAL_ALREADY_HAS_CANDIDATE: CONFLICT,
  // Planning (selectProgrammesWithinBudget and the candidate rules)
  INVALID_CEILING: BAD,
  TOO_MANY_CANDIDATES: BAD,
  INVALID_ID: BAD,
  DUPLICATE_ID: BAD,
  INVALID_COST: BAD,
  INVALID_VALUE: BAD,
  TOTAL_COST_TOO_LARGE: BAD,
  MANDATORY_OVER_CEILING: BAD,
  INVALID_PARTICIPANTS: BAD,
  INVALID_NEED: BAD,
  DUPLICATE_NEED: BAD,
  TOTAL_VALUE_TOO_LARGE: BAD,
  INVALID_JP: BAD,
  INVALID_MANDATORY: BAD,
  PLAN_NOT_ADOPTED: CONFLICT,
  DUPLICATE_COMPETENCY: BAD,
  NOT_WHOLE_RUPIAH: BAD,
  INVALID_AMOUNT: BAD,
  PLAN_NOT_DRAFT: CONFLICT,
  PLAN_ALREADY_ADOPTED: CONFLICT,
  INVALID_YEAR: BAD,
  INVALID_COMPETENCIES: BAD,
  // Delivery (creditJp, the programme/batch/nomination transitions, checkSessionFee)
  UNKNOWN_KIND: BAD,
  INVALID_ACTIVITY: BAD,
  INVALID_TRANSITION: BAD,
  FEE_ABOVE_CEILING: BAD,
  INVALID_TIME: BAD,
  // Evaluation and survey (nGainResult, summariseReaction, summariseBehaviour, computeIkm; issue 9).
  // INVALID_SCORE is listed with the API's attendance codes.
  NO_RESPONSES: BAD,
  ELEMENT_UNANSWERED: BAD,
  INVALID_INSTRUMENT: BAD,
  INVALID_RESULTS_INPUT: BAD,
  // Shared (checkText, checkDateOfRecord, checkDateInYear)
  INVALID_TEXT: BAD,
  INVALID_DATE: BAD,
  DATE_OUTSIDE_YEAR: BAD,
  // API: input mechanics
  INVALID_FIELD: BAD,
  INVALID_CURSOR: BAD,
  PAGE_SIZE: BAD,
  LIST_TOO_LONG: BAD,
  QUERY_TOO_COMPLEX: BAD,
  INVALID_TITLE: BAD,
  INVALID_JUSTIFICATION: BAD,
  RETURN_REASON_REQUIRED: BAD,
  UNKNOWN_COMPETENCY: BAD,
  UNKNOWN_UNIT: BAD,
  UNKNOWN_EMPLOYEE: BAD,
  // API: file imports (a request error or an import row's code)
  EMPTY_FILE: BAD,
  FILE_TOO_LARGE: BAD,
  SHEET_TOO_LARGE: BAD,
  UNREADABLE_FILE: BAD,
  TOO_MANY_ROWS: BAD,
  NUMERIC_NIP_CELL: BAD,
  FORMULA_CELL: BAD,
  CELL_TOO_LONG: BAD,
  DUPLICATE_ROW: BAD,
  // API: delivery (programmes, batches, sessions, speakers, nominations; issue 8)
  SCHEDULE_CONFLICT: CONFLICT,
  ALREADY_NOMINATED: CONFLICT,
  NOMINATIONS_CLOSED: CONFLICT,
  BATCH_CLOSED: CONFLICT,
  SESSION_IN_USE: CONFLICT,
  PROGRAMME_ALREADY_CREATED: CONFLICT,
  NOT_IN_PLAN: BAD,
  UNKNOWN_SPEAKER: BAD,
  INVALID_URL: BAD,
  INVALID_CAPACITY: BAD,
  PROGRAMME_HAS_ACTIVE_BATCHES: CONFLICT,
  PROGRAMME_CLOSED: CONFLICT,
  // API: attendance, scores, completion, certificates, QR check-in (issue 8)
  BATCH_NOT_RUNNING: CONFLICT,
  BATCH_NOT_COMPLETED: CONFLICT,
  BATCH_HAS_NO_SESSIONS: CONFLICT,
  NOT_A_PARTICIPANT: BAD,
  DUPLICATE_PARTICIPANT: BAD,
  UNKNOWN_SESSION: BAD,
  AMBIGUOUS_SESSION: BAD,
  INVALID_PRESENCE: BAD,
  INVALID_SCORE: BAD,
  CHECK_IN_EXPIRED: BAD,
  CHECK_IN_INVALID: BAD,
  CHECK_IN_RATE_LIMITED: "TOO_MANY_REQUESTS",
  CERTIFICATE_ALREADY_REVOKED: CONFLICT,
  INVALID_REVOCATION_REASON: BAD,
  // API: learning records and the JP ledger (issue 8)
  KIND_NOT_RECORDABLE: BAD,
  EVIDENCE_REQUIRED: BAD,
  UNSUPPORTED_FILE_TYPE: BAD,
  REJECTION_REASON_REQUIRED: BAD,
  RECORD_ALREADY_DECIDED: CONFLICT,
  // API: state and concurrency
  STALE_VERSION: CONFLICT,
  DUPLICATE_NIP: CONFLICT,
  DUPLICATE_CODE: CONFLICT,
  ALREADY_INACTIVE: CONFLICT,
  UNIQUE_VIOLATION: CONFLICT,
  CONCURRENT_CHANGE: CONFLICT,
  // API: authentication and access
  BAD_CREDENTIALS: "UNAUTHENTICATED",
  TOKEN_REVOKED: "UNAUTHENTICATED",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  WRONG_PASSWORD: BAD,
  INVALID_PASSWORD: BAD,
  LOGIN_RATE_LIMITED: "TOO_MANY_REQUESTS",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  // API: evaluation links and improvement actions (issue 9)
  UNKNOWN_REFERENCE: BAD,
  ACTION_CLOSED: CONFLICT,
  // Budget (canSpend, checkStandardCost, applyRevision, checkAccountCode; issue 10) and its API
  BUDGET_EXCEEDED: BAD,
  ABOVE_STANDARD_COST: BAD,
  INVALID_STANDARD_COST_INPUT: BAD,
  INVALID_REVISION: BAD,
  REVISION_BELOW_SPENT: BAD,
  INVALID_ACCOUNT_CODE: BAD,
  REVISION_DECIDED: CONFLICT,
  SPENDING_CANCELLED: CONFLICT,
  INVALID_ATTACHMENT: BAD,
} as const satisfies Readonly<Record<string, GraphqlErrorCode>>);

/** Every code a client can see in `extensions.domainCode` or an import row's `code`. */
export type ErrorCodeName = keyof typeof ERROR_CODES;

/** Whether a string is one of the catalogue's codes. */
export const isErrorCodeName = (code: unknown): code is ErrorCodeName =>
  typeof code === "string" && Object.prototype.hasOwnProperty.call(ERROR_CODES, code);
