import { checkCandidate, checkCeiling, previewCostPerParticipantJp } from "./planning-forms";

describe("planning forms", () => {
  it("checks every field of a candidate with the domain's rule", () => {
    const { problems, valid } = checkCandidate({ competencyIds: [], participants: 0, cost: 1.5 });
    expect(valid).toBeNull();
    expect(Object.keys(problems)).toEqual(["title", "competencyIds", "participants", "jp", "cost"]);
    expect(problems.cost).toMatchObject({ facts: { domainCode: "INVALID_AMOUNT", reason: "NOT_INTEGER" } });
    expect(problems.title).toMatchObject({ facts: { domainCode: "INVALID_TITLE", reason: "EMPTY" } });
  });

  it("refuses a competency chosen twice (it would count its participants twice)", () => {
    const { problems } = checkCandidate({ title: "Latsar", competencyIds: ["1", "1"], participants: 30, jp: 40, cost: 0 });
    expect(problems.competencyIds).toMatchObject({ facts: { domainCode: "DUPLICATE_COMPETENCY" } });
  });

  it("refuses a title a spreadsheet would run as a formula", () => {
    const { problems } = checkCandidate({ title: "=HYPERLINK(\"x\")", competencyIds: ["1"], participants: 30, jp: 40, cost: 0 });
    expect(problems.title).toMatchObject({ facts: { domainCode: "INVALID_TITLE", reason: "FORMULA" } });
  });

  it("answers the checked candidate when nothing is wrong", () => {
    const { problems, valid } = checkCandidate({ title: "  Latsar  CPNS ", competencyIds: ["1"], participants: 30, jp: 40, cost: 0 });
    expect(problems).toEqual({});
    expect(valid).toEqual({ title: "Latsar CPNS", competencyIds: ["1"], participants: 30, jp: 40, cost: 0, mandatory: false });
  });

  it("takes a ceiling in whole rupiah", () => {
    expect(checkCeiling(1_500_000_000)).toEqual({});
    expect(checkCeiling(null)).toMatchObject({ ceiling: { facts: { domainCode: "INVALID_AMOUNT", reason: "NOT_INTEGER" } } });
    expect(checkCeiling(-1)).toMatchObject({ ceiling: { facts: { domainCode: "INVALID_AMOUNT", reason: "NEGATIVE" } } });
    expect(checkCeiling(2 ** 53)).toMatchObject({ ceiling: { facts: { reason: "TOO_LARGE" } } });
  });

  it("previews the cost per participant-JP as the domain rounds it", () => {
    expect(previewCostPerParticipantJp({ cost: 36_100_000, participants: 40, jp: 25 })).toBe(36_100);
    expect(previewCostPerParticipantJp({ cost: 100, participants: 3, jp: 2 })).toBe(17);
    expect(previewCostPerParticipantJp({ cost: 100, participants: 0, jp: 2 })).toBeNull();
    expect(previewCostPerParticipantJp({ cost: null, participants: 3, jp: 2 })).toBeNull();
  });
});
