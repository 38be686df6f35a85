import { isValidCalendarDate } from "../shared/calendar.js";
import { readIsoDate } from "../shared/date-of-record.js";
import type { Gender } from "./employment-type.js";
import { normalizeNipInput } from "./nip-format.js";

/**
 * Building blocks shared by the NIP and the NI PPPK parsers (both are 18 digits that start
 * with a birth date and carry a gender digit and a sequence). Internal to the package.
 */

export type ShapeProblem = "EMPTY" | "NOT_DIGITS" | "WRONG_LENGTH";

export const IDENTITY_NUMBER_LENGTH = 18;

const DIGITS = /^[0-9]+$/;

/** Normalise and check the shape: the 18-digit string, or what is wrong with it. */
export const checkShape = (input: string): { readonly digits: string; readonly problem: ShapeProblem | null } => {
  const digits = typeof input === "string" ? normalizeNipInput(input) : "";
  if (digits.length === 0) return { digits, problem: "EMPTY" };
  if (!DIGITS.test(digits)) return { digits, problem: "NOT_DIGITS" };
  if (digits.length !== IDENTITY_NUMBER_LENGTH) return { digits, problem: "WRONG_LENGTH" };
  return { digits, problem: null };
};

export const shapeMessage = (problem: ShapeProblem, label: string, digits: string): string => {
  switch (problem) {
    case "EMPTY":
      return `${label} is empty`;
    case "NOT_DIGITS":
      return `${label} may contain only digits and spaces`;
    case "WRONG_LENGTH":
      return `${label} must have ${IDENTITY_NUMBER_LENGTH} digits, not ${digits.length}`;
  }
};

export interface BirthDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly iso: string;
}

/** Read `YYYYMMDD` at the start of `digits`; null if it is not a real calendar date. */
export const readBirthDate = (digits: string): BirthDate | null => {
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  if (!isValidCalendarDate(year, month, day)) return null;
  return { year, month, day, iso: `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}` };
};

/** The gender digit: 1 male, 2 female (Perka BKN 22/2007); null for any other digit. */
export const readGender = (digit: string): Gender | null => (digit === "1" ? "MALE" : digit === "2" ? "FEMALE" : null);

/** The `asOf` day (`YYYY-MM-DD`, the caller's today) as parts; an invalid one is a programmer error. */
export const readAsOf = (asOf: string | undefined, parser: string): { readonly year: number; readonly month: number } | null => {
  if (asOf === undefined) return null;
  const date = readIsoDate(asOf);
  if (date === null) throw new RangeError(`${parser}: asOf must be a YYYY-MM-DD date, got ${String(asOf)}`);
  return date;
};
