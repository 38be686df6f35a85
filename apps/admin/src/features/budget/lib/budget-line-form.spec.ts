import { APBD_ACCOUNTS, disbursementPlan } from "@bina/domain";
import {
  accountName,
  accountOptions,
  checkBudgetLine,
  createBudgetLineInput,
  defaultPlan,
  initialLineValues,
  planAfterChange,
  planBalance,
  updateBudgetLineInput,
  updateChangesLine,
  type BudgetLineFormValues,
  type EditedLine,
} from "./budget-line-form";

const CEILING = 150_000_000;
const valid: BudgetLineFormValues = {
  accountCode: "5.1.02.02.12.0001",
  name: "Pelatihan teknis pengadaan",
  ceiling: CEILING,
  programmeId: null,
  unitId: null,
  plannedByMonth: disbursementPlan(CEILING),
};
const read: EditedLine = {
  id: "l1",
  version: 3,
  name: "Pelatihan teknis pengadaan",
  ceiling: 12_000_000,
  plannedByMonth: disbursementPlan(12_000_000),
  programme: { id: "p1" },
};

describe("budget line form: the plan follows the ceiling until a month is typed", () => {
  it("splits a new ceiling by the domain's default profile", () => {
    const next = planAfterChange({ ceiling: CEILING }, { ...valid, plannedByMonth: undefined }, false);
    expect(next).toEqual({ edited: false, plan: disbursementPlan(CEILING) });
    expect(next.plan!.reduce((a, b) => a! + b!, 0)).toBe(CEILING);
  });

  it("splits again when the ceiling changes, as long as no month was typed", () => {
    const first = planAfterChange({ ceiling: 1_000_001 }, { ...valid, ceiling: 1_000_001 }, false);
    const second = planAfterChange({ ceiling: 2_400_000 }, { ...valid, ceiling: 2_400_000, plannedByMonth: first.plan }, first.edited);
    expect(second.plan).toEqual(disbursementPlan(2_400_000));
    // Q1 5% a month, Q2 8⅓%, Q3 and Q4 10%.
    expect(second.plan).toEqual([120_000, 120_000, 120_000, 200_000, 200_000, 200_000, 240_000, 240_000, 240_000, 240_000, 240_000, 240_000]);
  });

  it("keeps the user's plan once a month was typed, whatever the ceiling does", () => {
    const typed = planAfterChange({ plannedByMonth: [5] }, valid, false);
    expect(typed).toEqual({ edited: true });
    expect(planAfterChange({ ceiling: 9_000_000 }, { ...valid, ceiling: 9_000_000 }, typed.edited)).toEqual({ edited: true });
  });

  it("leaves the plan alone when another field changes", () => {
    expect(planAfterChange({ name: "Diklat" }, valid, false)).toEqual({ edited: false });
  });

  it("empties the months while the ceiling is not whole rupiah", () => {
    expect(defaultPlan(null)).toEqual(Array(12).fill(null));
    expect(defaultPlan(10.5)).toEqual(Array(12).fill(null));
    expect(planAfterChange({ ceiling: null }, { ...valid, ceiling: null }, false).plan).toEqual(Array(12).fill(null));
  });

  it("adds the months up against the ceiling (empty months count 0)", () => {
    expect(planBalance(disbursementPlan(CEILING), CEILING)).toEqual({ sum: CEILING, difference: 0 });
    expect(planBalance([1_000, null, 500, ...Array(9).fill(0)], 2_000)).toEqual({ sum: 1_500, difference: 500 });
    expect(planBalance([3_000, ...Array(11).fill(0)], 2_000)).toEqual({ sum: 3_000, difference: -1_000 });
    expect(planBalance([3_000], null)).toEqual({ sum: 3_000, difference: null });
  });
});

