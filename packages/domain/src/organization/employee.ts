import { parseEmail } from "../shared/email.js";
import { parsePhone } from "../shared/phone.js";
import { err, ok, type DomainError, type Result } from "../shared/result.js";
import {
  checkEmploymentType,
  checkFunctionalGrade,
  checkIdentityNumber,
  checkPositionKind,
  checkPositionTitle,
  checkRank,
  UNDECIDED,
} from "./employee-checks.js";
import type { EmploymentType, Gender } from "./employment-type.js";
import { readAsOf } from "./identity-number.js";
import { organizationRules, type OrganizationRules } from "./organization-rules.js";
import { parsePersonName } from "./person-name.js";
import type { FunctionalGrade, PositionKind } from "./positions.js";

/** An employee as typed in a form or read from a spreadsheet row: all text, nothing trusted. */
export interface EmployeeDraft {
  readonly nip: string;
  readonly name: string;
  readonly employmentType: string;
  readonly rankCode: string;
  readonly positionKind: string;
  readonly positionTitle: string;
  readonly functionalGrade?: string | null;
  readonly email?: string | null;
  readonly phone?: string | null;
}

export type EmployeeField = keyof EmployeeDraft;

/** A checked, normalised employee; `gender` and `birthDate` come from the NIP / NI PPPK. */
export interface ValidEmployee {
  /** 18 digits, no spaces (NIP for PNS, NI PPPK for PPPK). */
  readonly nip: string;
  /** NFC, trimmed, single spaces. */
  readonly name: string;
  readonly employmentType: EmploymentType;
  /** Canonical rank code (`III/a`, `IX`). */
  readonly rankCode: string;
  readonly positionKind: PositionKind;
  readonly positionTitle: string;
  /** Set exactly when `positionKind` is `FUNGSIONAL`. */
  readonly functionalGrade: FunctionalGrade | null;
  /** Lower-cased, or null when not given. */
  readonly email: string | null;
  /** E.164 (`+62…`), or null when not given. */
  readonly phone: string | null;
  readonly gender: Gender;
  /** `YYYY-MM-DD`. */
  readonly birthDate: string;
}

export const EMPLOYEE_ERROR_CODES = [
  "INVALID_NIP",
  "INVALID_PPPK_NUMBER",
  "INVALID_NAME",
  "INVALID_EMPLOYMENT_TYPE",
  "UNKNOWN_RANK",
  "RANK_MISMATCH",
  "INVALID_POSITION_KIND",
  "INVALID_POSITION_TITLE",
  "FUNCTIONAL_GRADE_REQUIRED",
  "FUNCTIONAL_GRADE_NOT_ALLOWED",
  "INVALID_FUNCTIONAL_GRADE",
  "INVALID_EMAIL",
  "INVALID_PHONE",
] as const;
export type EmployeeErrorCode = (typeof EMPLOYEE_ERROR_CODES)[number];
export type EmployeeError = DomainError<EmployeeErrorCode>;

const text = (value: unknown): string => (typeof value === "string" ? value : "");
/** Optional text: null when absent or blank. */
const optional = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value : null);

/**
 * The one employee rule, used by the API to enforce it and by the admin form to show each
 * problem beside its field. Returns every problem at once, at most one per field, in form order
 * (nip, name, employmentType, rankCode, positionKind, positionTitle, functionalGrade, email,
 * phone). Enum fields are read case-insensitively with spaces for underscores (`Ahli Muda`),
 * rank codes as `findRank` reads them (`iii/a`); blank optional fields become null.
 *
 * `nip` is parsed as a NIP for PNS and as a NI PPPK for PPPK; while the employment type is
 * invalid only its 18-digit shape is checked. RANK_MISMATCH is reported only once the employment
 * type is valid, FUNCTIONAL_GRADE_NOT_ALLOWED only once the position kind is. Never throws on
 * the draft, whatever it is given (non-string values count as empty).
 *
 * `asOf` is today (`YYYY-MM-DD`, Asia/Jakarta: `jakartaDate` of the current instant): the number's birth
 * date and appointment may not be after it (see `parseNip`). Required: an employee record is
 * always checked against today. An invalid `asOf` is a programmer error (RangeError).
 */
export const validateEmployee = (
  input: EmployeeDraft,
  asOf: string,
  rules: OrganizationRules = organizationRules,
): Result<ValidEmployee, readonly EmployeeError[]> => {
  readAsOf(typeof asOf === "string" ? asOf : "", "validateEmployee");
  const draft: Partial<Record<EmployeeField, unknown>> = typeof input === "object" && input !== null ? input : {};
  const errors: EmployeeError[] = [];
  const take = <T>(result: Result<T, EmployeeError>): T | null => {
    if (result.ok) return result.value;
    errors.push(result.error);
    return null;
  };

  const typeResult = checkEmploymentType(text(draft.employmentType));
  const type = typeResult.ok ? typeResult.value : null;
  const emailInput = optional(draft.email);
  const phoneInput = optional(draft.phone);

  const identity = take(checkIdentityNumber(text(draft.nip), type, rules, asOf));
  const name = take(parsePersonName(text(draft.name)));
  take(typeResult);
  const rank = take(checkRank(text(draft.rankCode), type));
  const positionKind = take(checkPositionKind(text(draft.positionKind)));
  const positionTitle = take(checkPositionTitle(text(draft.positionTitle)));
  const functionalGrade = take(checkFunctionalGrade(optional(draft.functionalGrade), positionKind));
  const email = emailInput === null ? null : take(parseEmail(emailInput));
  const phone = phoneInput === null ? null : take(parsePhone(phoneInput));

  // With no errors every field above is set; the null checks only narrow the types.
  if (
    errors.length > 0 ||
    type === null ||
    identity === null ||
    identity === UNDECIDED ||
    name === null ||
    rank === null ||
    positionKind === null ||
    positionTitle === null
  ) {
    return err(errors);
  }
  return ok({
    nip: identity.number,
    name,
    employmentType: type,
    rankCode: rank.code,
    positionKind,
    positionTitle,
    functionalGrade,
    email,
    phone,
    gender: identity.gender,
    birthDate: identity.birthDate,
  });
};
