import { checkDecisionNote, checkRevision, requestRevisionInput, revisionPreview } from "./revision-form";

const lines = [
  { id: "a", ceiling: 10_000_000, spent: 6_000_000 },
  { id: "b", ceiling: 5_000_000, spent: 1_000_000 },
];

describe("revision form", () => {
  it("accepts a transfer that keeps each line above its spending, and previews both ceilings", () => {
    const v = { kind: "TRANSFER" as const, fromLineId: "a", toLineId: "b", amount: 4_000_000, reason: "Kebutuhan narasumber bertambah" };
    expect(checkRevision(v, lines)).toEqual({});
    expect(revisionPreview(v, lines)).toEqual([
      { id: "a", ceiling: 6_000_000 },
      { id: "b", ceiling: 9_000_000 },
    ]);
  });

  it("names what the form lacks before asking the domain", () => {
    expect(Object.keys(checkRevision({ kind: null }, lines))).toEqual(["kind"]);
    expect(Object.keys(checkRevision({ kind: "TRANSFER", reason: "" }, lines)).sort()).toEqual(["amount", "fromLineId", "reason", "toLineId"]);
    expect(Object.keys(checkRevision({ kind: "CHANGE", reason: "APBD-P" }, lines)).sort()).toEqual(["lineId", "newCeiling"]);
  });

  it("refuses by the domain's rules: the same line twice, a line brought below its spending", () => {
    expect(checkRevision({ kind: "TRANSFER", fromLineId: "a", toLineId: "a", amount: 1, reason: "x" }, lines)).toMatchObject({
      toLineId: { facts: { domainCode: "INVALID_REVISION", reason: "SAME_LINE" } },
    });
    expect(checkRevision({ kind: "TRANSFER", fromLineId: "a", toLineId: "b", amount: 4_000_001, reason: "x" }, lines)).toMatchObject({
      amount: { facts: { domainCode: "REVISION_BELOW_SPENT" } },
    });
    expect(checkRevision({ kind: "CHANGE", lineId: "b", newCeiling: 999_999, reason: "APBD-P" }, lines)).toMatchObject({
      newCeiling: { facts: { domainCode: "REVISION_BELOW_SPENT" } },
    });
    expect(revisionPreview({ kind: "CHANGE", lineId: "b", newCeiling: 999_999, reason: "APBD-P" }, lines)).toBeNull();
  });

  it("sends the parts of its kind", () => {
    expect(requestRevisionInput({ kind: "CHANGE", lineId: "b", newCeiling: 7_000_000, reason: " APBD-P ", fromLineId: "a", amount: 3 })).toEqual({
      kind: "CHANGE",
      lineId: "b",
      newCeiling: 7_000_000,
      reason: "APBD-P",
    });
    expect(requestRevisionInput({ kind: "TRANSFER", fromLineId: "a", toLineId: "b", amount: 3, reason: "r" })).toEqual({
      kind: "TRANSFER",
      fromLineId: "a",
      toLineId: "b",
      amount: 3,
      reason: "r",
    });
  });

  it("takes an optional decision note within its limits", () => {
    expect(checkDecisionNote("")).toEqual({});
    expect(checkDecisionNote(undefined)).toEqual({});
    expect(checkDecisionNote("Sisa pagu tidak cukup")).toEqual({});
    expect(checkDecisionNote("x".repeat(1001))).toMatchObject({ note: { facts: { reason: "TOO_LONG" } } });
    expect(checkDecisionNote("=SUM(A1)")).toMatchObject({ note: { facts: { reason: "FORMULA" } } });
  });
});
