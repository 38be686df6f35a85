import { checkCandidate, checkCeiling } from "./planning-forms";

describe("planning forms", () => {
  it("requires every field of a candidate", () => {
    expect(Object.keys(checkCandidate({ competencyIds: [], participants: 0, estimatedCost: 1.5 }))).toEqual([
      "title",
      "competencyIds",
      "participants",
      "jp",
      "estimatedCost",
    ]);
    expect(checkCandidate({ title: "Latsar", competencyIds: ["1"], participants: 30, jp: 40, estimatedCost: 0 })).toEqual({});
  });

  it("takes a ceiling in whole rupiah", () => {
    expect(checkCeiling(1_500_000_000)).toEqual({});
    expect(checkCeiling(null)).toEqual({ ceiling: { key: "form.wholeRupiah" } });
    expect(checkCeiling(-1)).toEqual({ ceiling: { key: "form.wholeRupiah" } });
  });
});
