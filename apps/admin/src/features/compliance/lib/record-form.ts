import {
  checkText,
  creditJp,
  DEVELOPMENT_KINDS,
  developmentKindRoute,
  JP_CREDIT_RULES,
  PROPOSAL_TITLE_MAX_LENGTH,
  PROPOSAL_TITLE_MIN_LENGTH,
  type DevelopmentActivity,
  type DevelopmentKind,
  type Result,
} from "@bina/domain";
import { domainProblem, type FieldProblems } from "../../../ui/form-problems";

/**
 * The learning record form: which kinds an operator records (education and non-classical; classical training is
 * delivered as batches), which field each kind's conversion rule reads, and the JP it credits, previewed with the
 * domain's own `creditJp` (one rule, one place: the API credits with the same function).
 */
export const RECORD_KINDS: readonly DevelopmentKind[] = DEVELOPMENT_KINDS.filter((kind) => developmentKindRoute(kind) !== "CLASSICAL");

/** The one activity field a kind's rule reads (see JP_CREDIT_RULES). */
export type ActivityField = "jp" | "days" | "sessionDates" | "jpByDay" | "count" | "semesters";

export const activityFieldOf = (kind: DevelopmentKind): ActivityField => {
  switch (JP_CREDIT_RULES[kind].method) {
    case "ACTUAL":
      return "jp";
    case "PER_DAY":
      return "days";
    case "PER_SESSION_MONTHLY_CAP":
      return "sessionDates";
    case "CAPPED_PER_DAY":
      return "jpByDay";
    case "PER_COUNT":
      return "count";
    case "PER_SEMESTER":
      return "semesters";
  }
};

/** The form's values (dates as `YYYY-MM-DD`; list rows may be empty while being typed). */
export interface RecordDraft {
  readonly employeeId: string | null;
  readonly kind: DevelopmentKind | null;
  readonly title: string;
  readonly startedOn: string | null;
  readonly endedOn: string | null;
  readonly jp: number | null;
  readonly days: number | null;
  readonly sessionDates: readonly (string | null)[];
  readonly jpByDay: readonly (number | null)[];
  readonly count: number | null;
  readonly semesters: number | null;
  readonly files: readonly EvidenceCandidate[];
}

export const EMPTY_RECORD_DRAFT: RecordDraft = {
  employeeId: null,
  kind: null,
  title: "",
  startedOn: null,
  endedOn: null,
  jp: null,
  days: null,
  sessionDates: [],
  jpByDay: [],
  count: null,
  semesters: null,
  files: [],
};

/** The activity of a draft for `creditJp`: only the kind's own field is sent, the others are left out. */
export const toActivity = (draft: RecordDraft): DevelopmentActivity | null => {
  if (!draft.kind) return null;
  const field = activityFieldOf(draft.kind);
  const base = { kind: draft.kind };
  switch (field) {
    case "sessionDates":
      return { ...base, sessionDates: draft.sessionDates.filter((d): d is string => !!d) };
    case "jpByDay":
      return { ...base, jpByDay: draft.jpByDay.filter((n): n is number => typeof n === "number") };
    default:
      return { ...base, [field]: draft[field] };
  }
};

/** The JP the draft credits (what the API will credit), or the domain's refusal; null before a kind is chosen. */
export const previewCredit = (draft: RecordDraft): Result<number> | null => {
  const activity = toActivity(draft);
  return activity ? creditJp(activity) : null;
};

/** Evidence files: the API's limits (apps/api/src/modules/compliance/evidence-file.ts), checked here first. */
export const EVIDENCE_MAX_BYTES = 2 * 1024 * 1024;
export const EVIDENCE_MAX_FILES = 3;
export const EVIDENCE_EXTENSIONS = ["pdf", "jpg", "jpeg", "png"] as const;
export const EVIDENCE_ACCEPT = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

export interface EvidenceCandidate {
  readonly name: string;
  readonly size: number;
}

export type EvidenceProblem = "TYPE" | "SIZE" | "EMPTY";

/** Why a picked file cannot be evidence (by its name and size; the API also checks its content), or null. */
export const evidenceProblem = (file: EvidenceCandidate): EvidenceProblem | null => {
  const extension = /\.([A-Za-z0-9]{1,8})$/.exec(file.name)?.[1]?.toLowerCase() ?? "";
  if (!(EVIDENCE_EXTENSIONS as readonly string[]).includes(extension)) return "TYPE";
  if (file.size <= 0) return "EMPTY";
  if (file.size > EVIDENCE_MAX_BYTES) return "SIZE";
  return null;
};

export const RECORD_FIELDS = ["employeeId", "kind", "title", "startedOn", "endedOn", "activity", "evidence"] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];

/** The server's field names that belong to the form's `activity` block (`jpByDay[2]` ends in `jpByDay[2]`). */
export const RECORD_ALIASES: Readonly<Record<string, RecordField>> = {
  jp: "activity",
  days: "activity",
  count: "activity",
  semesters: "activity",
  sessionDates: "activity",
  jpByDay: "activity",
  contentBase64: "evidence",
  fileName: "evidence",
};

/** The problems of a draft, at most one per field, before anything is sent. */
export const checkRecord = (draft: RecordDraft): FieldProblems<RecordField> => {
  const problems: FieldProblems<RecordField> = {};
  if (!draft.employeeId) problems.employeeId = { key: "compliance.record.employeeRequired" };
  if (!draft.kind) problems.kind = { key: "compliance.record.kindRequired" };
  const title = checkText(draft.title, { field: "title", min: PROPOSAL_TITLE_MIN_LENGTH, max: PROPOSAL_TITLE_MAX_LENGTH, code: "INVALID_TITLE" });
  if (!title.ok) problems.title = domainProblem(title.error);
  if (!draft.startedOn) problems.startedOn = { key: "compliance.record.dateRequired" };
  if (!draft.endedOn) problems.endedOn = { key: "compliance.record.dateRequired" };
  else if (draft.startedOn && draft.endedOn < draft.startedOn) problems.endedOn = { key: "compliance.record.endBeforeStart" };
  if (draft.kind) {
    const field = activityFieldOf(draft.kind);
    if (field === "sessionDates" && draft.sessionDates.some((d) => !d || (draft.startedOn && d < draft.startedOn) || (draft.endedOn && d > draft.endedOn))) {
      problems.activity = { key: "compliance.record.sessionOutside" };
    } else if (field === "sessionDates" && draft.sessionDates.length === 0) {
      problems.activity = { key: "compliance.record.sessionsRequired" };
    } else if (field === "jpByDay" && (draft.jpByDay.length === 0 || draft.jpByDay.some((n) => typeof n !== "number"))) {
      problems.activity = { key: "compliance.record.daysRequired" };
    } else {
      const credit = previewCredit(draft);
      if (credit && !credit.ok) problems.activity = domainProblem(credit.error);
    }
  }
  if (draft.files.length === 0) problems.evidence = { key: "compliance.record.evidenceRequired" };
  else if (draft.files.length > EVIDENCE_MAX_FILES) problems.evidence = { key: "compliance.record.tooManyFiles" };
  else if (draft.files.some((f) => evidenceProblem(f) !== null)) problems.evidence = { key: "compliance.record.badFile" };
  return problems;
};
