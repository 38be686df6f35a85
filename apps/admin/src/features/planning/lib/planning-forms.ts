import type { FieldProblems } from "../../../ui/form-problems";

export const CANDIDATE_FIELDS = ["title", "competencyIds", "participants", "jp", "estimatedCost"] as const;
export type CandidateFormField = (typeof CANDIDATE_FIELDS)[number];

export interface CandidateFormValues {
  title?: string;
  competencyIds?: string[];
  participants?: number | null;
  jp?: number | null;
  estimatedCost?: number | null;
  mandatory?: boolean;
}

const positiveInteger = (value: unknown): boolean => typeof value === "number" && Number.isInteger(value) && value > 0;
/** Whole rupiah, 0 or more (the optimiser's rule for costs and the ceiling). */
export const isWholeRupiah = (value: unknown): value is number =>
  typeof value === "number" && Number.isSafeInteger(value) && value >= 0;

/** A candidate needs a title, at least one competency, positive counts and a cost in whole rupiah. */
export const checkCandidate = (values: CandidateFormValues): FieldProblems<CandidateFormField> => {
  const problems: FieldProblems<CandidateFormField> = {};
  if (!values.title || values.title.trim() === "") problems.title = { key: "form.required" };
  if (!values.competencyIds || values.competencyIds.length === 0) problems.competencyIds = { key: "form.required" };
  if (!positiveInteger(values.participants)) problems.participants = { key: "form.positiveInteger" };
  if (!positiveInteger(values.jp)) problems.jp = { key: "form.positiveInteger" };
  if (!isWholeRupiah(values.estimatedCost)) problems.estimatedCost = { key: "form.wholeRupiah" };
  return problems;
};

/** The ceiling of a plan run: whole rupiah, 0 or more. */
export const checkCeiling = (ceiling: number | null | undefined): FieldProblems<"ceiling"> =>
  isWholeRupiah(ceiling) ? {} : { ceiling: { key: "form.wholeRupiah" } };
