import { checkRupiah, costPerParticipantJp, validateCandidate } from "@bina/domain";
import { domainProblem, problemsByField, type FieldProblems } from "../../../ui/form-problems";

/** The candidate form's fields: the domain's CandidateDraft fields that are typed in. */
export const CANDIDATE_FIELDS = ["title", "competencyIds", "participants", "jp", "cost"] as const;
export type CandidateFormField = (typeof CANDIDATE_FIELDS)[number];

export interface CandidateFormValues {
  title?: string;
  competencyIds?: string[];
  participants?: number | null;
  jp?: number | null;
  /** Estimated cost, whole rupiah. */
  cost?: number | null;
  mandatory?: boolean;
}

/** The domain's candidate rule (`validateCandidate`): every field's problem, and the checked values when there is none. */
export const checkCandidate = (values: CandidateFormValues) => {
  const result = validateCandidate({
    title: values.title ?? "",
    competencyIds: values.competencyIds ?? [],
    participants: values.participants ?? null,
    jp: values.jp ?? null,
    cost: values.cost ?? null,
    mandatory: values.mandatory ?? false,
  });
  return {
    problems: result.ok ? {} : problemsByField<CandidateFormField>(result.error, CANDIDATE_FIELDS),
    valid: result.ok ? result.value : null,
  };
};

/** The ceiling of a plan run: the domain's whole-rupiah rule (`checkRupiah`). */
export const checkCeiling = (ceiling: number | null | undefined): FieldProblems<"ceiling"> => {
  const result = checkRupiah(ceiling, "ceiling");
  return result.ok ? {} : { ceiling: domainProblem(result.error) };
};

/** Cost per participant-JP of what is typed so far (the domain's rounding), or null while it cannot be computed. */
export const previewCostPerParticipantJp = (values: Pick<CandidateFormValues, "cost" | "participants" | "jp">): number | null => {
  const { cost, participants, jp } = values;
  const whole = (n: unknown): n is number => typeof n === "number" && Number.isSafeInteger(n) && n >= 0;
  if (!whole(cost) || !whole(participants) || !whole(jp)) return null;
  return costPerParticipantJp(cost, participants, jp);
};