describe("budget line form: checks", () => {
  it("accepts a complete new line", () => {
    expect(checkBudgetLine(valid)).toEqual({});
  });

  it("names every missing field of a new line", () => {
    const problems = checkBudgetLine(initialLineValues(null));
    expect(Object.keys(problems).sort()).toEqual(["accountCode", "ceiling", "name", "plannedByMonth"]);
    expect(problems.plannedByMonth).toEqual({ key: "budget.lineForm.planMonthsRequired" });
  });

  it("checks the account code's shape by the domain's rule, any code of that shape accepted", () => {
    expect(checkBudgetLine({ ...valid, accountCode: "5.1.2.2.12.1" }).accountCode).toMatchObject({ facts: { domainCode: "INVALID_ACCOUNT_CODE", reason: "FORMAT" } });
    expect(checkBudgetLine({ ...valid, accountCode: " 5.2.02.05.01.0001 " })).toEqual({});
  });

  it("checks the name as free text of 3..200 characters", () => {
    expect(checkBudgetLine({ ...valid, name: "ab" }).name).toEqual({ key: "budget.lineForm.nameLength", params: { min: 3, max: 200 } });
    expect(checkBudgetLine({ ...valid, name: "x".repeat(201) }).name).toMatchObject({ key: "budget.lineForm.nameLength" });
    expect(checkBudgetLine({ ...valid, name: "=HYPERLINK(1)" }).name).toMatchObject({ facts: { reason: "FORMULA" } });
  });

  it("refuses a ceiling that is not whole rupiah and a plan that does not add up to the ceiling", () => {
    expect(checkBudgetLine({ ...valid, ceiling: -1 }).ceiling).toMatchObject({ facts: { domainCode: "INVALID_AMOUNT", reason: "NEGATIVE" } });
    const plan = [...disbursementPlan(CEILING)];
    plan[11] = plan[11]! + 1;
    expect(checkBudgetLine({ ...valid, plannedByMonth: plan })).toEqual({ plannedByMonth: { key: "budget.lineForm.planNotCeiling" } });
    plan[11] = 0.5;
    expect(checkBudgetLine({ ...valid, plannedByMonth: plan }).plannedByMonth).toMatchObject({ facts: { domainCode: "INVALID_AMOUNT", reason: "NOT_INTEGER" } });
  });

  it("accepts a ceiling of 0 with a plan of zeros", () => {
    expect(checkBudgetLine({ ...valid, ceiling: 0, plannedByMonth: Array(12).fill(0) })).toEqual({});
  });

  it("checks an edit's plan against the line's read-only ceiling and asks no account code or ceiling", () => {
    const edit = initialLineValues(read);
    expect(checkBudgetLine(edit, read)).toEqual({});
    // The form's ceiling is ignored in edit mode: the line's is what the plan must reach.
    expect(checkBudgetLine({ ...edit, ceiling: 1, accountCode: null }, read)).toEqual({});
    expect(checkBudgetLine({ ...edit, plannedByMonth: disbursementPlan(12_000_001) }, read)).toEqual({ plannedByMonth: { key: "budget.lineForm.planNotCeiling" } });
  });
});

describe("budget line form: what is sent", () => {
  it("sends a new line of the page's year with its plan, programme and unit", () => {
    const plan = [...disbursementPlan(CEILING)];
    expect(createBudgetLineInput({ ...valid, accountCode: " 5.1.02.02.12.0001 ", name: "  Pelatihan   teknis pengadaan ", programmeId: "p1", unitId: "u1", plannedByMonth: plan }, 2026)).toEqual({
      fiscalYear: 2026,
      accountCode: "5.1.02.02.12.0001",
      name: "Pelatihan teknis pengadaan",
      ceiling: CEILING,
      programmeId: "p1",
      unitId: "u1",
      plannedByMonth: plan,
    });
    expect(createBudgetLineInput(valid, 2027)).toMatchObject({ fiscalYear: 2027, programmeId: null, unitId: null });
  });

  it("sends only what an edit changed, with the version read", () => {
    const unchanged = updateBudgetLineInput(initialLineValues(read), read);
    expect(unchanged).toEqual({ id: "l1", version: 3 });
    expect(updateChangesLine(unchanged)).toBe(false);
    const plan = [...read.plannedByMonth];
    plan[0] = plan[0]! - 100_000;
    plan[11] = plan[11]! + 100_000;
    const changed = updateBudgetLineInput({ ...initialLineValues(read), name: "Pelatihan pengadaan barang/jasa", plannedByMonth: plan }, read);
    expect(changed).toEqual({ id: "l1", version: 3, name: "Pelatihan pengadaan barang/jasa", plannedByMonth: plan });
    expect(updateChangesLine(changed)).toBe(true);
  });

  it("clears the programme when none is picked, and names a new one", () => {
    expect(updateBudgetLineInput({ ...initialLineValues(read), programmeId: null }, read)).toEqual({ id: "l1", version: 3, clearProgramme: true });
    expect(updateBudgetLineInput({ ...initialLineValues(read), programmeId: "p2" }, read)).toEqual({ id: "l1", version: 3, programmeId: "p2" });
    const none = { ...read, programme: null };
    expect(updateBudgetLineInput({ ...initialLineValues(none), programmeId: null }, none)).toEqual({ id: "l1", version: 3 });
  });

  it("offers the domain's typical accounts with their names", () => {
    expect(accountOptions().map((o) => o.value)).toEqual(APBD_ACCOUNTS.map((a) => a.code));
    expect(accountOptions()[0]!.label).toBe(`${APBD_ACCOUNTS[0]!.code} · ${APBD_ACCOUNTS[0]!.name}`);
    expect(accountName("5.1.02.04.01.0001")).toBe("Belanja Perjalanan Dinas Biasa");
    expect(accountName("5.2.02.05.01.0001")).toBeNull();
  });
});
