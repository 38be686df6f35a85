import { monthIndex, toIsoMonth } from "../shared/calendar.js";
import { err, ok, type DomainError, type Result } from "../shared/result.js";
import type { Gender } from "./employment-type.js";
import { checkShape, readAsOf, readBirthDate, readGender, shapeMessage } from "./identity-number.js";
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
  "BIRTH_DATE_IN_FUTURE",
  "APPOINTMENT_MONTH_INVALID",
  "GENDER_INVALID",
  "SEQUENCE_ZERO",
  "APPOINTMENT_IN_FUTURE",
  "APPOINTMENT_BEFORE_BIRTH",
  "APPOINTMENT_BEFORE_MIN_AGE",
  "APPOINTMENT_AFTER_MAX_AGE",
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
 * **Not in the future.** With `asOf` (`YYYY-MM-DD`, the caller's today in Asia/Jakarta; the API
 * and the admin form always pass it), a birth date after `asOf` is BIRTH_DATE_IN_FUTURE (checked
 * right after the birth year) and an appointment month after the month of `asOf` is
 * APPOINTMENT_IN_FUTURE (checked before the relation between the dates). Without `asOf` neither is
 * checked (historical data, scripts). An `asOf` that is not a real `YYYY-MM-DD` is a programmer
 * error: RangeError.
 *
 * **Minimum age, month granularity.** The NIP holds only the appointment month, so the rule is
 * stated on months: the appointment month must not be earlier than the month in which the
 * holder turns `rules.pnsMinAgeAtAppointment` (birth year + 18, birth month). Born 1986-09-26:
 * 2004-09 is accepted, 2004-08 is APPOINTMENT_BEFORE_MIN_AGE. An appointment month before the
 * birth month is APPOINTMENT_BEFORE_BIRTH. Where the month is ambiguous (TMT on the 1st, birthday
 * later in that month) the NIP is accepted: a validator must never reject a real NIP.
 *
 * **Maximum age**, likewise on months: an appointment month after the month in which the holder
 * turns `rules.pnsMaxAgeAtAppointment + 1` is APPOINTMENT_AFTER_MAX_AGE (default 60: born
 * 1950-09-26, 2011-09 is accepted, 2011-10 is not).
 */
export const parseNip = (
  nip: string,
  rules: OrganizationRules = organizationRules,
  asOf?: string,
): Result<NipInfo, NipError> => {
  const today = readAsOf(asOf, "parseNip");
  const { digits, problem } = checkShape(nip);
  if (problem !== null) return fail(problem, shapeMessage(problem, "NIP", digits));

  const birth = readBirthDate(digits);
  if (birth === null) {
    return fail("BIRTH_DATE_INVALID", `NIP digits 1-8 (${digits.slice(0, 8)}) are not a real birth date YYYYMMDD`);
  }
  if (birth.year < rules.minBirthYear) {
    return fail("BIRTH_YEAR_TOO_EARLY", `NIP birth year ${birth.year} is before ${rules.minBirthYear}`);
  }
  if (asOf !== undefined && birth.iso > asOf) {
    return fail("BIRTH_DATE_IN_FUTURE", `NIP birth date ${birth.iso} is after today (${asOf})`);
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
  if (today !== null && appointment > monthIndex(today.year, today.month)) {
    return fail("APPOINTMENT_IN_FUTURE", `NIP appointment month ${appointmentIso} is after the current month (${asOf})`);
  }
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

  const maxAge = rules.pnsMaxAgeAtAppointment;
  if (appointment > monthIndex(birth.year + maxAge + 1, birth.month)) {
    return fail(
      "APPOINTMENT_AFTER_MAX_AGE",
      `NIP appointment month ${appointmentIso} is after the holder turned ${maxAge + 1} (${toIsoMonth(birth.year + maxAge + 1, birth.month)}); the oldest appointment age is ${maxAge}`,
    );
  }

  return ok({ nip: digits, birthDate: birth.iso, appointmentMonth: appointmentIso, gender, sequence });
};
