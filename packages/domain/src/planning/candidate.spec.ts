import { CANDIDATE_ERROR_CODES, validateCandidate, type CandidateDraft } from "./candidate.js";

const valid: CandidateDraft = {
  title: "  Bimtek   Pengelolaan Barang Milik Daerah ",
  competencyIds: ["c1", "c2"],
  participants: 35,
  jp: 24,
  cost: 37_800_000,
};

describe("validateCandidate", () => {
  it("accepts a candidate and normalises its title", () => {
    expect(validateCandidate(valid)).toEqual({
      ok: true,
      value: { title: "Bimtek Pengelolaan Barang Milik Daerah", competencyIds: ["c1", "c2"], participants: 35, jp: 24, cost: 37_800_000, mandatory: false },
    });
    expect(validateCandidate({ ...valid, mandatory: true, cost: 0 })).toMatchObject({ ok: true, value: { mandatory: true, cost: 0 } });
  });

  it.each<readonly [string, Partial<Record<keyof CandidateDraft, unknown>>, string, string, string | undefined]>([
    ["an empty title", { title: "   " }, "INVALID_TITLE", "title", "EMPTY"],
    ["a title that is a spreadsheet formula", { title: "=HYPERLINK(\"http://x\")" }, "INVALID_TITLE", "title", "FORMULA"],
    ["a title with a command prefix", { title: "+cmd|' /C calc'!A0" }, "INVALID_TITLE", "title", "FORMULA"],
    ["a title with a control character", { title: "Bimtek\u0000Arsip" }, "INVALID_TITLE", "title", "CONTROL_CHARACTER"],
    ["a title with a bidi override", { title: "Bimtek \u202Eevil" }, "INVALID_TITLE", "title", "BIDI_CONTROL"],
    ["a title of 2 characters", { title: "ab" }, "INVALID_TITLE", "title", "TOO_SHORT"],
    ["a title of 201 characters", { title: "a".repeat(201) }, "INVALID_TITLE", "title", "TOO_LONG"],
    ["no competency", { competencyIds: [] }, "INVALID_COMPETENCIES", "competencyIds", "EMPTY"],
    ["21 competencies", { competencyIds: Array.from({ length: 21 }, (_, i) => `c${i}`) }, "INVALID_COMPETENCIES", "competencyIds", "TOO_MANY"],
    ["a blank competency id", { competencyIds: ["c1", " "] }, "INVALID_COMPETENCIES", "competencyIds", "INVALID_ID"],
    ["a competency listed twice (defect: it doubled the value)", { competencyIds: ["c1", "c1"] }, "DUPLICATE_COMPETENCY", "competencyIds", undefined],
    ["0 participants", { participants: 0 }, "INVALID_PARTICIPANTS", "participants", "NOT_POSITIVE_INTEGER"],
    ["2.5 participants", { participants: 2.5 }, "INVALID_PARTICIPANTS", "participants", "NOT_POSITIVE_INTEGER"],
    ["10,001 participants", { participants: 10_001 }, "INVALID_PARTICIPANTS", "participants", "TOO_LARGE"],
    ["-4 JP", { jp: -4 }, "INVALID_JP", "jp", "NOT_POSITIVE_INTEGER"],
    ["2,001 JP", { jp: 2_001 }, "INVALID_JP", "jp", "TOO_LARGE"],
    ["a fractional cost", { cost: 1_000.5 }, "INVALID_AMOUNT", "cost", "NOT_INTEGER"],
    ["a negative cost", { cost: -1 }, "INVALID_AMOUNT", "cost", "NEGATIVE"],
    ["an unsafe cost", { cost: 2 ** 53 }, "INVALID_AMOUNT", "cost", "TOO_LARGE"],
    ["mandatory as text", { mandatory: "yes" }, "INVALID_MANDATORY", "mandatory", undefined],
  ])("refuses %s", (_, change, code, field, reason) => {
    expect(validateCandidate({ ...valid, ...change } as CandidateDraft)).toEqual({
      ok: false,
      error: [{ code, field, message: expect.any(String), ...(reason === undefined ? {} : { reason }) }],
    });
  });

  it("reports every field at fault, in field order", () => {
    const result = validateCandidate({ title: "", competencyIds: ["x", "x"], participants: 0, jp: 0, cost: -5, mandatory: 1 });
    expect(result.ok ? [] : result.error.map((e) => [e.code, e.field])).toEqual([
      ["INVALID_TITLE", "title"],
      ["DUPLICATE_COMPETENCY", "competencyIds"],
      ["INVALID_PARTICIPANTS", "participants"],
      ["INVALID_JP", "jp"],
      ["INVALID_AMOUNT", "cost"],
      ["INVALID_MANDATORY", "mandatory"],
    ]);
    expect(new Set(CANDIDATE_ERROR_CODES)).toEqual(new Set(["INVALID_TITLE", "INVALID_COMPETENCIES", "DUPLICATE_COMPETENCY", "INVALID_PARTICIPANTS", "INVALID_JP", "INVALID_AMOUNT", "INVALID_MANDATORY"]));
  });

  it("treats input that is not an object as all fields missing", () => {
    const result = validateCandidate(null as unknown as CandidateDraft);
    expect(result.ok ? 0 : result.error.length).toBe(5);
  });
});
