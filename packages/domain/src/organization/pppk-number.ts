import { err, ok, type DomainError, type Result } from "../shared/result.js";
import type { Gender } from "./employment-type.js";
import { checkShape, readAsOf, readBirthDate, readGender, shapeMessage } from "./identity-number.js";
import { organizationRules, type OrganizationRules } from "./organization-rules.js";

/** What an 18-digit NI PPPK (Nomor Induk PPPK) says about its holder. */
export interface PppkNumberInfo {
  /** The 18 digits, whitespace removed. */
  readonly number: string;
  /** `YYYY-MM-DD`, digits 1-8. */
  readonly birthDate: string;
  /** Digits 9-12. */
  readonly appointmentYear: number;
  /** Digits 13-14, 1..99. */
  readonly contractCount: number;
  /** Digit 15: 1 male, 2 female. */
  readonly gender: Gender;
  /** Digits 16-18, 1..999. */
  readonly sequence: number;
}

/** Why a NI PPPK was rejected; stable, for translations and tests. */
export const PPPK_NUMBER_INVALID_REASONS = [
  "EMPTY",
  "NOT_DIGITS",
  "WRONG_LENGTH",
  "BIRTH_DATE_INVALID",
  "BIRTH_YEAR_TOO_EARLY",
  "BIRTH_DATE_IN_FUTURE",
  "CONTRACT_COUNT_ZERO",
  "GENDER_INVALID",
  "SEQUENCE_ZERO",
  "APPOINTMENT_IN_FUTURE",
  "APPOINTMENT_BEFORE_PPPK",
  "APPOINTMENT_BEFORE_BIRTH",
  "APPOINTMENT_BEFORE_MIN_AGE",
  "APPOINTMENT_AFTER_MAX_AGE",
] as const;
export type PppkNumberInvalidReason = (typeof PPPK_NUMBER_INVALID_REASONS)[number];

export type PppkNumberError = DomainError<"INVALID_PPPK_NUMBER"> & {
  readonly field: "nip";
  readonly reason: PppkNumberInvalidReason;
};

const fail = (reason: PppkNumberInvalidReason, message: string): Result<never, PppkNumberError> =>
  err({ code: "INVALID_PPPK_NUMBER", message, field: "nip", reason });

/**
 * Parse a NI PPPK: birth date (8) + appointment year (4) + number of contracts (2) + gender (1)
 * + sequence (3). **Medium confidence**: this layout is the one in DOMAIN.md and has not been
 * checked against a BKN regulation, so the checks are deliberately lenient (digits 13-14 are only
 * required to be non-zero, the year is not otherwise bounded).
 *
 * Whitespace is ignored as for `parseNip`; the error field is `nip` because both numbers live in
 * the same input. Order of checks: shape, real birth date, birth year >= `rules.minBirthYear`,
 * contract count >= 01, gender 1 or 2, sequence >= 001, then the dates.
 *
 * **Dates.** With `asOf` (`YYYY-MM-DD`, the caller's today in Asia/Jakarta), a birth date after it
 * is BIRTH_DATE_IN_FUTURE and an appointment year after its year APPOINTMENT_IN_FUTURE (an
 * invalid `asOf` is a RangeError). An appointment year before `rules.pppkFirstAppointmentYear`
 * (2019, the first PPPK) is APPOINTMENT_BEFORE_PPPK; one before the birth year
 * APPOINTMENT_BEFORE_BIRTH.
 *
 * **Age, year granularity, lenient.** The number holds only the appointment year, in which the
 * holder was (Y - birth year - 1) or (Y - birth year) years old. APPOINTMENT_BEFORE_MIN_AGE when
 * even the older is below `rules.pppkMinAgeAtAppointment` (20, PP 49/2018 art. 16(a)): appointment
 * year < birth year + 20. APPOINTMENT_AFTER_MAX_AGE when even the younger is above
 * `rules.pppkMaxAgeAtAppointment` (64): appointment year > birth year + 65.
 */
export const parsePppkNumber = (
  input: string,
  rules: OrganizationRules = organizationRules,
  asOf?: string,
): Result<PppkNumberInfo, PppkNumberError> => {
  const today = readAsOf(asOf, "parsePppkNumber");
  const { digits, problem } = checkShape(input);
  if (problem !== null) return fail(problem, shapeMessage(problem, "NI PPPK", digits));

  const birth = readBirthDate(digits);
  if (birth === null) {
    return fail("BIRTH_DATE_INVALID", `NI PPPK digits 1-8 (${digits.slice(0, 8)}) are not a real birth date YYYYMMDD`);
  }
  if (birth.year < rules.minBirthYear) {
    return fail("BIRTH_YEAR_TOO_EARLY", `NI PPPK birth year ${birth.year} is before ${rules.minBirthYear}`);
  }
  if (asOf !== undefined && birth.iso > asOf) {
    return fail("BIRTH_DATE_IN_FUTURE", `NI PPPK birth date ${birth.iso} is after today (${asOf})`);
  }

  const appointmentYear = Number(digits.slice(8, 12));
  const contractCount = Number(digits.slice(12, 14));
  if (contractCount === 0) {
    return fail("CONTRACT_COUNT_ZERO", "NI PPPK number of contracts (digits 13-14) is 00; it starts at 01");
  }

  const gender = readGender(digits.charAt(14));
  if (gender === null) {
    return fail("GENDER_INVALID", `NI PPPK gender digit (digit 15) is ${digits.charAt(14)}; it must be 1 (male) or 2 (female)`);
  }

  const sequence = Number(digits.slice(15));
  if (sequence === 0) return fail("SEQUENCE_ZERO", "NI PPPK sequence (digits 16-18) is 000; it starts at 001");

  if (today !== null && appointmentYear > today.year) {
    return fail("APPOINTMENT_IN_FUTURE", `NI PPPK appointment year ${appointmentYear} is after the current year (${asOf})`);
  }
  if (appointmentYear < rules.pppkFirstAppointmentYear) {
    return fail(
      "APPOINTMENT_BEFORE_PPPK",
      `NI PPPK appointment year ${appointmentYear} is before ${rules.pppkFirstAppointmentYear}, when the first PPPK were appointed`,
    );
  }
  if (appointmentYear < birth.year) {
    return fail("APPOINTMENT_BEFORE_BIRTH", `NI PPPK appointment year ${appointmentYear} is before the birth date ${birth.iso}`);
  }
  const minAge = rules.pppkMinAgeAtAppointment;
  if (appointmentYear < birth.year + minAge) {
    return fail(
      "APPOINTMENT_BEFORE_MIN_AGE",
      `NI PPPK appointment year ${appointmentYear} is before the year the holder turned ${minAge} (${birth.year + minAge})`,
    );
  }

  const maxAge = rules.pppkMaxAgeAtAppointment;
  if (appointmentYear > birth.year + maxAge + 1) {
    return fail(
      "APPOINTMENT_AFTER_MAX_AGE",
      `NI PPPK appointment year ${appointmentYear} is after the year the holder turned ${maxAge + 1} (${birth.year + maxAge + 1}); the oldest appointment age is ${maxAge}`,
    );
  }

  return ok({ number: digits, birthDate: birth.iso, appointmentYear, contractCount, gender, sequence });
};
