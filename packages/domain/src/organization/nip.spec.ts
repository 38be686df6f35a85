import fc from "fast-check";
import { formatNip } from "./nip-format.js";
import { NIP_INVALID_REASONS, parseNip, type NipInvalidReason } from "./nip.js";
import { ARBITRARY_AS_OF, validNipArbitrary, withWhitespace } from "./nip.arbitrary.js";
import { organizationRules } from "./organization-rules.js";

describe("parseNip", () => {
  it.each([
    ["the DOMAIN.md example", "198609262015051001", "1986-09-26", "2015-05", "MALE", 1],
    ["the customary spaced form", "19860926 201505 1 001", "1986-09-26", "2015-05", "MALE", 1],
    ["multiple spaces and surrounding whitespace", "  19860926   201505 1  001 ", "1986-09-26", "2015-05", "MALE", 1],
    ["tabs and non-breaking spaces from a spreadsheet", "19860926\t201505\u00a01 001", "1986-09-26", "2015-05", "MALE", 1],
    ["a female holder with a high sequence", "199103142019032999", "1991-03-14", "2019-03", "FEMALE", 999],
    ["29 February of a leap year", "19960229 201803 2 004", "1996-02-29", "2018-03", "FEMALE", 4],
    ["29 February of a century leap year (2000)", "20000229 201802 1 001", "2000-02-29", "2018-02", "MALE", 1],
    ["appointment in the month of the 18th birthday", "19860926 200409 1 001", "1986-09-26", "2004-09", "MALE", 1],
    ["the earliest accepted birth year", "19000101 192001 1 001", "1900-01-01", "1920-01", "MALE", 1],
    ["appointment in the month of the 61st birthday (maybe still 60)", "19500926 201109 1 001", "1950-09-26", "2011-09", "MALE", 1],
  ])("accepts %s", (_, input, birthDate, appointmentMonth, gender, sequence) => {
    expect(parseNip(input)).toEqual({
      ok: true,
      value: { nip: input.replace(/\s/g, ""), birthDate, appointmentMonth, gender, sequence },
    });
  });

  const rejects: ReadonlyArray<readonly [string, string, NipInvalidReason]> = [
    ["an empty string", "", "EMPTY"],
    ["only whitespace", "   \t ", "EMPTY"],
    ["a letter", "1986092620150510a1", "NOT_DIGITS"],
    ["dashes", "19860926-201505-1-001", "NOT_DIGITS"],
    ["dots", "19860926.201505.1.001", "NOT_DIGITS"],
    ["full-width digits", "１９８６０９２６２０１５０５１００１", "NOT_DIGITS"],
    ["a negative sign", "-98609262015051001", "NOT_DIGITS"],
    ["17 digits", "19860926201505100", "WRONG_LENGTH"],
    ["19 digits", "1986092620150510011", "WRONG_LENGTH"],
    ["birth month 00", "198600262015051001", "BIRTH_DATE_INVALID"],
    ["birth month 13", "198613262015051001", "BIRTH_DATE_INVALID"],
    ["birth day 00", "198609002015051001", "BIRTH_DATE_INVALID"],
    ["31 September", "198609312015051001", "BIRTH_DATE_INVALID"],
    ["30 February", "198602302015051001", "BIRTH_DATE_INVALID"],
    ["29 February of a non-leap year", "198502292015051001", "BIRTH_DATE_INVALID"],
    ["29 February 1900 (century, not leap)", "190002291930051001", "BIRTH_DATE_INVALID"],
    ["birth year 0000", "000001012015051001", "BIRTH_DATE_INVALID"],
    ["birth year before 1900", "189912312015051001", "BIRTH_YEAR_TOO_EARLY"],
    ["appointment month 00", "198609262015001001", "APPOINTMENT_MONTH_INVALID"],
    ["appointment month 13", "198609262015131001", "APPOINTMENT_MONTH_INVALID"],
    ["gender digit 3", "198609262015053001", "GENDER_INVALID"],
    ["gender digit 0", "198609262015050001", "GENDER_INVALID"],
    ["sequence 000", "198609262015051000", "SEQUENCE_ZERO"],
    ["appointment before birth", "198609261985051001", "APPOINTMENT_BEFORE_BIRTH"],
    ["appointment in the birth month", "198609261986091001", "APPOINTMENT_BEFORE_MIN_AGE"],
    ["appointment at 17", "198609262003091001", "APPOINTMENT_BEFORE_MIN_AGE"],
    ["appointment one month before the 18th birthday month", "198609262004081001", "APPOINTMENT_BEFORE_MIN_AGE"],
    ["appointment at 65", "195001012015011001", "APPOINTMENT_AFTER_MAX_AGE"],
    ["appointment the month after the 61st birthday month", "195009262011101001", "APPOINTMENT_AFTER_MAX_AGE"],
    ["appointment in 2999-12 (a typo, caught by the age even without asOf)", "198609262999121001", "APPOINTMENT_AFTER_MAX_AGE"],
  ];

  const AS_OF = "2026-11-30";
  const rejectsAsOf: ReadonlyArray<readonly [string, string, NipInvalidReason]> = [
    ["a birth in 2099", "209901012117011001", "BIRTH_DATE_IN_FUTURE"],
    ["a birth tomorrow", "202612012045011001", "BIRTH_DATE_IN_FUTURE"],
    ["an appointment in 2999-12", "198609262999121001", "APPOINTMENT_IN_FUTURE"],
    ["an appointment next month", "198609262026121001", "APPOINTMENT_IN_FUTURE"],
  ];

  it.each(rejectsAsOf)("rejects %s (%s) as %s as of today", (_, input, reason) => {
    expect(parseNip(input, organizationRules, AS_OF)).toMatchObject({ ok: false, error: { code: "INVALID_NIP", field: "nip", reason } });
  });

  it("accepts a birth and an appointment month up to today", () => {
    expect(parseNip("198609262026111001", organizationRules, AS_OF).ok).toBe(true);
    expect(parseNip("200811302026111001", organizationRules, AS_OF).ok).toBe(true);
    expect(parseNip("198609262026111001", organizationRules, "2026-10-31")).toMatchObject({ ok: false, error: { reason: "APPOINTMENT_IN_FUTURE" } });
  });

  it("refuses an asOf that is not a date (a programmer error)", () => {
    expect(() => parseNip("198609262015051001", organizationRules, "2026-13-01")).toThrow(RangeError);
    expect(() => parseNip("198609262015051001", organizationRules, "30/11/2026")).toThrow(RangeError);
  });

  it.each(rejects)("rejects %s (%s) as %s", (_, input, reason) => {
    const result = parseNip(input);
    expect(result).toMatchObject({ ok: false, error: { code: "INVALID_NIP", field: "nip", reason } });
    if (!result.ok) expect(result.error.message).toMatch(/^NIP /);
  });

  it("has a table case for every reason", () => {
    expect(new Set([...rejects, ...rejectsAsOf].map(([, , reason]) => reason))).toEqual(new Set(NIP_INVALID_REASONS));
  });

  it.each([
    ["17 digits", "19860926201505100", "NIP must have 18 digits, not 17"],
    ["30 February", "198602302015051001", "NIP digits 1-8 (19860230) are not a real birth date YYYYMMDD"],
    ["gender 3", "198609262015053001", "NIP gender digit (digit 15) is 3; it must be 1 (male) or 2 (female)"],
    ["appointment at 17", "198609262003091001", "NIP appointment month 2003-09 is before the holder turned 18 (2004-09)"],
  ])("explains %s in its message", (_, input, message) => {
    expect(parseNip(input)).toMatchObject({ ok: false, error: { message } });
  });

  describe("with a city's own rules", () => {
    it("applies a higher minimum age", () => {
      const rules = { ...organizationRules, pnsMinAgeAtAppointment: 20 };
      expect(parseNip("198609262004091001", rules)).toMatchObject({
        ok: false,
        error: { reason: "APPOINTMENT_BEFORE_MIN_AGE", message: expect.stringContaining("turned 20 (2006-09)") },
      });
      expect(parseNip("198609262006091001", rules).ok).toBe(true);
    });

    it("applies a different earliest birth year", () => {
      const rules = { ...organizationRules, minBirthYear: 1950 };
      expect(parseNip("194912312015051001", rules)).toMatchObject({ ok: false, error: { reason: "BIRTH_YEAR_TOO_EARLY" } });
    });
  });

  describe("properties", () => {
    it("accepts every generated valid NIP and round-trips it through formatNip", () => {
      fc.assert(
        fc.property(validNipArbitrary, (nip) => {
          const parsed = parseNip(nip);
          expect(parsed.ok).toBe(true);
          expect(parseNip(nip, organizationRules, ARBITRARY_AS_OF)).toEqual(parsed);
          expect(parseNip(formatNip(nip))).toEqual(parsed);
          if (parsed.ok) expect(formatNip(parsed.value.nip)).toBe(formatNip(nip));
        }),
      );
    });

    it("ignores whitespace anywhere", () => {
      fc.assert(
        fc.property(
          validNipArbitrary.chain((nip) => fc.tuple(fc.constant(nip), withWhitespace(nip))),
          ([nip, spaced]) => {
            expect(parseNip(spaced)).toEqual(parseNip(nip));
          },
        ),
      );
    });

    it("after any single digit change, the NIP is still valid or INVALID_NIP, never a throw", () => {
      fc.assert(
        fc.property(validNipArbitrary, fc.nat(17), fc.nat(9), (nip, position, digit) => {
          const changed = nip.slice(0, position) + String(digit) + nip.slice(position + 1);
          const result = parseNip(changed);
          if (result.ok) expect(result.value.nip).toBe(changed);
          else expect(result.error).toMatchObject({ code: "INVALID_NIP", field: "nip" });
        }),
      );
    });

    it("a gender digit other than 1 or 2 is always GENDER_INVALID", () => {
      fc.assert(
        fc.property(validNipArbitrary, fc.constantFrom("0", "3", "4", "5", "6", "7", "8", "9"), (nip, digit) => {
          const changed = nip.slice(0, 14) + digit + nip.slice(15);
          expect(parseNip(changed)).toMatchObject({ ok: false, error: { reason: "GENDER_INVALID" } });
        }),
      );
    });

    it("never throws on arbitrary strings and always answers with a known reason", () => {
      const inputs = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.stringMatching(/^[0-9 ]{0,24}$/));
      fc.assert(
        fc.property(inputs, (input) => {
          const result = parseNip(input);
          if (result.ok) expect(result.value.nip).toMatch(/^[0-9]{18}$/);
          else expect(NIP_INVALID_REASONS).toContain(result.error.reason);
        }),
      );
    });

    it("never throws on values that are not strings", () => {
      fc.assert(
        fc.property(fc.anything(), (value) => {
          expect(parseNip(value as string).ok).toBe(false);
        }),
      );
    });
  });
});
