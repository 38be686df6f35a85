import fc from "fast-check";
import { daysInMonth } from "../shared/calendar.js";

/** Test data: digits of identity numbers that satisfy every rule with the default rules. */

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

export interface BirthParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export const birthArbitrary: fc.Arbitrary<BirthParts> = fc
  .record({ year: fc.integer({ min: 1900, max: 2060 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) =>
    fc.integer({ min: 1, max: daysInMonth(year, month) }).map((day) => ({ year, month, day })),
  );

const birthDigits = (b: BirthParts): string => `${pad(b.year, 4)}${pad(b.month, 2)}${pad(b.day, 2)}`;

/** A valid 18-digit NIP: appointment from the month of the 18th birthday up to 60 years later. */
export const validNipArbitrary: fc.Arbitrary<string> = birthArbitrary.chain((birth) =>
  fc
    .record({
      monthsAfter18: fc.integer({ min: 0, max: 60 * 12 }),
      gender: fc.constantFrom("1", "2"),
      sequence: fc.integer({ min: 1, max: 999 }),
    })
    .map(({ monthsAfter18, gender, sequence }) => {
      const index = (birth.year + 18) * 12 + (birth.month - 1) + monthsAfter18;
      const appointment = `${pad(Math.floor(index / 12), 4)}${pad((index % 12) + 1, 2)}`;
      return `${birthDigits(birth)}${appointment}${gender}${pad(sequence, 3)}`;
    }),
);

/** A valid 18-digit NI PPPK: appointment from the year of the 18th birthday up to 60 years later. */
export const validPppkNumberArbitrary: fc.Arbitrary<string> = birthArbitrary.chain((birth) =>
  fc
    .record({
      yearsAfter18: fc.integer({ min: 0, max: 60 }),
      contracts: fc.integer({ min: 1, max: 99 }),
      gender: fc.constantFrom("1", "2"),
      sequence: fc.integer({ min: 1, max: 999 }),
    })
    .map(
      ({ yearsAfter18, contracts, gender, sequence }) =>
        `${birthDigits(birth)}${pad(birth.year + 18 + yearsAfter18, 4)}${pad(contracts, 2)}${gender}${pad(sequence, 3)}`,
    ),
);

/** Insert runs of whitespace at random places in a string. */
export const withWhitespace = (digits: string): fc.Arbitrary<string> =>
  fc
    .array(fc.constantFrom("", "", " ", "  ", "\t", "\u00a0"), { minLength: digits.length + 1, maxLength: digits.length + 1 })
    .map((gaps) => gaps.map((gap, i) => gap + (digits[i] ?? "")).join(""));
