import fc from "fast-check";
import { ARBITRARY_AS_OF, validPppkNumberArbitrary } from "./nip.arbitrary.js";
import { organizationRules } from "./organization-rules.js";
import { PPPK_NUMBER_INVALID_REASONS, parsePppkNumber, type PppkNumberInvalidReason } from "./pppk-number.js";

describe("parsePppkNumber", () => {
  it.each([
    ["a first contract", "199001152021012002", "1990-01-15", 2021, 1, "FEMALE", 2],
    ["the spaced form", "19900115 2021 01 2 002", "1990-01-15", 2021, 1, "FEMALE", 2],
    ["a renewed contract (21)", "198503142023211003", "1985-03-14", 2023, 21, "MALE", 3],
    ["appointment in the year of the 20th birthday", "200112312021011001", "2001-12-31", 2021, 1, "MALE", 1],
    ["the first PPPK year (2019)", "197005052019011001", "1970-05-05", 2019, 1, "MALE", 1],
    ["appointment in the year of the 65th birthday (maybe still 64)", "195812312023011001", "1958-12-31", 2023, 1, "MALE", 1],
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
    ["appointment year before the birth year", "203001152021012002", "APPOINTMENT_BEFORE_BIRTH"],
    ["a PPPK appointed in 2008, before PPPK existed", "198001152008012002", "APPOINTMENT_BEFORE_PPPK"],
    ["a PPPK aged 19 (PP 49/2018 art. 16: at least 20)", "200301152022012002", "APPOINTMENT_BEFORE_MIN_AGE"],
    ["a PPPK appointed in the year of the 66th birthday", "195601152022012002", "APPOINTMENT_AFTER_MAX_AGE"],
  ];

  const AS_OF = "2026-11-30";
  const rejectsAsOf: ReadonlyArray<readonly [string, string, PppkNumberInvalidReason]> = [
    ["a birth in 2099", "209901152021012002", "BIRTH_DATE_IN_FUTURE"],
    ["a birth tomorrow", "202612012021012002", "BIRTH_DATE_IN_FUTURE"],
    ["an appointment in 2999", "199001152999012002", "APPOINTMENT_IN_FUTURE"],
    ["an appointment next year", "199001152027012002", "APPOINTMENT_IN_FUTURE"],
  ];

  it.each(rejectsAsOf)("rejects %s (%s) as %s as of today", (_, input, reason) => {
    expect(parsePppkNumber(input, organizationRules, AS_OF)).toMatchObject({ ok: false, error: { code: "INVALID_PPPK_NUMBER", reason } });
  });

  it("accepts a birth and an appointment up to today", () => {
    expect(parsePppkNumber("200011302026011001", organizationRules, AS_OF).ok).toBe(true);
    expect(parsePppkNumber("200011302026011001", organizationRules, "2025-12-31")).toMatchObject({ ok: false, error: { reason: "APPOINTMENT_IN_FUTURE" } });
  });

  it("refuses an asOf that is not a date (a programmer error)", () => {
    expect(() => parsePppkNumber("199001152021012002", organizationRules, "2026-02-30")).toThrow(RangeError);
    expect(() => parsePppkNumber("199001152021012002", organizationRules, "today")).toThrow(RangeError);
  });

  it.each(rejects)("rejects %s (%s) as %s", (_, input, reason) => {
    expect(parsePppkNumber(input)).toMatchObject({
      ok: false,
      error: { code: "INVALID_PPPK_NUMBER", field: "nip", reason, message: expect.stringMatching(/^NI PPPK /) },
    });
  });

  it("has a table case for every reason", () => {
    expect(new Set([...rejects, ...rejectsAsOf].map(([, , reason]) => reason))).toEqual(new Set(PPPK_NUMBER_INVALID_REASONS));
  });

  it("applies a city's own minimum and maximum age (year granularity)", () => {
    const rules = { ...organizationRules, pppkMinAgeAtAppointment: 21, pppkMaxAgeAtAppointment: 40 };
    expect(parsePppkNumber("200112312021011001", rules)).toMatchObject({
      ok: false,
      error: {
        reason: "APPOINTMENT_BEFORE_MIN_AGE",
        message: "NI PPPK appointment year 2021 is before the year the holder turned 21 (2022)",
      },
    });
    expect(parsePppkNumber("200112312022011001", rules).ok).toBe(true);
    expect(parsePppkNumber("198001012021011001", rules).ok).toBe(true);
    expect(parsePppkNumber("198001012022011001", rules)).toMatchObject({ ok: false, error: { reason: "APPOINTMENT_AFTER_MAX_AGE" } });
  });

  it("has the regulation's defaults: from 2019, at least 20", () => {
    expect(organizationRules).toMatchObject({ pppkFirstAppointmentYear: 2019, pppkMinAgeAtAppointment: 20 });
  });

  it("accepts every generated valid number, also as of the generator's today", () => {
    fc.assert(
      fc.property(validPppkNumberArbitrary, (n) => {
        expect(parsePppkNumber(n).ok).toBe(true);
        expect(parsePppkNumber(n, organizationRules, ARBITRARY_AS_OF).ok).toBe(true);
      }),
    );
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
