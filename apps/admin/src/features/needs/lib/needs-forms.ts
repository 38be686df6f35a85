import {
  checkAssessmentSource,
  checkDateInYear,
  checkText,
  PROPOSAL_JUSTIFICATION_MAX_LENGTH,
  PROPOSAL_JUSTIFICATION_MIN_LENGTH,
  PROPOSAL_RETURN_REASON_MAX_LENGTH,
  PROPOSAL_RETURN_REASON_MIN_LENGTH,
  PROPOSAL_TITLE_MAX_LENGTH,
  PROPOSAL_TITLE_MIN_LENGTH,
  validateAssessmentLevel,
  validateCompetency,
} from "@bina/domain";
import type { AssessmentSource, CompetencyKind, FunctionalGrade, PositionKind, SkpRating } from "../../../gql/graphql";
import { domainProblem, problemsByField, type FieldProblems } from "../../../ui/form-problems";

/**
 * The checks of the needs forms, run on blur and on submit. Each rule that the domain package owns is the
 * domain's (`validateCompetency`, `validateAssessmentLevel`, `checkAssessmentSource`, `checkDateInYear`,
 * `checkText` with the proposal limits); the rest only says a field is missing.
 */
const REQUIRED = { key: "form.required" } as const;
const POSITIVE_INTEGER = { key: "form.positiveInteger" } as const;

const blank = (value: unknown): boolean => value === undefined || value === null || (typeof value === "string" && value.trim() === "");
const positiveInteger = (value: unknown): boolean => typeof value === "number" && Number.isInteger(value) && value > 0;

// ---- competency (dictionary entry) ----
export const COMPETENCY_FIELDS = ["code", "name", "description"] as const;
export type CompetencyFormField = (typeof COMPETENCY_FIELDS)[number];
export interface CompetencyFormValues {
  code?: string;
  name?: string;
  description?: string | null;
  active?: boolean;
}

/** The domain's rule for a dictionary entry; a new entry the admin adds is always TECHNICAL. */
export const checkCompetency = (values: CompetencyFormValues, kind: CompetencyKind = "TECHNICAL") => {
  const result = validateCompetency({ code: values.code ?? "", name: values.name ?? "", kind, description: values.description ?? null });
  return {
    problems: result.ok ? {} : problemsByField<CompetencyFormField>(result.error, COMPETENCY_FIELDS),
    valid: result.ok ? result.value : null,
  };
};

// ---- competency standard ----
export const STANDARD_FIELDS = ["positionKind", "functionalGrade", "positionTitle", "level"] as const;
export type StandardFormField = (typeof STANDARD_FIELDS)[number];
export interface StandardFormValues {
  positionKind?: PositionKind;
  functionalGrade?: FunctionalGrade | null;
  positionTitle?: string | null;
  level?: number | null;
  mandatoryProgramme?: boolean;
}

export const checkStandard = (values: StandardFormValues): FieldProblems<StandardFormField> => {
  const problems: FieldProblems<StandardFormField> = {};
  if (!values.positionKind) problems.positionKind = REQUIRED;
  const level = validateAssessmentLevel(values.level);
  if (!level.ok) problems.level = domainProblem(level.error);
  return problems;
};

// ---- assessment ----
export const ASSESSMENT_FIELDS = ["competencyId", "level", "source", "assessedOn"] as const;
export type AssessmentFormField = (typeof ASSESSMENT_FIELDS)[number];
export interface AssessmentFormValues {
  competencyId?: string;
  level?: number | null;
  source?: AssessmentSource;
  /** `YYYY-MM-DD` */
  assessedOn?: string | null;
}

/** `year` is the assessment cycle's: the assessment date must fall in it (as the API checks). */
export const checkAssessment = (values: AssessmentFormValues, year: number): FieldProblems<AssessmentFormField> => {
  const problems: FieldProblems<AssessmentFormField> = {};
  if (blank(values.competencyId)) problems.competencyId = REQUIRED;
  const level = validateAssessmentLevel(values.level);
  if (!level.ok) problems.level = domainProblem(level.error);
  if (!values.source) problems.source = REQUIRED;
  else {
    const source = checkAssessmentSource(values.source, "source");
    if (!source.ok) problems.source = domainProblem(source.error);
  }
  if (blank(values.assessedOn)) problems.assessedOn = REQUIRED;
  else {
    const date = checkDateInYear(values.assessedOn, year, "assessedOn");
    if (!date.ok) problems.assessedOn = domainProblem(date.error);
  }
  return problems;
};

// ---- SKP ----
export const SKP_FIELDS = ["resultRating", "behaviourRating"] as const;
export type SkpFormField = (typeof SKP_FIELDS)[number];
export interface SkpFormValues {
  resultRating?: SkpRating;
  behaviourRating?: SkpRating;
}

export const checkSkp = (values: SkpFormValues): FieldProblems<SkpFormField> => ({
  ...(values.resultRating ? {} : { resultRating: REQUIRED }),
  ...(values.behaviourRating ? {} : { behaviourRating: REQUIRED }),
});

// ---- proposal ----
export const PROPOSAL_FIELDS = ["unitId", "competencyId", "title", "participants", "jp", "justification"] as const;
export type ProposalFormField = (typeof PROPOSAL_FIELDS)[number];
export interface ProposalFormValues {
  unitId?: string | null;
  competencyId?: string;
  title?: string;
  participants?: number | null;
  jp?: number | null;
  justification?: string;
}

/** A proposal's free text goes through the domain's text rule with the proposal limits (as the API checks it). */
export const checkProposal = (values: ProposalFormValues): FieldProblems<ProposalFormField> => {
  const problems: FieldProblems<ProposalFormField> = {};
  if (blank(values.unitId)) problems.unitId = REQUIRED;
  if (blank(values.competencyId)) problems.competencyId = REQUIRED;
  const title = checkText(values.title ?? "", { field: "title", min: PROPOSAL_TITLE_MIN_LENGTH, max: PROPOSAL_TITLE_MAX_LENGTH, code: "INVALID_TITLE" });
  if (!title.ok) problems.title = domainProblem(title.error);
  if (!positiveInteger(values.participants)) problems.participants = POSITIVE_INTEGER;
  if (!positiveInteger(values.jp)) problems.jp = POSITIVE_INTEGER;
  const justification = checkText(values.justification ?? "", {
    field: "justification",
    min: PROPOSAL_JUSTIFICATION_MIN_LENGTH,
    max: PROPOSAL_JUSTIFICATION_MAX_LENGTH,
    multiline: true,
    code: "INVALID_JUSTIFICATION",
  });
  if (!justification.ok) problems.justification = domainProblem(justification.error);
  return problems;
};

/** Returning a proposal needs a reason: the domain's text rule with the return-reason limits. */
export const checkReturnReason = (reason: string | undefined): FieldProblems<"reason"> => {
  const result = checkText(reason ?? "", { field: "reason", min: PROPOSAL_RETURN_REASON_MIN_LENGTH, max: PROPOSAL_RETURN_REASON_MAX_LENGTH, multiline: true });
  return result.ok ? {} : { reason: domainProblem(result.error) };
};
