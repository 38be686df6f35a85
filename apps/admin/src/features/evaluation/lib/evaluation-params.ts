import type { EvaluationInvitationStatus, EvaluationLevel, ImprovementSource, ImprovementStatus } from "../../../gql/graphql";
import { readCursors, writeCursors, type CursorParams } from "../../../ui/cursor-list";

/** The API's enums of the evaluation stage, in the order the filters offer them. */
export const IMPROVEMENT_SOURCES = ["LOW_REACTION", "LOW_N_GAIN", "NO_BEHAVIOUR_CHANGE", "WEAK_ELEMENT", "OTHER"] as const satisfies readonly ImprovementSource[];
export const IMPROVEMENT_STATUSES = ["OPEN", "CLOSED"] as const satisfies readonly ImprovementStatus[];
export const EVALUATION_LEVELS = ["REACTION", "BEHAVIOUR"] as const satisfies readonly EvaluationLevel[];
export const INVITATION_STATUSES = ["SCHEDULED", "OPEN", "ANSWERED", "EXPIRED"] as const satisfies readonly EvaluationInvitationStatus[];

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

/** A 4-digit year the API accepts (2000..2100), else null. */
export const parseEvaluationYear = (value: string | null): number | null => {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? year : null;
};

/**
 * The evaluation overview in the URL: `/evaluation?year=2026&status=OPEN&source=LOW_REACTION&after=c1`. `year` picks the
 * programmes' effectiveness; `status`, `source` and `after` (the cursors) belong to the improvement actions' list.
 */
export interface EvaluationParams extends CursorParams {
  /** null: the current year. */
  readonly year: number | null;
  readonly status: ImprovementStatus | null;
  readonly source: ImprovementSource | null;
}

export const parseEvaluationParams = (query: URLSearchParams): EvaluationParams => ({
  year: parseEvaluationYear(query.get("year")),
  status: oneOf(IMPROVEMENT_STATUSES, query.get("status")),
  source: oneOf(IMPROVEMENT_SOURCES, query.get("source")),
  cursors: readCursors(query),
});

export const toEvaluationSearchParams = (params: EvaluationParams): URLSearchParams => {
  const query = new URLSearchParams();
  if (params.year !== null) query.set("year", String(params.year));
  if (params.status) query.set("status", params.status);
  if (params.source) query.set("source", params.source);
  return writeCursors(query, params.cursors);
};

/** "Not answered yet": the forms still open and those whose last day passed without an answer. */
export const NOT_ANSWERED = "NOT_ANSWERED";
export type InvitationStatusChoice = EvaluationInvitationStatus | typeof NOT_ANSWERED;

/** A batch's evaluation forms in the URL: `/evaluation/batches/<id>?level=REACTION&status=NOT_ANSWERED&after=c1`. */
export interface InvitationParams extends CursorParams {
  readonly level: EvaluationLevel | null;
  readonly status: InvitationStatusChoice | null;
}

export const parseInvitationParams = (query: URLSearchParams): InvitationParams => ({
  level: oneOf(EVALUATION_LEVELS, query.get("level")),
  status: oneOf<InvitationStatusChoice>([...INVITATION_STATUSES, NOT_ANSWERED], query.get("status")),
  cursors: readCursors(query),
});

export const toInvitationSearchParams = (params: InvitationParams): URLSearchParams => {
  const query = new URLSearchParams();
  if (params.level) query.set("level", params.level);
  if (params.status) query.set("status", params.status);
  return writeCursors(query, params.cursors);
};

/** The API's `status` argument for a choice: every status (null), one, or those not answered yet. */
export const invitationStatuses = (choice: InvitationStatusChoice | null): EvaluationInvitationStatus[] | null => {
  if (choice === null) return null;
  return choice === NOT_ANSWERED ? ["OPEN", "EXPIRED"] : [choice];
};
