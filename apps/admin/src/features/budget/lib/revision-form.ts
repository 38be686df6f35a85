import { applyRevision, checkText, REVISION_REASON_MAX_LENGTH, type BudgetRevision, type RevisableLine, type RevisionKind } from "@bina/domain";
import { domainProblem, type FieldProblems } from "../../../ui/form-problems";

export const REVISION_FIELDS = ["kind", "fromLineId", "toLineId", "lineId", "amount", "newCeiling", "reason"] as const;
export type RevisionField = (typeof REVISION_FIELDS)[number];

export interface RevisionFormValues {
  kind?: RevisionKind | null;
  fromLineId?: string | null;
  toLineId?: string | null;
  lineId?: string | null;
  amount?: number | null;
  newCeiling?: number | null;
  reason?: string;
}

/** The revision a form describes, for the domain's check (missing parts are left empty for it to name). */
const revisionOf = (v: RevisionFormValues): BudgetRevision =>
  v.kind === "CHANGE"
    ? { kind: "CHANGE", lineId: v.lineId ?? "", newCeiling: v.newCeiling as number, reason: v.reason ?? "" }
    : { kind: "TRANSFER", fromLineId: v.fromLineId ?? "", toLineId: v.toLineId ?? "", amount: v.amount as number, reason: v.reason ?? "" };

/**
 * A revision request's problems, by the domain's applyRevision on the lines as loaded (the same line on both sides, an
 * amount that is not whole rupiah, a line brought below what it has spent, a reason that is empty or too long), after
 * the form's own: a kind, the lines and the amount picked. The domain stops at its first problem; the form's own
 * problems are all shown.
 */
export const checkRevision = (v: RevisionFormValues, lines: readonly RevisableLine[]): FieldProblems<RevisionField> => {
  const p: FieldProblems<RevisionField> = {};
  if (!v.kind) {
    p.kind = { key: "budget.form.required" };
    return p;
  }
  const required: RevisionField[] = v.kind === "TRANSFER" ? ["fromLineId", "toLineId", "amount"] : ["lineId", "newCeiling"];
  for (const field of required) if (v[field] === null || v[field] === undefined || v[field] === "") p[field] = { key: "budget.form.required" };
  const reason = checkText(v.reason ?? "", { field: "reason", min: 1, max: REVISION_REASON_MAX_LENGTH, multiline: true });
  if (!reason.ok) p.reason = domainProblem(reason.error);
  if (Object.keys(p).length > 0) return p;
  const applied = applyRevision(lines, revisionOf(v));
  if (!applied.ok) {
    const field = (REVISION_FIELDS as readonly string[]).includes(applied.error.field ?? "") ? (applied.error.field as RevisionField) : "reason";
    p[field] = domainProblem(applied.error);
  }
  return p;
};

/** The lines' ceilings after the revision (only those it changes), for the form's preview; null while it is not valid. */
export const revisionPreview = (v: RevisionFormValues, lines: readonly RevisableLine[]): ReadonlyArray<{ readonly id: string; readonly ceiling: number }> | null => {
  if (!v.kind || Object.keys(checkRevision(v, lines)).length > 0) return null;
  const applied = applyRevision(lines, revisionOf(v));
  return applied.ok ? applied.value : null;
};

/** The API's input for a checked request: a transfer's two lines and amount, or a change's line and new ceiling. */
export const requestRevisionInput = (v: RevisionFormValues) =>
  v.kind === "CHANGE"
    ? { kind: "CHANGE" as const, lineId: v.lineId!, newCeiling: v.newCeiling!, reason: (v.reason ?? "").trim() }
    : { kind: "TRANSFER" as const, fromLineId: v.fromLineId!, toLineId: v.toLineId!, amount: v.amount!, reason: (v.reason ?? "").trim() };

/** A decision's note: optional, at most 1000 characters of free text (the requester reads why). */
export const DECISION_NOTE_MAX = 1000;
export const checkDecisionNote = (note: string | undefined): FieldProblems<"note"> => {
  if ((note ?? "").trim() === "") return {};
  const r = checkText(note ?? "", { field: "note", min: 1, max: DECISION_NOTE_MAX, multiline: true });
  return r.ok ? {} : { note: domainProblem(r.error) };
};
