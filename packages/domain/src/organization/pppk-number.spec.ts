import fc from "fast-check";
import { validPppkNumberArbitrary } from "./nip.arbitrary.js";
import { organizationRules } from "./organization-rules.js";
import { PPPK_NUMBER_INVALID_REASONS, parsePppkNumber, type PppkNumberInvalidReason } from "./pppk-number.js";

describe("parsePppkNumber", () => {
  it.each([
    ["a first contract", "199001152021012002", "1990-01-15", 2021, 1, "FEMALE", 2],
    ["the spaced form", "19900115 2021 01 2 002", "1990-01-15", 2021, 1, "FEMALE", 2],
    ["a renewed contract (21)", "198503142023211003", "1985-03-14", 2023, 21, "MALE", 3],
    ["appointment in the year of the 18th birthday", "200312312021011001", "2003-12-31", 2021, 1, "MALE", 1],
    ["29 February of a leap year", "199602292022012001", "1996-02-29", 2022, 1, "FEMALE", 1],
  ])("accepts %s", (_, input, birthDate, appointmentYear, contractCount, gender, sequence) => {
    expect(parsePppkNumber(input)).toEqual({
      ok: true,
      value: { number: input.replace(/\s/g, ""), birthDate, appointmentYear, contractCount, gender, sequence },
    });
  });

  const rejects: ReadonlyArray<readonly [string, string, PppkNumberInvalidReason]> = [
    ["an empty string", " ", "EMPTY"],
    ["a letter", "19900115202101200x", "NOT_DIGITS"],
    ["dashes", "19900115-2021-01-2-002", "NOT_DIGITS"],
    ["17 digits", "19900115202101200", "WRONG_LENGTH"],
    ["birth month 13", "199013152021012002", "BIRTH_DATE_INVALID"],
    ["29 February of a non-leap year", "199102292021012002", "BIRTH_DATE_INVALID"],
    ["birth year before 1900", "189901152021012002", "BIRTH_YEAR_TOO_EARLY"],
    ["contract count 00", "199001152021002002", "CONTRACT_COUNT_ZERO"],
    ["gender digit 3", "199001152021013002", "GENDER_INVALID"],
    ["sequence 000", "199001152021012000", "SEQUENCE_ZERO"],
    ["appointment year before the birth year", "199001151989012002", "APPOINTMENT_BEFORE_BIRTH"],
    ["appointment the year before the 18th birthday", "200301152020012002", "APPOINTMENT_BEFORE_MIN_AGE"],
  ];

  it.each(rejects)("rejects %s (%s) as %s", (_, input, reason) => {
    expect(parsePppkNumber(input)).toMatchObject({
      ok: false,
      error: { code: "INVALID_PPPK_NUMBER", field: "nip", reason, message: expect.stringMatching(/^NI PPPK /) },
    });
  });

  it("has a table case for every reason", () => {
    expect(new Set(rejects.map(([, , reason]) => reason))).toEqual(new Set(PPPK_NUMBER_INVALID_REASONS));
  });

  it("applies a city's own minimum age (year granularity)", () => {
    const rules = { ...organizationRules, pppkMinAgeAtAppointment: 20 };
    expect(parsePppkNumber("200312312021011001", rules)).toMatchObject({
      ok: false,
      error: {
        reason: "APPOINTMENT_BEFORE_MIN_AGE",
        message: "NI PPPK appointment year 2021 is before the year the holder turned 20 (2023)",
      },
    });
    expect(parsePppkNumber("200312312023011001", rules).ok).toBe(true);
  });

  it("accepts every generated valid number", () => {
    fc.assert(fc.property(validPppkNumberArbitrary, (n) => expect(parsePppkNumber(n).ok).toBe(true)));
  });

  it("never throws on arbitrary strings and always answers with a known reason", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9 ]{0,24}$/)), (input) => {
        const result = parsePppkNumber(input);
        if (!result.ok) expect(PPPK_NUMBER_INVALID_REASONS).toContain(result.error.reason);
      }),
    );
  });
});
