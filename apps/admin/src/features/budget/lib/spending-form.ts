import { canEditSpend, canSpend, checkStandardCost, checkText, type SpeakerLevel, type SpendingCategory } from "@bina/domain";
import { domainProblem, type FieldProblems } from "../../../ui/form-problems";

/** The API's limits of a spending's texts (modules/budget/budget-limits.ts: the columns' lengths). */
export const SPENDING_DESCRIPTION_MAX = 500;
export const DOCUMENT_NUMBER_MAX = 100;
export const CANCEL_REASON_MIN = 3;
export const CANCEL_REASON_MAX = 1000;

export const SPENDING_FIELDS = ["amount", "spentOn", "description", "documentNumber", "category", "quantity", "speakerLevel", "minutes", "batchId"] as const;
export type SpendingField = (typeof SPENDING_FIELDS)[number];

/** The domain's and the API's field names that are the form's under another name. */
export const SPENDING_ALIASES: Readonly<Record<string, SpendingField>> = { level: "speakerLevel", budgetLineId: "amount" };

export interface SpendingFormValues {
  amount?: number | null;
  spentOn?: string | null;
  description?: string;
  documentNumber?: string;
  category?: SpendingCategory | null;
  quantity?: number | null;
  speakerLevel?: SpeakerLevel | null;
  minutes?: number | null;
  batchId?: string | null;
}

/** What the quantity of a category counts (the basis of its standard cost), or null when it has no standard cost. */
export type QuantityUnit = "PERSONS" | "SESSIONS" | "JP" | "PERSON_DAYS";

/**
 * The basis each category's standard cost is computed from (the contract of checkStandardCost): which fields the form
 * asks for. A speaker's fee: persons, the speakers' level and the minutes spoken; a moderator's: sessions; a teacher's:
 * JP; a daily allowance: person-days. Other categories have no standard cost here.
 */
export const categoryBasis = (category: SpendingCategory | null | undefined): { readonly quantity: QuantityUnit | null; readonly level: boolean; readonly minutes: boolean } => {
  switch (category) {
    case "SPEAKER_FEE":
      return { quantity: "PERSONS", level: true, minutes: true };
    case "MODERATOR_FEE":
      return { quantity: "SESSIONS", level: false, minutes: false };
    case "TEACHER_FEE":
      return { quantity: "JP", level: false, minutes: false };
    case "DAILY_ALLOWANCE_OUT_OF_TOWN":
    case "DAILY_ALLOWANCE_IN_TOWN":
    case "DAILY_ALLOWANCE_TRAINING":
      return { quantity: "PERSON_DAYS", level: false, minutes: false };
    default:
      return { quantity: null, level: false, minutes: false };
  }
};

/** A line's money as the form knows it (from the line's page). */
export interface LineMoney {
  readonly ceiling: number;
  readonly spent: number;
  readonly committed: number;
  /** A line of a programme: a spend on it settles the programme's commitment first. */
  readonly settlesCommitment: boolean;
  /** The line's fiscal year: an entry is dated within it. */
  readonly fiscalYear?: number;
}

/** The entry being edited: its amount as read (an active entry's amount is in the line's spent). */
export interface EditedSpending {
  readonly amount: number;
  readonly active: boolean;
}

