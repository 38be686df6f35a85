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
    expect(checkAssessment({ competencyId: "1", level: 2.5, source: "SELF", assessedOn: "2026-03-01" }).level).toEqual({
      facts: expect.objectContaining({ domainCode: "INVALID_LEVEL", reason: "NOT_INTEGER" }),
    });
    expect(Object.keys(checkAssessment({}))).toEqual(["competencyId", "level", "source", "assessedOn"]);
  });

  it("requires both SKP ratings", () => {
    expect(checkSkp({ resultRating: "ABOVE", behaviourRating: "MEETS" })).toEqual({});
    expect(Object.keys(checkSkp({ resultRating: "ABOVE" }))).toEqual(["behaviourRating"]);
  });

  it("requires every field of a proposal and positive counts", () => {
    expect(Object.keys(checkProposal({ participants: 0, jp: 1.5 }))).toEqual(["unitId", "competencyId", "title", "participants", "jp", "justification"]);
    expect(checkProposal({ unitId: "1", competencyId: "2", title: "Pelatihan", participants: 20, jp: 24, justification: "Perlu" })).toEqual({});
  });

  it("requires a reason to return a proposal", () => {
    expect(checkReturnReason("  ")).toEqual({ reason: { key: "errors.app.RETURN_REASON_REQUIRED" } });
    expect(checkReturnReason("Anggaran tidak cukup")).toEqual({});
  });
});
