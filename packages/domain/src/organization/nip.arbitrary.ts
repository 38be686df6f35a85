import fc from "fast-check";
import { daysInMonth } from "../shared/calendar.js";

/**
 * Test data: digits of identity numbers that satisfy every rule with the default rules, with
 * every date on or before {@link ARBITRARY_AS_OF}.
 */
export const ARBITRARY_AS_OF = "2026-11-30";
const AS_OF_MONTH = 2026 * 12 + 10; // 2026-11 as a month index

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

export interface BirthParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const birthIn = (minYear: number, maxYear: number): fc.Arbitrary<BirthParts> =>
  fc
    .record({ year: fc.integer({ min: minYear, max: maxYear }), month: fc.integer({ min: 1, max: 12 }) })
    .chain(({ year, month }) => fc.integer({ min: 1, max: daysInMonth(year, month) }).map((day) => ({ year, month, day })));

const birthDigits = (b: BirthParts): string => `${pad(b.year, 4)}${pad(b.month, 2)}${pad(b.day, 2)}`;

/**
 * A valid 18-digit NIP: appointment from the month of the 18th birthday up to the month of the
 * 61st (the default maximum age 60, lenient by a month), and not after 2026-11.
 */
export const validNipArbitrary: fc.Arbitrary<string> = birthIn(1900, 2007).chain((birth) =>
  fc
    .record({
      monthsAfter18: fc.integer({
        min: 0,
        max: Math.min(43 * 12, AS_OF_MONTH - ((birth.year + 18) * 12 + (birth.month - 1))),
      }),
      gender: fc.constantFrom("1", "2"),
      sequence: fc.integer({ min: 1, max: 999 }),
    })
    .map(({ monthsAfter18, gender, sequence }) => {
      const index = (birth.year + 18) * 12 + (birth.month - 1) + monthsAfter18;
      const appointment = `${pad(Math.floor(index / 12), 4)}${pad((index % 12) + 1, 2)}`;
      return `${birthDigits(birth)}${appointment}${gender}${pad(sequence, 3)}`;
    }),
);

/**
 * A valid 18-digit NI PPPK: appointment year from the year of the 20th birthday (and 2019) up to
 * the year of the 65th (default maximum age 64, year granularity), and not after 2026.
 */
export const validPppkNumberArbitrary: fc.Arbitrary<string> = birthIn(1954, 2006).chain((birth) =>
  fc
    .record({
      appointmentYear: fc.integer({ min: Math.max(birth.year + 20, 2019), max: Math.min(birth.year + 65, 2026) }),
      contracts: fc.integer({ min: 1, max: 99 }),
      gender: fc.constantFrom("1", "2"),
      sequence: fc.integer({ min: 1, max: 999 }),
    })
    .map(
      ({ appointmentYear, contracts, gender, sequence }) =>
        `${birthDigits(birth)}${pad(appointmentYear, 4)}${pad(contracts, 2)}${gender}${pad(sequence, 3)}`,
    ),
);

/** Insert runs of whitespace at random places in a string. */
export const withWhitespace = (digits: string): fc.Arbitrary<string> =>
  fc
    .array(fc.constantFrom("", "", " ", "  ", "\t", "\u00a0"), { minLength: digits.length + 1, maxLength: digits.length + 1 })
    .map((gaps) => gaps.map((gap, i) => gap + (digits[i] ?? "")).join(""));
