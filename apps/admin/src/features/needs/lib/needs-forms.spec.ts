import { checkAssessment, checkCompetency, checkProposal, checkReturnReason, checkSkp, checkStandard } from "./needs-forms";

describe("needs forms", () => {
  it("checks a technical competency with the domain's rule", () => {
    const { problems, valid } = checkCompetency({ code: "m.arsip", name: "A", description: "" });
    expect(valid).toBeNull();
    expect(problems.code).toEqual({ facts: expect.objectContaining({ domainCode: "INVALID_COMPETENCY_CODE", reason: "KIND_PREFIX_MISMATCH" }) });
    expect(problems.name).toEqual({ facts: expect.objectContaining({ domainCode: "INVALID_COMPETENCY_NAME", reason: "TOO_SHORT" }) });
    expect(checkCompetency({ code: "t.pengelolaan arsip", name: "Pengelolaan Arsip" }).valid).toEqual(
      expect.objectContaining({ code: "T.PENGELOLAAN_ARSIP", kind: "TECHNICAL" }),
    );
  });

  it("checks levels with the domain's rule", () => {
    expect(checkStandard({ positionKind: "PELAKSANA", level: 3 })).toEqual({});
    expect(checkStandard({ level: 6 })).toEqual({
      positionKind: { key: "form.required" },
      level: { facts: expect.objectContaining({ domainCode: "INVALID_LEVEL", reason: "OUT_OF_RANGE" }) },
    });
    expect(checkAssessment({ competencyId: "1", level: 2.5, source: "SELF", assessedOn: "2026-03-01" }, 2026).level).toEqual({
      facts: expect.objectContaining({ domainCode: "INVALID_LEVEL", reason: "NOT_INTEGER" }),
    });
    expect(Object.keys(checkAssessment({}, 2026))).toEqual(["competencyId", "level", "source", "assessedOn"]);
  });

  it("checks an assessment's date against the cycle year and its source with the domain's rules", () => {
    const ok = { competencyId: "1", level: 3, source: "SELF", assessedOn: "2026-03-01" } as const;
    expect(checkAssessment(ok, 2026)).toEqual({});
    expect(checkAssessment(ok, 2027).assessedOn).toEqual({ facts: expect.objectContaining({ domainCode: "DATE_OUTSIDE_YEAR" }) });
    expect(checkAssessment({ ...ok, assessedOn: "2026-02-30" }, 2026).assessedOn).toEqual({ facts: expect.objectContaining({ domainCode: "INVALID_DATE" }) });
    expect(checkAssessment({ ...ok, source: "PEER" as never }, 2026).source).toEqual({ facts: expect.objectContaining({ domainCode: "INVALID_SOURCE" }) });
  });

  it("requires both SKP ratings", () => {
    expect(checkSkp({ resultRating: "ABOVE", behaviourRating: "MEETS" })).toEqual({});
    expect(Object.keys(checkSkp({ resultRating: "ABOVE" }))).toEqual(["behaviourRating"]);
  });

  it("requires every field of a proposal and positive counts", () => {
    expect(Object.keys(checkProposal({ participants: 0, jp: 1.5 }))).toEqual(["unitId", "competencyId", "title", "participants", "jp", "justification"]);
    expect(checkProposal({ unitId: "1", competencyId: "2", title: "Pelatihan", participants: 20, jp: 24, justification: "Perlu untuk layanan" })).toEqual({});
  });

  it("checks a proposal's text with the domain's text rule and the proposal limits", () => {
    const problems = checkProposal({ unitId: "1", competencyId: "2", title: "=cmd|x", participants: 20, jp: 24, justification: "Perlu" });
    expect(problems.title).toEqual({ facts: expect.objectContaining({ domainCode: "INVALID_TITLE", reason: "FORMULA" }) });
    expect(problems.justification).toEqual({ facts: expect.objectContaining({ domainCode: "INVALID_JUSTIFICATION", reason: "TOO_SHORT" }) });
  });

  it("requires a reason to return a proposal", () => {
    expect(checkReturnReason("  ")).toEqual({ reason: { facts: expect.objectContaining({ domainCode: "INVALID_TEXT", reason: "EMPTY" }) } });
    expect(checkReturnReason("a\u202Eb c")).toEqual({ reason: { facts: expect.objectContaining({ reason: "BIDI_CONTROL" }) } });
    expect(checkReturnReason("Anggaran tidak cukup")).toEqual({});
  });
});
