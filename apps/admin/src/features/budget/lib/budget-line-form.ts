import { APBD_ACCOUNTS, checkAccountCode, checkRupiah, checkText, disbursementPlan } from "@bina/domain";
import { domainProblem, type FieldProblems } from "../../../ui/form-problems";

/** The API's limits of a line's name (modules/budget/budget-limits.ts: the column's length). */
export const LINE_NAME_MIN = 3;
export const LINE_NAME_MAX = 200;
export const MONTHS = 12;

export const BUDGET_LINE_FIELDS = ["accountCode", "name", "ceiling", "programmeId", "unitId", "plannedByMonth"] as const;
export type BudgetLineField = (typeof BUDGET_LINE_FIELDS)[number];

/** A month's amount as the API names it (`plannedByMonth[3]`) is the plan's problem. */
export const BUDGET_LINE_ALIASES: Readonly<Record<string, BudgetLineField>> = { clearProgramme: "programmeId" };

export interface BudgetLineFormValues {
  accountCode?: string | null;
  name?: string;
  ceiling?: number | null;
  programmeId?: string | null;
  unitId?: string | null;
  /** January..December; an emptied month is null. */
  plannedByMonth?: ReadonlyArray<number | null>;
}

/** The line being edited, as read: the edit form starts from it and sends only what differs, with its version. */
export interface EditedLine {
  readonly id: string;
  readonly version: number;
  readonly name: string;
  readonly ceiling: number;
  readonly plannedByMonth: readonly number[];
  readonly programme: { readonly id: string } | null;
}

/** The account options: the domain's typical APBD accounts, code and name (a code of the same shape may be typed). */
export const accountOptions = (): { readonly value: string; readonly label: string }[] => APBD_ACCOUNTS.map((a) => ({ value: a.code, label: `${a.code} · ${a.name}` }));

/** The name of a typical account by its code, or null for another code. */
export const accountName = (code: string | null | undefined): string | null => APBD_ACCOUNTS.find((a) => a.code === (code ?? "").trim())?.name ?? null;

const emptyPlan = (): (number | null)[] => Array.from({ length: MONTHS }, () => null);

/** The domain's default planned disbursement of a ceiling (disbursementPlan); 12 empty months while the ceiling is not whole rupiah. */
export const defaultPlan = (ceiling: number | null | undefined): (number | null)[] =>
  typeof ceiling === "number" && checkRupiah(ceiling, "ceiling").ok ? disbursementPlan(ceiling) : emptyPlan();

/**
 * The plan after a change of the form: a month the user typed marks the plan as theirs (it is never re-split again);
 * until then a changed ceiling re-splits it by the domain's disbursementPlan. `plan` is set only when it must change.
 */
export const planAfterChange = (
  changed: Partial<BudgetLineFormValues>,
  values: BudgetLineFormValues,
  edited: boolean,
): { readonly edited: boolean; readonly plan?: (number | null)[] } => {
  if ("plannedByMonth" in changed) return { edited: true };
  if ("ceiling" in changed && !edited) return { edited: false, plan: defaultPlan(values.ceiling) };
  return { edited };
};

/** The months' sum (empty months count 0) against the ceiling: what is still to plan (negative: planned too much). */
export const planBalance = (plan: ReadonlyArray<number | null> | undefined, ceiling: number | null | undefined): { readonly sum: number; readonly difference: number | null } => {
  const sum = (plan ?? []).reduce<number>((total, amount) => total + (typeof amount === "number" && Number.isFinite(amount) ? amount : 0), 0);
  return { sum, difference: typeof ceiling === "number" && Number.isFinite(ceiling) ? ceiling - sum : null };
};

/**
 * The problems that keep the form from being sent, at most one per field: an account code of the APBD shape (the
 * domain's checkAccountCode), a name of 3..200 characters of free text (checkText), a ceiling of whole rupiah (checkRupiah;
 * a new line only: an edit's ceiling is read-only) and a plan of 12 months of whole rupiah that add up to the ceiling
 * (what the API requires). Programme and unit are optional.
 */
