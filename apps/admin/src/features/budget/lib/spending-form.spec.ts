import { categoryBasis, checkCancelReason, checkSpending, recordSpendingInput, spendingWarnings, updateSpendingInput, type LineMoney, type SpendingFormValues } from "./spending-form";

const line: LineMoney = { ceiling: 10_000_000, spent: 7_000_000, committed: 1_000_000, settlesCommitment: false };
const valid: SpendingFormValues = { amount: 500_000, spentOn: "2026-11-20", description: "Konsumsi rapat", documentNumber: "SPJ/001/XI/2026", category: "MEALS" };

describe("spending form", () => {
  it("accepts a complete entry", () => {
    expect(checkSpending(valid, line)).toEqual({});
  });

  it("names every missing field", () => {
    const problems = checkSpending({ amount: null, spentOn: null, description: " ", documentNumber: "" }, line);
    expect(Object.keys(problems).sort()).toEqual(["amount", "description", "documentNumber", "spentOn"]);
    expect(problems.description).toMatchObject({ facts: { reason: "EMPTY" } });
  });

  it("refuses an amount that is not whole rupiah above 0 by the domain's rule", () => {
    expect(checkSpending({ ...valid, amount: 0 }, line).amount).toMatchObject({ facts: { domainCode: "INVALID_AMOUNT", reason: "ZERO" } });
    expect(checkSpending({ ...valid, amount: 10.5 }, line).amount).toMatchObject({ facts: { domainCode: "INVALID_AMOUNT", reason: "NOT_INTEGER" } });
  });

  it("does not block an amount over what is left: that is a warning with what remains", () => {
    const over = { ...valid, amount: 2_500_000 };
    expect(checkSpending(over, line)).toEqual({});
    expect(spendingWarnings(over, line)).toEqual({ exceeded: { remaining: 2_000_000 }, aboveStandard: null });
    expect(spendingWarnings({ ...valid, amount: 2_000_000 }, line).exceeded).toBeNull();
  });

  it("counts the commitment a programme's spend settles", () => {
    // Free 2,000,000; settling releases up to the 1,000,000 committed.
    expect(spendingWarnings({ ...valid, amount: 3_000_000 }, { ...line, settlesCommitment: true }).exceeded).toBeNull();
    expect(spendingWarnings({ ...valid, amount: 3_000_001 }, { ...line, settlesCommitment: true }).exceeded).toEqual({ remaining: 3_000_000 });
  });

  it("checks an edit as if the entry's old amount were not spent", () => {
    const edited = { amount: 1_000_000, active: true };
    expect(spendingWarnings({ ...valid, amount: 3_000_000 }, line, edited).exceeded).toBeNull();
    expect(spendingWarnings({ ...valid, amount: 3_000_001 }, line, edited).exceeded).toEqual({ remaining: 3_000_000 });
  });

  it("checks an edit by the domain's canEditSpend, as the API does: a programme's entry may grow into its line's whole capacity", () => {
    // A programme's line with its commitment capped at what the line has left (the domain's openCommitment).
    const programmeLine: LineMoney = { ceiling: 10_000_000, spent: 7_000_000, committed: 3_000_000, settlesCommitment: true };
    const edited = { amount: 1_000_000, active: true };
    expect(spendingWarnings({ ...valid, amount: 4_000_000 }, programmeLine, edited).exceeded).toBeNull();
    expect(spendingWarnings({ ...valid, amount: 4_000_001 }, programmeLine, edited).exceeded).toEqual({ remaining: 4_000_000 });
    // A full line: the entry may keep its amount or shrink, not grow.
    const full: LineMoney = { ceiling: 1_000_000, spent: 1_000_000, committed: 0, settlesCommitment: true };
    expect(spendingWarnings({ ...valid, amount: 500_000 }, full, { amount: 500_000, active: true }).exceeded).toBeNull();
    expect(spendingWarnings({ ...valid, amount: 500_001 }, full, { amount: 500_000, active: true }).exceeded).toEqual({ remaining: 500_000 });
  });

  it("asks for the basis of a standard cost and warns above it, naming the standard", () => {
    const speaker = { ...valid, category: "SPEAKER_FEE" as const, amount: 1_000_000 };
    expect(checkSpending(speaker, line)).toMatchObject({ speakerLevel: { facts: { domainCode: "INVALID_STANDARD_COST_INPUT", reason: "MISSING" } } });
    expect(checkSpending({ ...speaker, speakerLevel: "ESELON_II" }, line)).toMatchObject({ minutes: { facts: { reason: "MISSING" } } });
    const full = { ...speaker, speakerLevel: "ESELON_II" as const, minutes: 60, quantity: 1 };
    expect(checkSpending(full, line)).toEqual({});
    expect(spendingWarnings(full, line).aboveStandard).toBeNull();
    // Eselon II: Rp1,000,000 per hour (PMK 49/2023); two hours for two persons is Rp4,000,000.
    expect(spendingWarnings({ ...full, amount: 1_000_001 }, line).aboveStandard).toEqual({ standard: "PMK_49_2023", ceiling: 1_000_000 });
    expect(spendingWarnings({ ...full, amount: 1_800_000, minutes: 120, quantity: 2 }, line).aboveStandard).toBeNull();
  });

  it("shows the basis fields a category needs", () => {
    expect(categoryBasis("SPEAKER_FEE")).toEqual({ quantity: "PERSONS", level: true, minutes: true });
    expect(categoryBasis("DAILY_ALLOWANCE_TRAINING")).toEqual({ quantity: "PERSON_DAYS", level: false, minutes: false });
    expect(categoryBasis("MEALS")).toEqual({ quantity: null, level: false, minutes: false });
    expect(categoryBasis(null).quantity).toBeNull();
  });

  it("sends a new entry with the basis only of a category that has one", () => {
    expect(recordSpendingInput({ ...valid, description: "  Konsumsi  ", quantity: 3, speakerLevel: "MINISTER", minutes: 60, batchId: "b1" }, "l1")).toEqual({
      budgetLineId: "l1",
      amount: 500_000,
      spentOn: "2026-11-20",
      description: "Konsumsi",
      documentNumber: "SPJ/001/XI/2026",
      category: "MEALS",
      quantity: null,
      speakerLevel: null,
      minutes: null,
      batchId: "b1",
    });
    expect(recordSpendingInput({ ...valid, category: "SPEAKER_FEE", quantity: 2, speakerLevel: "ESELON_I", minutes: 90 }, "l1")).toMatchObject({
      category: "SPEAKER_FEE",
      quantity: 2,
      speakerLevel: "ESELON_I",
      minutes: 90,
      batchId: null,
    });
  });

  it("sends only what an edit changed, with the version read", () => {
    const read = { id: "s1", version: 2, amount: 500_000, spentOn: "2026-11-20", description: "Konsumsi rapat", documentNumber: "SPJ/001/XI/2026" };
    expect(updateSpendingInput(valid, read)).toEqual({ id: "s1", version: 2 });
    expect(updateSpendingInput({ ...valid, amount: 450_000, documentNumber: " SPJ/002 " }, read)).toEqual({ id: "s1", version: 2, amount: 450_000, documentNumber: "SPJ/002" });
  });

  it("cancels only with a reason of at least 3 characters", () => {
    expect(checkCancelReason("Salah input nominal")).toEqual({});
    expect(checkCancelReason("  ")).toMatchObject({ reason: { facts: { reason: "EMPTY" } } });
    expect(checkCancelReason("ab")).toMatchObject({ reason: { facts: { reason: "TOO_SHORT" } } });
  });

  it("dates an entry within the line's fiscal year", () => {
    expect(checkSpending(valid, { ...line, fiscalYear: 2026 })).toEqual({});
    expect(checkSpending({ ...valid, spentOn: "2025-12-31" }, { ...line, fiscalYear: 2026 })).toEqual({ spentOn: { key: "budget.spending.outsideYear", params: { year: 2026 } } });
  });

  it("checks an edit against the line only when the amount grows, and against the standard when it changes", () => {
    const edited = { amount: 1_000_000, active: true };
    // The line has 2,000,000 free: shrinking an entry is never over it.
    expect(spendingWarnings({ ...valid, amount: 900_000 }, { ...line, spent: 12_000_000 }, edited).exceeded).toBeNull();
    const speaker = { ...valid, category: "SPEAKER_FEE" as const, quantity: 1, amount: 1_000_000 };
    expect(checkSpending(speaker, line, edited)).toEqual({});
    expect(checkSpending({ ...speaker, amount: 900_000 }, line, edited)).toMatchObject({ speakerLevel: { facts: { reason: "MISSING" } } });
  });

  it("sends a speaker's level and minutes with a changed amount", () => {
    const read = { id: "s1", version: 1, amount: 1_000_000, spentOn: "2026-11-20", description: "Honor", documentNumber: "K-1" };
    const v = { amount: 900_000, spentOn: "2026-11-20", description: "Honor", documentNumber: "K-1", category: "SPEAKER_FEE" as const, speakerLevel: "ESELON_II" as const, minutes: 60 };
    expect(updateSpendingInput(v, read)).toEqual({ id: "s1", version: 1, amount: 900_000, speakerLevel: "ESELON_II", minutes: 60 });
    expect(updateSpendingInput({ ...v, amount: 1_000_000 }, read)).toEqual({ id: "s1", version: 1 });
  });
});
