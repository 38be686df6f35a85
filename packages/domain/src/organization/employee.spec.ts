import fc from "fast-check";
import { EMPLOYEE_ERROR_CODES, validateEmployee, type EmployeeDraft, type EmployeeErrorCode } from "./employee.js";
import { organizationRules } from "./organization-rules.js";
import { FUNCTIONAL_GRADES, POSITION_KINDS } from "./positions.js";
import { PNS_RANKS, PPPK_RANKS } from "./ranks.js";
import { validNipArbitrary, validPppkNumberArbitrary } from "./nip.arbitrary.js";

/** Today, as the API and the admin form pass it (the number's dates may not be after it). */
const AS_OF = "2026-11-30";

const pns: EmployeeDraft = {
  nip: "19860926 201505 1 001",
  name: "  Dr. Budi   Santoso, S.Kom., M.Kom. ",
  employmentType: "PNS",
  rankCode: "III/a",
  positionKind: "PELAKSANA",
  positionTitle: " Pengelola   Data ",
  functionalGrade: null,
  email: " Budi@Salatiga.go.id ",
  phone: "0812-3456-7890",
};

const errorsOf = (draft: EmployeeDraft): ReadonlyArray<readonly [string, string | undefined]> => {
  const result = validateEmployee(draft, AS_OF);
  return result.ok ? [] : result.error.map((e) => [e.code, e.field] as const);
};

