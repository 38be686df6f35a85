import { checkRupiah } from "../budget/rupiah.js";
import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";
import { checkText } from "../shared/text-check.js";
import { CANDIDATE_TITLE_MAX_LENGTH, CANDIDATE_TITLE_MIN_LENGTH } from "../shared/text-limits.js";

/** Most competencies one candidate programme develops. */
export const CANDIDATE_MAX_COMPETENCIES = 20;
/** Most participants of one candidate programme. */
export const CANDIDATE_MAX_PARTICIPANTS = 10_000;
/** Most JP (learning hours) of one candidate programme (PKA is 908). */
export const CANDIDATE_MAX_JP = 2_000;

/** A candidate programme as typed in (the admin form, the API input). */
export interface CandidateDraft {
  readonly title: unknown;
  readonly competencyIds: unknown;
  readonly participants: unknown;
  readonly jp: unknown;
  /** Estimated cost, whole rupiah. */
  readonly cost: unknown;
  readonly mandatory?: unknown;
}

export interface ValidCandidate {
  /** Trimmed, single spaces, NFC. */
  readonly title: string;
  /** As given: at least one, none twice. */
  readonly competencyIds: readonly string[];
  readonly participants: number;
  readonly jp: number;
  readonly cost: number;
  readonly mandatory: boolean;
}

export const CANDIDATE_ERROR_CODES = [
  "INVALID_TITLE",
  "INVALID_COMPETENCIES",
  "DUPLICATE_COMPETENCY",
  "INVALID_PARTICIPANTS",
  "INVALID_JP",
  "INVALID_AMOUNT",
  "INVALID_MANDATORY",
] as const;
export type CandidateErrorCode = (typeof CANDIDATE_ERROR_CODES)[number];
export type CandidateError = DomainError<CandidateErrorCode> & { readonly field: string };

const fail = (code: CandidateErrorCode, field: string, message: string, reason?: string): Result<never, CandidateError> =>
  err({ ...domainError(code, message, reason === undefined ? {} : { reason }), field });

const checkCompetencies = (ids: unknown): Result<readonly string[], CandidateError> => {
  if (!Array.isArray(ids) || ids.length === 0) return fail("INVALID_COMPETENCIES", "competencyIds", "Choose at least one competency", "EMPTY");
  if (ids.length > CANDIDATE_MAX_COMPETENCIES) {
    return fail("INVALID_COMPETENCIES", "competencyIds", `At most ${CANDIDATE_MAX_COMPETENCIES} competencies`, "TOO_MANY");
  }
  const seen = new Set<string>();
  for (const id of ids) {
    if (typeof id !== "string" || id.trim() === "") return fail("INVALID_COMPETENCIES", "competencyIds", "Every competency id must be a non-blank string", "INVALID_ID");
    if (seen.has(id)) return fail("DUPLICATE_COMPETENCY", "competencyIds", `Competency ${id} is listed twice: it would count its participants twice`);
    seen.add(id);
  }
  return ok(ids as string[]);
};

const checkCount = (value: unknown, field: "participants" | "jp", max: number): Result<number, CandidateError> => {
  const code = field === "participants" ? "INVALID_PARTICIPANTS" : "INVALID_JP";
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) return fail(code, field, `${field} must be a whole number of at least 1`, "NOT_POSITIVE_INTEGER");
  if (value > max) return fail(code, field, `${field} must be at most ${max}`, "TOO_LARGE");
  return ok(value);
};

/**
 * The rules of a candidate programme, every field checked (one error per field, in the order
 * title, competencyIds, participants, jp, cost, mandatory):
 *
 * | code | field | reason |
 * |---|---|---|
 * | INVALID_TITLE | title | `checkText`'s: EMPTY, LONE_SURROGATE, CONTROL_CHARACTER, BIDI_CONTROL, FORMULA, TOO_SHORT, TOO_LONG (3..200) |
 * | INVALID_COMPETENCIES | competencyIds | EMPTY, TOO_MANY (over 20), INVALID_ID |
 * | DUPLICATE_COMPETENCY | competencyIds | (a competency listed twice would count its participants twice) |
 * | INVALID_PARTICIPANTS | participants | NOT_POSITIVE_INTEGER, TOO_LARGE (over 10,000) |
 * | INVALID_JP | jp | NOT_POSITIVE_INTEGER, TOO_LARGE (over 2,000) |
 * | INVALID_AMOUNT | cost | `checkRupiah`'s: NOT_INTEGER, NEGATIVE, TOO_LARGE |
 * | INVALID_MANDATORY | mandatory | given and not a boolean |
 *
 * Whether the competencies exist is the caller's check (the domain has no store).
 */
export const validateCandidate = (input: CandidateDraft): Result<ValidCandidate, readonly CandidateError[]> => {
  const draft: Partial<CandidateDraft> = typeof input === "object" && input !== null ? input : {};
  const errors: CandidateError[] = [];
  const take = <T>(result: Result<T, CandidateError>): T | null => {
    if (result.ok) return result.value;
    errors.push(result.error);
    return null;
  };
  const title = take(checkText(draft.title, { field: "title", min: CANDIDATE_TITLE_MIN_LENGTH, max: CANDIDATE_TITLE_MAX_LENGTH, code: "INVALID_TITLE" }));
  const competencyIds = take(checkCompetencies(draft.competencyIds));
  const participants = take(checkCount(draft.participants, "participants", CANDIDATE_MAX_PARTICIPANTS));
  const jp = take(checkCount(draft.jp, "jp", CANDIDATE_MAX_JP));
  const cost = take(checkRupiah(draft.cost, "cost"));
  const mandatory = draft.mandatory;
  if (mandatory !== undefined && mandatory !== null && typeof mandatory !== "boolean") {
    errors.push({ ...domainError("INVALID_MANDATORY", "mandatory must be true or false"), field: "mandatory" });
  }
  if (errors.length > 0 || title === null || competencyIds === null || participants === null || jp === null || cost === null) return err(errors);
  return ok({ title, competencyIds, participants, jp, cost, mandatory: mandatory === true });
};
