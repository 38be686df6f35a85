import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";
import { checkText } from "../shared/text-check.js";
import { POSITION_TITLE_MAX_LENGTH, POSITION_TITLE_MIN_LENGTH } from "../shared/text-limits.js";
import { EMPLOYMENT_TYPES, type EmploymentType, type Gender } from "./employment-type.js";
import { parseEnumKey } from "./enum-key.js";
import { checkShape, shapeMessage } from "./identity-number.js";
import { parseNip } from "./nip.js";
import type { OrganizationRules } from "./organization-rules.js";
import { FUNCTIONAL_GRADES, POSITION_KINDS, type FunctionalGrade, type PositionKind } from "./positions.js";
import { parsePppkNumber } from "./pppk-number.js";
import { findRank, type Rank } from "./ranks.js";

/**
 * One check per employee field, each a Result, composed by `validateEmployee`. Internal: the
 * public entry point is `validateEmployee`, so that API and admin apply exactly the same rule.
 */

/** Neither a reason to report nor a value: the check depends on a field that is itself invalid. */
export const UNDECIDED = Symbol("undecided");

type Check<T, C extends string> = Result<T, DomainError<C>>;

export interface Identity {
  readonly number: string;
  readonly gender: Gender;
  readonly birthDate: string;
}

/** The NIP for PNS, the NI PPPK for PPPK; only the 18-digit shape while the type is unknown. */
export const checkIdentityNumber = (
  input: string,
  type: EmploymentType | null,
  rules: OrganizationRules,
  asOf: string,
): Check<Identity | typeof UNDECIDED, "INVALID_NIP" | "INVALID_PPPK_NUMBER"> => {
  if (type === "PNS") {
    const nip = parseNip(input, rules, asOf);
    return nip.ok ? ok({ number: nip.value.nip, gender: nip.value.gender, birthDate: nip.value.birthDate }) : nip;
  }
  if (type === "PPPK") return parsePppkNumber(input, rules, asOf);
  const { digits, problem } = checkShape(input);
  return problem === null
    ? ok(UNDECIDED)
    : err(domainError("INVALID_NIP", shapeMessage(problem, "NIP", digits), { field: "nip", reason: problem }));
};

export const checkEmploymentType = (input: string): Check<EmploymentType, "INVALID_EMPLOYMENT_TYPE"> => {
  const type = parseEnumKey(EMPLOYMENT_TYPES, input);
  return type !== null
    ? ok(type)
    : err(
        domainError("INVALID_EMPLOYMENT_TYPE", `Employment type must be one of ${EMPLOYMENT_TYPES.join(", ")}`, {
          field: "employmentType",
        }),
      );
};

/** The rank must exist and, once the employment type is known, belong to it. */
export const checkRank = (input: string, type: EmploymentType | null): Check<Rank, "UNKNOWN_RANK" | "RANK_MISMATCH"> => {
  const rank = findRank(input);
  if (rank === undefined) {
    return err(domainError("UNKNOWN_RANK", "Rank (golongan) is not a known code, e.g. III/a or IX", { field: "rankCode" }));
  }
  if (type !== null && rank.employmentType !== type) {
    return err(
      domainError("RANK_MISMATCH", `Rank ${rank.code} is a ${rank.employmentType} rank, not a ${type} rank`, {
        field: "rankCode",
      }),
    );
  }
  return ok(rank);
};

export const checkPositionKind = (input: string): Check<PositionKind, "INVALID_POSITION_KIND"> => {
  const kind = parseEnumKey(POSITION_KINDS, input);
  return kind !== null
    ? ok(kind)
    : err(
        domainError("INVALID_POSITION_KIND", `Position kind must be one of ${POSITION_KINDS.join(", ")}`, {
          field: "positionKind",
        }),
      );
};

/**
 * A position title: free text (`checkText`: no control or bidi characters, no formula prefix),
 * single spaces, 2..150 characters. The reason is checkText's (EMPTY, TOO_SHORT, TOO_LONG,
 * CONTROL_CHARACTER, BIDI_CONTROL, LONE_SURROGATE, FORMULA).
 */
export const checkPositionTitle = (input: string): Check<string, "INVALID_POSITION_TITLE"> => {
  const title = checkText(input, {
    field: "positionTitle",
    min: POSITION_TITLE_MIN_LENGTH,
    max: POSITION_TITLE_MAX_LENGTH,
    code: "INVALID_POSITION_TITLE",
  });
  if (title.ok) return title;
  const { reason } = title.error;
  const message =
    reason === "EMPTY" || reason === "TOO_SHORT" || reason === "TOO_LONG"
      ? `Position title must have ${POSITION_TITLE_MIN_LENGTH} to ${POSITION_TITLE_MAX_LENGTH} characters`
      : title.error.message.replace(/^positionTitle/, "Position title");
  return err(domainError("INVALID_POSITION_TITLE", message, { field: "positionTitle", reason }));
};

/** A grade is required exactly for FUNGSIONAL; a given grade must be a known one whatever the kind. */
export const checkFunctionalGrade = (
  input: string | null,
  kind: PositionKind | null,
): Check<FunctionalGrade | null, "INVALID_FUNCTIONAL_GRADE" | "FUNCTIONAL_GRADE_REQUIRED" | "FUNCTIONAL_GRADE_NOT_ALLOWED"> => {
  const field = { field: "functionalGrade" };
  if (input === null) {
    return kind === "FUNGSIONAL"
      ? err(domainError("FUNCTIONAL_GRADE_REQUIRED", "A functional position needs its grade (jenjang)", field))
      : ok(null);
  }
  const grade = parseEnumKey(FUNCTIONAL_GRADES, input);
  if (grade === null) {
    return err(
      domainError("INVALID_FUNCTIONAL_GRADE", `Functional grade must be one of ${FUNCTIONAL_GRADES.join(", ")}`, field),
    );
  }
  if (kind !== null && kind !== "FUNGSIONAL") {
    return err(domainError("FUNCTIONAL_GRADE_NOT_ALLOWED", "Only a functional position has a grade (jenjang)", field));
  }
  return ok(grade);
};