describe("validateEmployee", () => {
  it("accepts a PNS and returns it normalised, with gender and birth date from the NIP", () => {
    expect(validateEmployee(pns, AS_OF)).toEqual({
      ok: true,
      value: {
        nip: "198609262015051001",
        name: "Dr. Budi Santoso, S.Kom., M.Kom.",
        employmentType: "PNS",
        rankCode: "III/a",
        positionKind: "PELAKSANA",
        positionTitle: "Pengelola Data",
        functionalGrade: null,
        email: "budi@salatiga.go.id",
        phone: "+6281234567890",
        gender: "MALE",
        birthDate: "1986-09-26",
      },
    });
  });

  it("accepts a functional PPPK, reading enum values as typed in a spreadsheet", () => {
    const result = validateEmployee({
      nip: "19900115 2021 01 2 002",
      name: "Siti Aminah",
      employmentType: "pppk",
      rankCode: "ix",
      positionKind: "Fungsional",
      positionTitle: "Guru Ahli Pertama",
      functionalGrade: "Ahli Pertama",
      email: "",
      phone: "   ",
    }, AS_OF);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        nip: "199001152021012002",
        employmentType: "PPPK",
        rankCode: "IX",
        positionKind: "FUNGSIONAL",
        functionalGrade: "AHLI_PERTAMA",
        email: null,
        phone: null,
        gender: "FEMALE",
        birthDate: "1990-01-15",
      }),
    });
  });

  const singleErrors: ReadonlyArray<readonly [string, EmployeeErrorCode, string, Partial<EmployeeDraft>]> = [
    ["an impossible NIP birth date", "INVALID_NIP", "nip", { nip: "198602302015051001" }],
    ["a PPPK number with contract count 00", "INVALID_PPPK_NUMBER", "nip", { employmentType: "PPPK", rankCode: "IX", nip: "199001152021002002" }],
    ["a one-letter name", "INVALID_NAME", "name", { name: "B" }],
    ["digits in the name", "INVALID_NAME", "name", { name: "Budi 2" }],
    ["an unknown employment type", "INVALID_EMPLOYMENT_TYPE", "employmentType", { employmentType: "HONORER" }],
    ["an unknown rank", "UNKNOWN_RANK", "rankCode", { rankCode: "III/f" }],
    ["an empty rank", "UNKNOWN_RANK", "rankCode", { rankCode: "" }],
    ["a PPPK golongan for a PNS", "RANK_MISMATCH", "rankCode", { rankCode: "IX" }],
    ["a PNS rank for a PPPK", "RANK_MISMATCH", "rankCode", { employmentType: "PPPK", nip: "199001152021012002", rankCode: "III/a" }],
    ["an unknown position kind", "INVALID_POSITION_KIND", "positionKind", { positionKind: "ESELON_III" }],
    ["a one-letter position title", "INVALID_POSITION_TITLE", "positionTitle", { positionTitle: " X " }],
    ["a 151-character position title", "INVALID_POSITION_TITLE", "positionTitle", { positionTitle: "x".repeat(151) }],
    ["a position title that is a formula", "INVALID_POSITION_TITLE", "positionTitle", { positionTitle: "=HYPERLINK(\"http://x\",\"Kepala\")" }],
    ["a position title with a bidi override", "INVALID_POSITION_TITLE", "positionTitle", { positionTitle: "Kepala \u202ESeksi" }],
    ["a position title with a NUL", "INVALID_POSITION_TITLE", "positionTitle", { positionTitle: "Kepala\u0000Seksi" }],
    ["a name with a bidi override", "INVALID_NAME", "name", { name: "Budi \u202ESantoso" }],
    ["a NIP born in 2099 (as of today)", "INVALID_NIP", "nip", { nip: "209901012117011001" }],
    ["a functional position without grade", "FUNCTIONAL_GRADE_REQUIRED", "functionalGrade", { positionKind: "FUNGSIONAL", functionalGrade: " " }],
    ["a grade on a non-functional position", "FUNCTIONAL_GRADE_NOT_ALLOWED", "functionalGrade", { functionalGrade: "AHLI_MUDA" }],
    ["an unknown grade", "INVALID_FUNCTIONAL_GRADE", "functionalGrade", { positionKind: "FUNGSIONAL", functionalGrade: "AHLI_SENIOR" }],
    ["a malformed e-mail", "INVALID_EMAIL", "email", { email: "budi@" }],
    ["a phone without prefix", "INVALID_PHONE", "phone", { phone: "81234567890" }],
  ];

  it.each(singleErrors)("reports %s as %s on %s", (_, code, field, change) => {
    expect(errorsOf({ ...pns, ...change })).toEqual([[code, field]]);
  });

  it("has a table case for every error code", () => {
    expect(new Set(singleErrors.map(([, code]) => code))).toEqual(new Set(EMPLOYEE_ERROR_CODES));
  });

  it("returns every problem at once, one per field, in form order", () => {
    const result = validateEmployee({
      nip: "1986092620150510",
      name: "",
      employmentType: "PNS",
      rankCode: "IX",
      positionKind: "",
      positionTitle: "",
      functionalGrade: "GURU",
      email: "not-an-email",
      phone: "12",
    }, AS_OF);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((e) => [e.field, e.code, e.reason])).toEqual([
      ["nip", "INVALID_NIP", "WRONG_LENGTH"],
      ["name", "INVALID_NAME", "EMPTY"],
      ["rankCode", "RANK_MISMATCH", undefined],
      ["positionKind", "INVALID_POSITION_KIND", undefined],
      ["positionTitle", "INVALID_POSITION_TITLE", "EMPTY"],
      ["functionalGrade", "INVALID_FUNCTIONAL_GRADE", undefined],
      ["email", "INVALID_EMAIL", undefined],
      ["phone", "INVALID_PHONE", undefined],
    ]);
    for (const e of result.error) expect(e.message.length).toBeGreaterThan(0);
  });

  it("checks only the shape of the number while the employment type is invalid", () => {
    expect(errorsOf({ ...pns, employmentType: "" })).toEqual([["INVALID_EMPLOYMENT_TYPE", "employmentType"]]);
    expect(errorsOf({ ...pns, employmentType: "", nip: "12345" })).toEqual([
      ["INVALID_NIP", "nip"],
      ["INVALID_EMPLOYMENT_TYPE", "employmentType"],
    ]);
  });

  it.each([
    ["a formula", "=HYPERLINK(1)", "FORMULA"],
    ["a control character", "Kepala\tSeksi", "CONTROL_CHARACTER"],
    ["a lone surrogate", "Kepala \uD800", "LONE_SURROGATE"],
  ])("reports %s in a position title with checkText's reason", (_, positionTitle, reason) => {
    expect(validateEmployee({ ...pns, positionTitle }, AS_OF)).toMatchObject({
      ok: false,
      error: [{ code: "INVALID_POSITION_TITLE", field: "positionTitle", reason }],
    });
  });

  it("checks the number's dates against asOf, and asOf is required", () => {
    expect(validateEmployee({ ...pns, nip: "198609262026121001" }, AS_OF)).toMatchObject({
      ok: false,
      error: [{ code: "INVALID_NIP", reason: "APPOINTMENT_IN_FUTURE" }],
    });
    expect(validateEmployee({ ...pns, nip: "198609262026121001" }, "2026-12-01").ok).toBe(true);
    expect(() => validateEmployee(pns, undefined as unknown as string)).toThrow(RangeError);
    expect(() => validateEmployee(pns, "2026-11-31")).toThrow(RangeError);
  });

  it("passes the rules on to the number parsers", () => {
    const strict = validateEmployee({ ...pns, nip: "198609262004091001" }, AS_OF, {
      ...organizationRules,
      pnsMinAgeAtAppointment: 21,
    });
    expect(strict).toMatchObject({ ok: false, error: [{ code: "INVALID_NIP", reason: "APPOINTMENT_BEFORE_MIN_AGE" }] });
  });

  describe("properties", () => {
    const text = fc.oneof(fc.string(), fc.constantFrom("", " ", "PNS", "PPPK", "III/a", "IX", "FUNGSIONAL", "AHLI_MUDA"));
    const arbitraryDraft = fc.record({
      nip: fc.oneof(fc.string(), validNipArbitrary),
      name: text,
      employmentType: text,
      rankCode: text,
      positionKind: text,
      positionTitle: text,
      functionalGrade: fc.option(text),
      email: fc.option(text),
      phone: fc.option(text),
    });

    it("never throws and reports only known codes, at most one per field, on fields of the draft", () => {
      fc.assert(
        fc.property(arbitraryDraft, (draft) => {
          const result = validateEmployee(draft, AS_OF);
          if (result.ok) return;
          const fields = result.error.map((e) => e.field);
          expect(new Set(fields).size).toBe(fields.length);
          for (const e of result.error) {
            expect(EMPLOYEE_ERROR_CODES).toContain(e.code);
            expect(Object.keys(draft)).toContain(e.field);
          }
        }),
      );
    });

    it("never throws on values of any type", () => {
      fc.assert(
        fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom("nip", "name", "email"), fc.anything())), (input) => {
          expect(typeof validateEmployee(input as EmployeeDraft, AS_OF).ok).toBe("boolean");
        }),
      );
    });

    const validDraft: fc.Arbitrary<EmployeeDraft> = fc
      .constantFrom(...POSITION_KINDS)
      .chain((positionKind) =>
        fc.record({
          identity: fc.oneof(
            fc.record({ employmentType: fc.constant("PNS"), nip: validNipArbitrary, rank: fc.constantFrom(...PNS_RANKS) }),
            fc.record({
              employmentType: fc.constant("PPPK"),
              nip: validPppkNumberArbitrary,
              rank: fc.constantFrom(...PPPK_RANKS),
            }),
          ),
          name: fc.constantFrom("Budi Santoso", "Dr. Siti Nur'aini, M.Kes.", "Yo"),
          positionKind: fc.constant(positionKind),
          positionTitle: fc.constantFrom("Analis Kebijakan", "Lurah Kalicacing", "Guru"),
          functionalGrade:
            positionKind === "FUNGSIONAL" ? fc.constantFrom(...FUNCTIONAL_GRADES) : fc.constantFrom(null, "", "  "),
          email: fc.constantFrom(null, "", "a@salatiga.go.id"),
          phone: fc.constantFrom(null, "", "0298 321234", "+6281234567890"),
        }),
      )
      .map(({ identity: { employmentType, nip, rank }, ...rest }) => ({ ...rest, employmentType, nip, rankCode: rank.code }));

    it("accepts every valid draft, and its output validates to itself", () => {
      fc.assert(
        fc.property(validDraft, (draft) => {
          const first = validateEmployee(draft, AS_OF);
          expect(first.ok).toBe(true);
          if (first.ok) expect(validateEmployee(first.value, AS_OF)).toEqual(first);
        }),
      );
    });
  });
});
