import fc from "fast-check";
import { COMPETENCY_ERROR_CODES, validateCompetency, type CompetencyDraft, type CompetencyErrorCode } from "./competency.js";
import { competencyRules } from "./competency-rules.js";
import { COMPETENCY_CODE_MAX_LENGTH, COMPETENCY_NAME_MAX_LENGTH } from "../shared/text-limits.js";

const technical: CompetencyDraft = {
  code: " t.pengelolaan arsip ",
  name: "  Pengelolaan   Arsip Dinamis ",
  kind: "technical",
  description: " Menata arsip aktif dan inaktif ",
};

describe("validateCompetency", () => {
  it("accepts a technical entry and returns it normalised", () => {
    expect(validateCompetency(technical)).toEqual({
      ok: true,
      value: {
        code: "T.PENGELOLAAN_ARSIP",
        kind: "TECHNICAL",
        name: "Pengelolaan Arsip Dinamis",
        description: "Menata arsip aktif dan inaktif",
      },
    });
  });

  it.each([
    ["a blank description", { description: "  " }, null],
    ["no description", { description: null }, null],
  ])("reads %s as null", (_, change, description) => {
    expect(validateCompetency({ ...technical, ...change })).toMatchObject({ ok: true, value: { description } });
  });

  it.each([
    ["T.DISDUKCAPIL.ADMINDUK_01", "TECHNICAL"],
    ["m-integritas", null],
    ["SK.PEREKAT_BANGSA", "SOCIO_CULTURAL"],
  ] as const)("reads the code %j", (code, kind) => {
    const result = validateCompetency({ ...technical, code, kind: kind ?? "TECHNICAL" });
    if (kind === null) expect(result).toMatchObject({ ok: false, error: [{ code: "INVALID_COMPETENCY_CODE", reason: "INVALID_FORMAT" }] });
    else expect(result.ok).toBe(true);
  });

  const singleErrors: ReadonlyArray<readonly [string, CompetencyErrorCode, string, string | undefined, Partial<CompetencyDraft>]> = [
    ["an empty code", "INVALID_COMPETENCY_CODE", "code", "EMPTY", { code: "  " }],
    ["a code without a dot", "INVALID_COMPETENCY_CODE", "code", "INVALID_FORMAT", { code: "ARSIP" }],
    ["a code with a double underscore", "INVALID_COMPETENCY_CODE", "code", "INVALID_FORMAT", { code: "T.ARSIP__DINAMIS" }],
    ["a code with punctuation", "INVALID_COMPETENCY_CODE", "code", "INVALID_FORMAT", { code: "T.ARSIP/DINAMIS" }],
    ["a code with a trailing dot", "INVALID_COMPETENCY_CODE", "code", "INVALID_FORMAT", { code: "T.ARSIP." }],
    ["a 41-character code (the column is varchar(40))", "INVALID_COMPETENCY_CODE", "code", "TOO_LONG", { code: `T.${"A".repeat(39)}` }],
    ["a managerial prefix on a technical entry", "INVALID_COMPETENCY_CODE", "code", "KIND_PREFIX_MISMATCH", { code: "M.ARSIP" }],
    ["an empty name", "INVALID_COMPETENCY_NAME", "name", "EMPTY", { name: "" }],
    ["a one-letter name", "INVALID_COMPETENCY_NAME", "name", "TOO_SHORT", { name: "A" }],
    ["a 151-character name", "INVALID_COMPETENCY_NAME", "name", "TOO_LONG", { name: "a".repeat(151) }],
    ["an unknown kind", "INVALID_COMPETENCY_KIND", "kind", undefined, { kind: "SOFT_SKILL" }],
    ["a 1001-character description", "INVALID_COMPETENCY_DESCRIPTION", "description", "TOO_LONG", { description: "a".repeat(1001) }],
    ["a name that is a formula", "INVALID_COMPETENCY_NAME", "name", "FORMULA", { name: "=HYPERLINK(\"http://x\")" }],
    ["a name with a NUL", "INVALID_COMPETENCY_NAME", "name", "CONTROL_CHARACTER", { name: "Arsip\u0000" }],
    ["a description with a bidi override", "INVALID_COMPETENCY_DESCRIPTION", "description", "BIDI_CONTROL", { description: "Arsip \u202Efdp" }],
  ];

  it.each(singleErrors)("reports %s as %s on %s (%s)", (_, code, field, reason, change) => {
    const result = validateCompetency({ ...technical, ...change });
    expect(result.ok ? [] : result.error.map((e) => [e.code, e.field, e.reason])).toEqual([[code, field, reason]]);
  });

  it("has a table case for every error code", () => {
    expect(new Set(singleErrors.map(([, code]) => code))).toEqual(new Set(COMPETENCY_ERROR_CODES));
  });

  it("returns every problem at once in form order, and checks the prefix only once the kind is valid", () => {
    const result = validateCompetency({ code: "M.ARSIP", name: "", kind: "", description: "x".repeat(1001) });
    expect(result.ok ? [] : result.error.map((e) => [e.field, e.code])).toEqual([
      ["name", "INVALID_COMPETENCY_NAME"],
      ["kind", "INVALID_COMPETENCY_KIND"],
      ["description", "INVALID_COMPETENCY_DESCRIPTION"],
    ]);
  });

  it("keeps the lines of a description", () => {
    expect(validateCompetency({ ...technical, description: "Baris satu\r\nBaris dua" })).toMatchObject({
      ok: true,
      value: { description: "Baris satu\nBaris dua" },
    });
  });

  it("accepts a code of exactly COMPETENCY_CODE_MAX_LENGTH (40, the column's) characters and a name of 150", () => {
    expect(COMPETENCY_CODE_MAX_LENGTH).toBe(40);
    expect(validateCompetency({ ...technical, code: `T.${"A".repeat(38)}`, name: "n".repeat(COMPETENCY_NAME_MAX_LENGTH) }).ok).toBe(true);
  });

  it("takes the city's own code prefixes", () => {
    const rules = { ...competencyRules, codePrefixByKind: { ...competencyRules.codePrefixByKind, TECHNICAL: "TK" } };
    expect(validateCompetency({ ...technical, code: "TK.ARSIP" }, rules).ok).toBe(true);
    expect(validateCompetency({ ...technical, code: "T.ARSIP" }, rules).ok).toBe(false);
  });

  it("never throws, reports only known codes on fields of the draft, and its output validates to itself", () => {
    const text = fc.oneof(fc.string(), fc.constantFrom("", "T.ARSIP", "M.INTEGRITAS", "technical", "MANAGERIAL", "Integritas"));
    fc.assert(
      fc.property(fc.record({ code: text, name: text, kind: text, description: fc.option(text) }), (draft) => {
        const result = validateCompetency(draft);
        if (result.ok) {
          expect(validateCompetency(result.value)).toEqual(result);
          return;
        }
        const fields = result.error.map((e) => e.field);
        expect(new Set(fields).size).toBe(fields.length);
        for (const e of result.error) {
          expect(COMPETENCY_ERROR_CODES).toContain(e.code);
          expect(Object.keys(draft)).toContain(e.field);
        }
      }),
    );
    fc.assert(fc.property(fc.anything(), (input) => expect(typeof validateCompetency(input as CompetencyDraft).ok).toBe("boolean")));
  });
});
