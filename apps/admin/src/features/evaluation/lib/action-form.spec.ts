import { checkAction, checkOutcome, openActionInput, updateActionInput } from "./action-form";

const valid = { source: "LOW_REACTION" as const, title: "Perbaiki fasilitas lab", finding: "Fasilitas 2,3 dari 4", ownerName: "Kepala Bidang PKA", ownerUnitId: null, dueOn: "2027-01-31" };

describe("improvement action form", () => {
  it("accepts a complete action", () => {
    expect(checkAction(valid)).toEqual({});
  });

  it("names every missing or invalid field", () => {
    const problems = checkAction({ source: null, title: "  ", finding: "=HYPERLINK(1)", ownerName: "x".repeat(201), dueOn: "31-01-2027" });
    expect(Object.keys(problems).sort()).toEqual(["dueOn", "finding", "ownerName", "source", "title"]);
    expect(problems.title).toMatchObject({ facts: { domainCode: "INVALID_TEXT", reason: "EMPTY" } });
    expect(problems.ownerName).toMatchObject({ facts: { reason: "TOO_LONG" } });
  });

  it("asks an operator for the owning unit", () => {
    expect(checkAction(valid, { ownerUnitRequired: true })).toEqual({ ownerUnitId: { key: "evaluation.action.ownerUnitRequired" } });
    expect(checkAction({ ...valid, ownerUnitId: "u1" }, { ownerUnitRequired: true })).toEqual({});
  });

  it("sends a new action with its subject and trimmed texts", () => {
    expect(openActionInput({ ...valid, title: "  Judul  " }, { programmeId: "p1" })).toEqual({
      source: "LOW_REACTION",
      title: "Judul",
      finding: valid.finding,
      ownerName: valid.ownerName,
      ownerUnitId: null,
      dueOn: "2027-01-31",
      programmeId: "p1",
      batchId: null,
    });
  });

  it("sends only what changed, with the version read", () => {
    const read = { id: "a1", version: 3, title: valid.title, finding: valid.finding, ownerName: valid.ownerName, ownerUnitId: null, dueOn: valid.dueOn };
    expect(updateActionInput(valid, read)).toEqual({ id: "a1", version: 3 });
    expect(updateActionInput({ ...valid, ownerName: "Sekretaris", dueOn: "2027-02-28", ownerUnitId: "u2" }, read)).toEqual({
      id: "a1",
      version: 3,
      ownerName: "Sekretaris",
      dueOn: "2027-02-28",
      ownerUnitId: "u2",
    });
  });

  it("closes only with what changed written", () => {
    expect(checkOutcome("Lab diganti 20 PC baru")).toEqual({});
    expect(checkOutcome("   ")).toMatchObject({ outcome: { facts: { reason: "EMPTY" } } });
    expect(checkOutcome(undefined)).toMatchObject({ outcome: { facts: { reason: "EMPTY" } } });
  });
});
