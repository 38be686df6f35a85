import { monthIndex, toIsoMonth } from "../shared/calendar.js";
import { err, ok, type DomainError, type Result } from "../shared/result.js";
import type { Gender } from "./employment-type.js";
import { checkShape, readBirthDate, readGender, shapeMessage } from "./identity-number.js";
import { organizationRules, type OrganizationRules } from "./organization-rules.js";

/** What an 18-digit NIP of a PNS says about its holder (Perka BKN 22/2007 and 43/2007). */
export interface NipInfo {
  /** The 18 digits, whitespace removed. */
  readonly nip: string;
  /** `YYYY-MM-DD`, digits 1-8. */
  readonly birthDate: string;
  /** `YYYY-MM` of the CPNS appointment (TMT), digits 9-14. */
  readonly appointmentMonth: string;
  /** Digit 15: 1 male, 2 female. */
  readonly gender: Gender;
  /** Digits 16-18, 1..999. */
  readonly sequence: number;
}

/** Why a NIP was rejected; stable, for translations and tests. */
export const NIP_INVALID_REASONS = [
  "EMPTY",
  "NOT_DIGITS",
  "WRONG_LENGTH",
  "BIRTH_DATE_INVALID",
  "BIRTH_YEAR_TOO_EARLY",
  "APPOINTMENT_MONTH_INVALID",
  "GENDER_INVALID",
  "SEQUENCE_ZERO",
  "APPOINTMENT_BEFORE_BIRTH",
  "APPOINTMENT_BEFORE_MIN_AGE",
] as const;
export type NipInvalidReason = (typeof NIP_INVALID_REASONS)[number];

export type NipError = DomainError<"INVALID_NIP"> & { readonly field: "nip"; readonly reason: NipInvalidReason };

const fail = (reason: NipInvalidReason, message: string): Result<never, NipError> =>
  err({ code: "INVALID_NIP", message, field: "nip", reason });

/**
 * Parse a NIP (`YYYYMMDD YYYYMM G NNN`). Whitespace anywhere is ignored (`19860926 201505 1 001`,
 * tabs, non-breaking spaces); any other character is rejected. Checks, in this order, and the
 * first failure is returned: shape (EMPTY, NOT_DIGITS, WRONG_LENGTH), a real birth date
 * (BIRTH_DATE_INVALID, incl. 30 Feb and 29 Feb of a non-leap year), birth year >=
 * `rules.minBirthYear` (BIRTH_YEAR_TOO_EARLY), appointment month 01..12
 * (APPOINTMENT_MONTH_INVALID), gender 1 or 2 (GENDER_INVALID), sequence >= 001 (SEQUENCE_ZERO),
 * then the relation between the two dates.
 *
 * **Minimum age, month granularity.** The NIP holds only the appointment month, so the rule is
 * stated on months: the appointment month must not be earlier than the month in which the
 * holder turns `rules.pnsMinAgeAtAppointment` (birth year + 18, birth month). Born 1986-09-26:
 * 2004-09 is accepted, 2004-08 is APPOINTMENT_BEFORE_MIN_AGE. An appointment month before the
 * birth month is APPOINTMENT_BEFORE_BIRTH. Where the month is ambiguous (TMT on the 1st, birthday
 * later in that month) the NIP is accepted: a validator must never reject a real NIP.
 */
export const parseNip = (nip: string, rules: OrganizationRules = organizationRules): Result<NipInfo, NipError> => {
  const { digits, problem } = checkShape(nip);
  if (problem !== null) return fail(problem, shapeMessage(problem, "NIP", digits));

  const birth = readBirthDate(digits);
  if (birth === null) {
    return fail("BIRTH_DATE_INVALID", `NIP digits 1-8 (${digits.slice(0, 8)}) are not a real birth date YYYYMMDD`);
  }
  if (birth.year < rules.minBirthYear) {
    return fail("BIRTH_YEAR_TOO_EARLY", `NIP birth year ${birth.year} is before ${rules.minBirthYear}`);
  }

  const appointmentYear = Number(digits.slice(8, 12));
  const appointmentMonth = Number(digits.slice(12, 14));
  if (appointmentMonth < 1 || appointmentMonth > 12) {
    return fail(
      "APPOINTMENT_MONTH_INVALID",
      `NIP appointment month (digits 13-14) is ${digits.slice(12, 14)}; it must be 01 to 12`,
    );
  }

  const gender = readGender(digits.charAt(14));
  if (gender === null) {
    return fail("GENDER_INVALID", `NIP gender digit (digit 15) is ${digits.charAt(14)}; it must be 1 (male) or 2 (female)`);
  }

  const sequence = Number(digits.slice(15));
  if (sequence === 0) return fail("SEQUENCE_ZERO", "NIP sequence (digits 16-18) is 000; it starts at 001");

  const appointment = monthIndex(appointmentYear, appointmentMonth);
  const appointmentIso = toIsoMonth(appointmentYear, appointmentMonth);
  if (appointment < monthIndex(birth.year, birth.month)) {
    return fail("APPOINTMENT_BEFORE_BIRTH", `NIP appointment month ${appointmentIso} is before the birth date ${birth.iso}`);
  }
  const minAge = rules.pnsMinAgeAtAppointment;
  if (appointment < monthIndex(birth.year + minAge, birth.month)) {
    return fail(
      "APPOINTMENT_BEFORE_MIN_AGE",
      `NIP appointment month ${appointmentIso} is before the holder turned ${minAge} (${toIsoMonth(birth.year + minAge, birth.month)})`,
    );
  }

  return ok({ nip: digits, birthDate: birth.iso, appointmentMonth: appointmentIso, gender, sequence });
};