/** Whether the amount is checked against the category's standard again, as the API does: a new entry always; an edit when its amount changes. */
const checksStandard = (v: SpendingFormValues, edited: EditedSpending | null) => !edited || (typeof v.amount === "number" && v.amount !== edited.amount);

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The domain's verdict on the amount against the line as loaded: canSpend for a new entry, canEditSpend for an edit of
 * an active entry (its growth checked as a new spend, the API's rule in update-spending.ts); a cancelled entry is not
 * edited (the API refuses), so it is checked as a new one.
 */
const lineVerdict = (line: LineMoney, amount: number, edited: EditedSpending | null) => {
  const money = { ceiling: line.ceiling, spent: line.spent, committed: line.committed };
  const opts = { settlesCommitment: line.settlesCommitment };
  return edited?.active && edited.amount > 0 ? canEditSpend(money, edited.amount, amount, opts) : canSpend(money, amount, opts);
};

const standardInput = (v: SpendingFormValues) => {
  const basis = categoryBasis(v.category);
  return {
    category: v.category!,
    amount: v.amount!,
    ...(basis.quantity ? { quantity: v.quantity ?? undefined } : {}),
    ...(basis.level ? { level: v.speakerLevel ?? undefined } : {}),
    ...(basis.minutes ? { minutes: v.minutes ?? undefined } : {}),
  };
};

/**
 * The problems that keep the form from being sent, at most one per field: an amount that is not whole rupiah above 0
 * (the domain's canSpend refuses it), a missing date, description or document number (the domain's free-text check),
 * and a missing or bad basis of a standard cost (checkStandardCost: quantity, the speakers' level, minutes). Whether
 * the amount fits the line or the standard is a warning only (see spendingWarnings): the server decides.
 */
export const checkSpending = (v: SpendingFormValues, line: LineMoney, edited: EditedSpending | null = null): FieldProblems<SpendingField> => {
  const p: FieldProblems<SpendingField> = {};
  if (v.amount === null || v.amount === undefined) p.amount = { key: "budget.form.required" };
  else {
    const spend = lineVerdict(line, v.amount, edited);
    if (!spend.ok && spend.error.code === "INVALID_AMOUNT") p.amount = domainProblem(spend.error);
  }
  if (!v.spentOn || !ISO_DAY.test(v.spentOn)) p.spentOn = { key: "budget.form.required" };
  else if (line.fiscalYear !== undefined && Number(v.spentOn.slice(0, 4)) !== line.fiscalYear) {
    p.spentOn = { key: "budget.spending.outsideYear", params: { year: line.fiscalYear } };
  }
  const description = checkText(v.description ?? "", { field: "description", min: 1, max: SPENDING_DESCRIPTION_MAX, multiline: true });
  if (!description.ok) p.description = domainProblem(description.error);
  const documentNumber = checkText(v.documentNumber ?? "", { field: "documentNumber", min: 1, max: DOCUMENT_NUMBER_MAX });
  if (!documentNumber.ok) p.documentNumber = domainProblem(documentNumber.error);
  if (v.category && checksStandard(v, edited) && typeof v.amount === "number" && !p.amount) {
    const standard = checkStandardCost(standardInput(v));
    if (!standard.ok && standard.error.code !== "ABOVE_STANDARD_COST") {
      const field = standard.error.field === "level" ? "speakerLevel" : (standard.error.field as SpendingField | undefined);
      if (field && (SPENDING_FIELDS as readonly string[]).includes(field) && !p[field]) p[field] = domainProblem(standard.error);
    }
  }
  return p;
};

export interface SpendingWarnings {
  /** The amount is more than the line has left as loaded: what is left (the server decides on its own figures). */
  readonly exceeded: { readonly remaining: number } | null;
  /** The amount is above the category's standard cost: the standard's code and the ceiling. */
  readonly aboveStandard: { readonly standard: string; readonly ceiling: number | null } | null;
}

/**
 * What the domain's rules say before the server does: canSpend (canEditSpend for an edit) on the line's figures as
 * loaded (BUDGET_EXCEEDED with what remains, for an edit the most the entry may become) and checkStandardCost for a category with a standard cost (ABOVE_STANDARD_COST with the standard).
 * Warnings only: the line may have changed since it was read, and the server checks again under a lock.
 */
export const spendingWarnings = (v: SpendingFormValues, line: LineMoney, edited: EditedSpending | null = null): SpendingWarnings => {
  if (typeof v.amount !== "number") return { exceeded: null, aboveStandard: null };
  const spend = lineVerdict(line, v.amount, edited);
  const exceeded = !spend.ok && spend.error.code === "BUDGET_EXCEEDED" ? { remaining: spend.error.remaining } : null;
  let aboveStandard: SpendingWarnings["aboveStandard"] = null;
  const validAmount = spend.ok || spend.error.code !== "INVALID_AMOUNT";
  if (v.category && checksStandard(v, edited) && validAmount) {
    const standard = checkStandardCost(standardInput(v));
    if (!standard.ok && standard.error.code === "ABOVE_STANDARD_COST") aboveStandard = { standard: standard.error.reason, ceiling: standard.error.ceiling };
  }
  return { exceeded, aboveStandard };
};

/** The API's input for a new entry from a checked form: the basis of a standard cost only for a category that has one. */
export const recordSpendingInput = (v: SpendingFormValues, budgetLineId: string) => {
  const basis = categoryBasis(v.category);
  return {
    budgetLineId,
    amount: v.amount!,
    spentOn: v.spentOn!,
    description: (v.description ?? "").trim(),
    documentNumber: (v.documentNumber ?? "").trim(),
    category: v.category ?? null,
    quantity: basis.quantity && typeof v.quantity === "number" ? v.quantity : null,
    speakerLevel: basis.level ? (v.speakerLevel ?? null) : null,
    minutes: basis.minutes && typeof v.minutes === "number" ? v.minutes : null,
    batchId: v.batchId ?? null,
  };
};

/** The changes of an edited entry: only what differs from what was read (amount, date, texts), with the version read. */
export const updateSpendingInput = (
  v: SpendingFormValues,
  read: { readonly id: string; readonly version: number; readonly amount: number; readonly spentOn: string; readonly description: string; readonly documentNumber: string },
) => {
  const input: {
    id: string;
    version: number;
    amount?: number;
    spentOn?: string;
    description?: string;
    documentNumber?: string;
    speakerLevel?: SpeakerLevel | null;
    minutes?: number | null;
  } = { id: read.id, version: read.version };
  if (typeof v.amount === "number" && v.amount !== read.amount) input.amount = v.amount;
  if (v.spentOn && v.spentOn !== read.spentOn) input.spentOn = v.spentOn;
  const description = (v.description ?? "").trim();
  const documentNumber = (v.documentNumber ?? "").trim();
  if (description !== read.description) input.description = description;
  if (documentNumber !== read.documentNumber) input.documentNumber = documentNumber;
  // A speaker's fee is checked again against its standard when the amount changes: the level and minutes go with it.
  if (input.amount !== undefined && categoryBasis(v.category).level) {
    input.speakerLevel = v.speakerLevel ?? null;
    input.minutes = typeof v.minutes === "number" ? v.minutes : null;
  }
  return input;
};

/** Cancelling needs a reason, 3..1000 characters of free text (lines allowed). */
export const checkCancelReason = (reason: string | undefined): FieldProblems<"reason"> => {
  const r = checkText(reason ?? "", { field: "reason", min: CANCEL_REASON_MIN, max: CANCEL_REASON_MAX, multiline: true });
  return r.ok ? {} : { reason: domainProblem(r.error) };
};