export const checkBudgetLine = (v: BudgetLineFormValues, edited: EditedLine | null = null): FieldProblems<BudgetLineField> => {
  const p: FieldProblems<BudgetLineField> = {};
  if (!edited) {
    if (!(v.accountCode ?? "").trim()) p.accountCode = { key: "budget.form.required" };
    else {
      const code = checkAccountCode((v.accountCode ?? "").trim());
      if (!code.ok) p.accountCode = domainProblem(code.error);
    }
  }
  const name = checkText(v.name ?? "", { field: "name", min: LINE_NAME_MIN, max: LINE_NAME_MAX });
  if (!name.ok) {
    p.name = name.error.reason === "TOO_SHORT" || name.error.reason === "TOO_LONG" ? { key: "budget.lineForm.nameLength", params: { min: LINE_NAME_MIN, max: LINE_NAME_MAX } } : domainProblem(name.error);
  }
  const ceiling = edited ? edited.ceiling : v.ceiling;
  if (!edited) {
    if (ceiling === null || ceiling === undefined) p.ceiling = { key: "budget.form.required" };
    else {
      const c = checkRupiah(ceiling, "ceiling");
      if (!c.ok) p.ceiling = domainProblem(c.error);
    }
  }
  const plan = v.plannedByMonth ?? [];
  if (plan.length !== MONTHS || plan.some((m) => m === null || m === undefined)) p.plannedByMonth = { key: "budget.lineForm.planMonthsRequired" };
  else {
    const bad = plan.map((m) => checkRupiah(m, "plannedByMonth")).find((r) => !r.ok);
    if (bad && !bad.ok) p.plannedByMonth = domainProblem(bad.error);
    else if (typeof ceiling === "number" && !p.ceiling) {
      const { sum } = planBalance(plan, ceiling);
      if (sum !== ceiling) p.plannedByMonth = { key: "budget.lineForm.planNotCeiling" };
    }
  }
  return p;
};

/** The name as the API stores it (checkText's normalised text), or the input trimmed when it is not valid. */
const nameOf = (v: BudgetLineFormValues): string => {
  const r = checkText(v.name ?? "", { field: "name", min: LINE_NAME_MIN, max: LINE_NAME_MAX });
  return r.ok ? r.value : (v.name ?? "").trim();
};

const planOf = (v: BudgetLineFormValues): number[] => (v.plannedByMonth ?? []).map((m) => m ?? 0);

/** The API's input for a new line of `fiscalYear` from a checked form: the plan as shown, programme and unit when picked. */
export const createBudgetLineInput = (v: BudgetLineFormValues, fiscalYear: number) => ({
  fiscalYear,
  accountCode: (v.accountCode ?? "").trim(),
  name: nameOf(v),
  ceiling: v.ceiling!,
  programmeId: v.programmeId ?? null,
  unitId: v.unitId ?? null,
  plannedByMonth: planOf(v),
});

/**
 * The changes of an edited line: only what differs from what was read (name, plan, programme), with the version read.
 * No programme any more is `clearProgramme` (an omitted programmeId keeps the line's).
 */
export const updateBudgetLineInput = (v: BudgetLineFormValues, read: EditedLine) => {
  const input: { id: string; version: number; name?: string; plannedByMonth?: number[]; programmeId?: string; clearProgramme?: boolean } = {
    id: read.id,
    version: read.version,
  };
  const name = nameOf(v);
  if (name !== read.name) input.name = name;
  const plan = planOf(v);
  if (plan.length !== read.plannedByMonth.length || plan.some((m, i) => m !== read.plannedByMonth[i])) input.plannedByMonth = plan;
  const programmeId = v.programmeId ?? null;
  if (programmeId === null && read.programme !== null) input.clearProgramme = true;
  else if (programmeId !== null && programmeId !== read.programme?.id) input.programmeId = programmeId;
  return input;
};

/** Whether an edit changes anything (nothing to send otherwise). */
export const updateChangesLine = (input: ReturnType<typeof updateBudgetLineInput>): boolean =>
  input.name !== undefined || input.plannedByMonth !== undefined || input.programmeId !== undefined || input.clearProgramme === true;

/** The form's first values: a new line's empty fields with no plan yet, or the edited line's name, programme and plan. */
export const initialLineValues = (edited: EditedLine | null): BudgetLineFormValues =>
  edited
    ? { name: edited.name, ceiling: edited.ceiling, programmeId: edited.programme?.id ?? null, plannedByMonth: [...edited.plannedByMonth] }
    : { accountCode: null, name: "", ceiling: null, programmeId: null, unitId: null, plannedByMonth: emptyPlan() };
