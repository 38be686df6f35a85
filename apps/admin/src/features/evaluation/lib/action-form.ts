import { checkText } from "@bina/domain";
import type { ImprovementSource, OpenImprovementActionInput, UpdateImprovementActionInput } from "../../../gql/graphql";
import { domainProblem, type FieldProblems } from "../../../ui/form-problems";

/** The API's limits of an improvement action's texts (modules/evaluation/improvement-actions.ts). */
export const ACTION_TITLE_MAX = 200;
export const ACTION_TEXT_MAX = 1000;
export const OWNER_NAME_MAX = 200;

export const ACTION_FIELDS = ["source", "title", "finding", "ownerName", "ownerUnitId", "dueOn"] as const;
export type ActionField = (typeof ACTION_FIELDS)[number];

export interface ActionFormValues {
  source?: ImprovementSource | null;
  title?: string;
  finding?: string;
  ownerName?: string;
  ownerUnitId?: string | null;
  dueOn?: string | null;
}

/** What an action is about, fixed by where it was opened (a programme's row, a batch's page). */
export interface ActionSubject {
  readonly programmeId?: string | null;
  readonly batchId?: string | null;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An improvement action's form, by the API's rules: a source; title, finding and owner as free text within their limits
 * (the domain's checkText, as the API runs it); a due date; an operator (`ownerUnitRequired`) names the owning unit.
 */
export const checkAction = (v: ActionFormValues, { ownerUnitRequired = false } = {}): FieldProblems<ActionField> => {
  const p: FieldProblems<ActionField> = {};
  if (!v.source) p.source = { key: "evaluation.form.required" };
  const texts: [ActionField & ("title" | "finding" | "ownerName"), number, boolean][] = [
    ["title", ACTION_TITLE_MAX, false],
    ["finding", ACTION_TEXT_MAX, true],
    ["ownerName", OWNER_NAME_MAX, false],
  ];
  for (const [field, max, multiline] of texts) {
    const r = checkText(v[field] ?? "", { field, min: 1, max, multiline });
    if (!r.ok) p[field] = domainProblem(r.error);
  }
  if (!v.dueOn || !ISO_DAY.test(v.dueOn)) p.dueOn = { key: "evaluation.form.required" };
  if (ownerUnitRequired && !v.ownerUnitId) p.ownerUnitId = { key: "evaluation.action.ownerUnitRequired" };
  return p;
};

/** The API's input for a new action from a checked form. */
export const openActionInput = (v: ActionFormValues, subject: ActionSubject): OpenImprovementActionInput => ({
  source: v.source!,
  title: (v.title ?? "").trim(),
  finding: (v.finding ?? "").trim(),
  ownerName: (v.ownerName ?? "").trim(),
  ownerUnitId: v.ownerUnitId ?? null,
  dueOn: v.dueOn!,
  programmeId: subject.programmeId ?? null,
  batchId: subject.batchId ?? null,
});

/** The changes of an edited action: only the fields that differ from what was read, with the version read. */
export const updateActionInput = (
  v: ActionFormValues,
  read: { readonly id: string; readonly version: number; readonly title: string; readonly finding: string; readonly ownerName: string; readonly ownerUnitId: string | null; readonly dueOn: string },
): UpdateImprovementActionInput => {
  const input: UpdateImprovementActionInput = { id: read.id, version: read.version };
  const title = (v.title ?? "").trim();
  const finding = (v.finding ?? "").trim();
  const ownerName = (v.ownerName ?? "").trim();
  if (title !== read.title) input.title = title;
  if (finding !== read.finding) input.finding = finding;
  if (ownerName !== read.ownerName) input.ownerName = ownerName;
  if ((v.ownerUnitId ?? null) !== read.ownerUnitId && v.ownerUnitId) input.ownerUnitId = v.ownerUnitId;
  if (v.dueOn && v.dueOn !== read.dueOn) input.dueOn = v.dueOn;
  return input;
};

/** Closing needs what changed, 1..1000 characters of free text (lines allowed). */
export const checkOutcome = (outcome: string | undefined): FieldProblems<"outcome"> => {
  const r = checkText(outcome ?? "", { field: "outcome", min: 1, max: ACTION_TEXT_MAX, multiline: true });
  return r.ok ? {} : { outcome: domainProblem(r.error) };
};
