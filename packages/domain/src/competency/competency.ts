import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";
import { checkText } from "../shared/text-check.js";
import {
  COMPETENCY_CODE_MAX_LENGTH,
  COMPETENCY_DESCRIPTION_MAX_LENGTH,
  COMPETENCY_NAME_MAX_LENGTH,
  COMPETENCY_NAME_MIN_LENGTH,
} from "../shared/text-limits.js";
import { parseEnumKey } from "../organization/enum-key.js";
import { COMPETENCY_KINDS, type CompetencyKind } from "./competency-kinds.js";
import { competencyRules, type CompetencyRules } from "./competency-rules.js";
import type { Competency } from "./national-competencies.js";

/** A dictionary entry as typed in a form or read from a spreadsheet row: all text, nothing trusted. */
export interface CompetencyDraft {
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly description?: string | null;
}

export type CompetencyField = keyof CompetencyDraft;

export const COMPETENCY_ERROR_CODES = [
  "INVALID_COMPETENCY_CODE",
  "INVALID_COMPETENCY_NAME",
  "INVALID_COMPETENCY_KIND",
  "INVALID_COMPETENCY_DESCRIPTION",
] as const;
export type CompetencyErrorCode = (typeof COMPETENCY_ERROR_CODES)[number];
export type CompetencyError = DomainError<CompetencyErrorCode>;

/** Reasons within INVALID_COMPETENCY_CODE. */
export const COMPETENCY_CODE_INVALID_REASONS = ["EMPTY", "TOO_LONG", "INVALID_FORMAT", "KIND_PREFIX_MISMATCH"] as const;
export type CompetencyCodeInvalidReason = (typeof COMPETENCY_CODE_INVALID_REASONS)[number];

/** A prefix of letters, then one or more dot-separated segments of letters, digits and single underscores. */
const CODE = /^[A-Z]+(?:\.[A-Z0-9]+(?:_[A-Z0-9]+)*)+$/;

/** Codes are read as typed: trimmed, upper-cased, runs of spaces or hyphens become one underscore. */
const normalizeCode = (input: string): string => input.trim().toUpperCase().replace(/[\s-]+/g, "_");

const text = (value: unknown): string => (typeof value === "string" ? value : "");

const checkCode = (input: string, kind: CompetencyKind | null, rules: CompetencyRules): Result<string, CompetencyError> => {
  const code = normalizeCode(input);
  const fail = (reason: CompetencyCodeInvalidReason, message: string): Result<never, CompetencyError> =>
    err(domainError("INVALID_COMPETENCY_CODE", message, { field: "code", reason }));
  if (code.length === 0) return fail("EMPTY", "Competency code is required, e.g. T.PENGELOLAAN_ARSIP");
  if (code.length > COMPETENCY_CODE_MAX_LENGTH) {
    return fail("TOO_LONG", `Competency code must have at most ${COMPETENCY_CODE_MAX_LENGTH} characters`);
  }
  if (!CODE.test(code)) {
    return fail("INVALID_FORMAT", "Competency code must look like PREFIX.NAME in capitals, digits and _, e.g. T.PENGELOLAAN_ARSIP");
  }
  const prefix = kind === null ? null : rules.codePrefixByKind[kind];
  if (prefix !== null && code.slice(0, code.indexOf(".")) !== prefix) {
    return fail("KIND_PREFIX_MISMATCH", `A ${kind} competency code starts with ${prefix}.`);
  }
  return ok(code);
};

const checkName = (input: string): Result<string, CompetencyError> => {
  const name = checkText(input, {
    field: "name",
    min: COMPETENCY_NAME_MIN_LENGTH,
    max: COMPETENCY_NAME_MAX_LENGTH,
    code: "INVALID_COMPETENCY_NAME",
  });
  if (name.ok) return name;
  const { reason } = name.error;
  const message =
    reason === "EMPTY" || reason === "TOO_SHORT" || reason === "TOO_LONG"
      ? `Competency name must have ${COMPETENCY_NAME_MIN_LENGTH} to ${COMPETENCY_NAME_MAX_LENGTH} characters`
      : name.error.message.replace(/^name/, "Competency name");
  return err(domainError("INVALID_COMPETENCY_NAME", message, { field: "name", reason }));
};

const checkKind = (input: string): Result<CompetencyKind, CompetencyError> => {
  const kind = parseEnumKey(COMPETENCY_KINDS, input);
  return kind !== null
    ? ok(kind)
    : err(domainError("INVALID_COMPETENCY_KIND", `Competency kind must be one of ${COMPETENCY_KINDS.join(", ")}`, { field: "kind" }));
};

const checkDescription = (input: unknown): Result<string | null, CompetencyError> => {
  if (typeof input !== "string" || input.trim() === "") return ok(null);
  const description = checkText(input, {
    field: "description",
    min: 1,
    max: COMPETENCY_DESCRIPTION_MAX_LENGTH,
    multiline: true,
    code: "INVALID_COMPETENCY_DESCRIPTION",
  });
  if (description.ok) return description;
  const { reason } = description.error;
  const message =
    reason === "TOO_LONG"
      ? `Description must have at most ${COMPETENCY_DESCRIPTION_MAX_LENGTH} characters`
      : description.error.message.replace(/^description/, "Description");
  return err(domainError("INVALID_COMPETENCY_DESCRIPTION", message, { field: "description", reason }));
};

/**
 * Check an entry of a competency dictionary (typically a technical competency the city adds)
 * and normalise it. Returns every problem at once, at most one per field, in form order (code,
 * name, kind, description).
 *
 * - `code`: trimmed and upper-cased, spaces/hyphens read as `_`; at most 40 characters
 *   (`COMPETENCY_CODE_MAX_LENGTH`, the column's);
 *   `PREFIX.SEGMENT[.SEGMENT…]`, segments of A-Z, 0-9 and single underscores; once the kind is
 *   valid, the prefix must be the kind's (`rules.codePrefixByKind`: T, M, SK).
 * - `name`: free text (`checkText`), NFC, trimmed, single spaces, 2..150 characters; reasons are
 *   checkText's.
 * - `kind`: one of `COMPETENCY_KINDS`, case-insensitive (`socio cultural`).
 * - `description`: optional, blank becomes null; otherwise multiline free text (`checkText`:
 *   line feeds and tabs kept, CRLF read as LF), at most 1000 characters.
 *
 * Never throws, whatever it is given (non-string values count as empty).
 */
export const validateCompetency = (
  input: CompetencyDraft,
  rules: CompetencyRules = competencyRules,
): Result<Competency, readonly CompetencyError[]> => {
  const draft: Partial<Record<CompetencyField, unknown>> = typeof input === "object" && input !== null ? input : {};
  const kindResult = checkKind(text(draft.kind));
  const kind = kindResult.ok ? kindResult.value : null;
  const code = checkCode(text(draft.code), kind, rules);
  const name = checkName(text(draft.name));
  const description = checkDescription(draft.description);

  if (code.ok && name.ok && kindResult.ok && description.ok) {
    return ok({ code: code.value, kind: kindResult.value, name: name.value, description: description.value });
  }
  const errors = [code, name, kindResult, description].flatMap((r) => (r.ok ? [] : [r.error]));
  return err(errors);
};
