import { err, ok, type DomainError, type Result } from "../shared/result.js";
import type { Gender } from "./employment-type.js";
import { checkShape, readBirthDate, readGender, shapeMessage } from "./identity-number.js";
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
  "CONTRACT_COUNT_ZERO",
  "GENDER_INVALID",
  "SEQUENCE_ZERO",
  "APPOINTMENT_BEFORE_BIRTH",
  "APPOINTMENT_BEFORE_MIN_AGE",
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
 * **Minimum age, year granularity.** The number holds only the appointment year: it must not be
 * earlier than the year in which the holder turns `rules.pppkMinAgeAtAppointment` (birth year +
 * 18). An appointment year before the birth year is APPOINTMENT_BEFORE_BIRTH.
 */
export const parsePppkNumber = (
  input: string,
  rules: OrganizationRules = organizationRules,
): Result<PppkNumberInfo, PppkNumberError> => {
  const { digits, problem } = checkShape(input);
  if (problem !== null) return fail(problem, shapeMessage(problem, "NI PPPK", digits));

  const birth = readBirthDate(digits);
  if (birth === null) {
    return fail("BIRTH_DATE_INVALID", `NI PPPK digits 1-8 (${digits.slice(0, 8)}) are not a real birth date YYYYMMDD`);
  }
  if (birth.year < rules.minBirthYear) {
    return fail("BIRTH_YEAR_TOO_EARLY", `NI PPPK birth year ${birth.year} is before ${rules.minBirthYear}`);
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

  return ok({ number: digits, birthDate: birth.iso, appointmentYear, contractCount, gender, sequence });
};
