import {
  checkSessionFee,
  parseEmail,
  parsePhone,
  validateSessionTime,
  type DevelopmentKind,
  type LeadershipProgramme,
  type SessionRole,
  type SpeakerLevel,
} from "@bina/domain";
import { domainProblem, type FieldProblems, type FormProblem } from "../../../ui/form-problems";

const REQUIRED: FormProblem = { key: "delivery.form.required" };
const filled = (text: string | null | undefined): boolean => (text ?? "").trim() !== "";
const trimmedOrNull = (text: string | null | undefined): string | null => (filled(text) ? (text as string).trim() : null);

// ---------------------------------------------------------------------------------------------------------------
// Programme

export const PROGRAMME_FIELDS = ["title", "candidateId", "kind", "leadershipProgramme", "organiser", "organiserName"] as const;
export type ProgrammeField = (typeof PROGRAMME_FIELDS)[number];

export interface ProgrammeFormValues {
  source?: "PLAN" | "AD_HOC";
  title?: string;
  candidateId?: string | null;
  kind?: DevelopmentKind | null;
  leadershipProgramme?: LeadershipProgramme | null;
  organiser?: string | null;
  organiserName?: string;
}

/**
 * A programme's form: from the plan it needs a plan item, ad hoc a title; always a kind and an organiser; a leadership
 * programme's sub-type only for LEADERSHIP_TRAINING (required there); the organiser's name for another city or "other".
 */
export const checkProgramme = (v: ProgrammeFormValues): FieldProblems<ProgrammeField> => {
  const p: FieldProblems<ProgrammeField> = {};
  if (v.source === "PLAN" && !v.candidateId) p.candidateId = REQUIRED;
  if (v.source !== "PLAN" && !filled(v.title)) p.title = REQUIRED;
  if (!v.kind) p.kind = REQUIRED;
  if (v.kind === "LEADERSHIP_TRAINING" && !v.leadershipProgramme) p.leadershipProgramme = REQUIRED;
  if (!v.organiser) p.organiser = REQUIRED;
  if ((v.organiser === "OTHER_CITY" || v.organiser === "OTHER" || v.organiser === "ONLINE_PLATFORM") && !filled(v.organiserName)) {
    p.organiserName = { key: "delivery.form.organiserNameRequired" };
  }
  return p;
};

// ---------------------------------------------------------------------------------------------------------------
// Batch

export const BATCH_FIELDS = ["name", "startsOn", "endsOn", "capacity", "venue", "onlineUrl", "passMark", "minAttendanceShare"] as const;
export type BatchField = (typeof BATCH_FIELDS)[number];

export interface BatchFormValues {
  name?: string;
  startsOn?: string | null;
  endsOn?: string | null;
  capacity?: number | null;
  venue?: string;
  onlineUrl?: string;
  passMark?: number | null;
  /** Percent (0..100) in the form; a share (0..1) in the API. */
  minAttendancePercent?: number | null;
}

export const checkBatch = (v: BatchFormValues): FieldProblems<BatchField> => {
  const p: FieldProblems<BatchField> = {};
  if (!filled(v.name)) p.name = REQUIRED;
  if (!v.startsOn) p.startsOn = REQUIRED;
  if (!v.endsOn) p.endsOn = REQUIRED;
  else if (v.startsOn && v.endsOn < v.startsOn) p.endsOn = { key: "delivery.form.endBeforeStart" };
  if (typeof v.capacity !== "number" || !Number.isInteger(v.capacity) || v.capacity < 1) p.capacity = { key: "delivery.form.capacity" };
  if (filled(v.onlineUrl) && !/^https?:\/\/\S+$/i.test((v.onlineUrl ?? "").trim())) p.onlineUrl = { key: "delivery.form.url" };
  if (v.passMark !== null && v.passMark !== undefined && (v.passMark < 0 || v.passMark > 100)) p.passMark = { key: "delivery.form.score" };
  if (v.minAttendancePercent !== null && v.minAttendancePercent !== undefined && (v.minAttendancePercent < 0 || v.minAttendancePercent > 100)) {
    p.minAttendanceShare = { key: "delivery.form.percent" };
  }
  return p;
};

/** The API's fields of a checked batch form (a share from the percent, empty texts as null). */
export const batchFields = (v: BatchFormValues) => ({
  name: (v.name ?? "").trim(),
  startsOn: v.startsOn ?? "",
  endsOn: v.endsOn ?? "",
  capacity: v.capacity ?? 0,
  venue: trimmedOrNull(v.venue),
  onlineUrl: trimmedOrNull(v.onlineUrl),
  passMark: v.passMark ?? null,
  minAttendanceShare: typeof v.minAttendancePercent === "number" ? Math.round(v.minAttendancePercent * 10) / 1000 : null,
});

// ---------------------------------------------------------------------------------------------------------------
// Session

export const SESSION_FIELDS = ["date", "start", "end", "jp", "topic", "venue", "speakerId", "role", "fee"] as const;
export type SessionField = (typeof SESSION_FIELDS)[number];

export interface SessionFormValues {
  date?: string | null;
  start?: string;
  end?: string;
  jp?: number | null;
  topic?: string;
  venue?: string;
  speakerId?: string | null;
  role?: SessionRole;
  fee?: number | null;
}

/**
 * A session's form by the domain's rules: the time (validateSessionTime), the day within the batch, JP, the topic, and
 * the fee at most the ceiling of the speaker's level and role (checkSessionFee), which needs the speaker's level.
 */
export const checkSession = (
  v: SessionFormValues,
  batch: { readonly startsOn: string; readonly endsOn: string },
  speakerLevel: SpeakerLevel | null,
): FieldProblems<SessionField> => {
  const p: FieldProblems<SessionField> = {};
  if (!v.date) p.date = REQUIRED;
  if (!filled(v.start)) p.start = REQUIRED;
  if (!filled(v.end)) p.end = REQUIRED;
  if (v.date && filled(v.start) && filled(v.end)) {
    const time = validateSessionTime({ date: v.date, start: (v.start ?? "").trim(), end: (v.end ?? "").trim() });
    if (!time.ok) {
      const field = (time.error.field ?? "start") as SessionField;
      p[field] = domainProblem(time.error);
    } else if (v.date < batch.startsOn || v.date > batch.endsOn) {
      p.date = { key: "delivery.form.dateOutsideBatch" };
    }
  }
  if (typeof v.jp !== "number" || !Number.isFinite(v.jp) || v.jp < 0 || v.jp > 24) p.jp = { key: "delivery.form.jp" };
  if (!filled(v.topic)) p.topic = REQUIRED;
  if (typeof v.fee === "number") {
    if (!v.speakerId) p.fee = { key: "delivery.form.feeNeedsSpeaker" };
    else if (speakerLevel) {
      const time = v.date ? validateSessionTime({ date: v.date, start: (v.start ?? "").trim(), end: (v.end ?? "").trim() }) : null;
      const minutes = time?.ok ? time.value.minutes : null;
      if (minutes !== null || v.role !== "SPEAKER") {
        const fee = checkSessionFee({ role: v.role ?? "SPEAKER", level: speakerLevel, minutes, jp: v.jp ?? null, fee: v.fee });
        if (!fee.ok) p.fee = domainProblem(fee.error);
      }
    }
  }
  return p;
};

/** The API's fields of a checked session form. */
export const sessionFields = (v: SessionFormValues) => ({
  date: v.date ?? "",
  start: (v.start ?? "").trim(),
  end: (v.end ?? "").trim(),
  jp: v.jp ?? 0,
  topic: (v.topic ?? "").trim(),
  venue: trimmedOrNull(v.venue),
  speakerId: v.speakerId ?? null,
  role: v.role ?? "SPEAKER",
  fee: typeof v.fee === "number" ? v.fee : null,
});

// ---------------------------------------------------------------------------------------------------------------
// Speaker

export const SPEAKER_FIELDS = ["name", "institution", "originCity", "level", "email", "phone", "expertiseIds"] as const;
export type SpeakerField = (typeof SPEAKER_FIELDS)[number];

export interface SpeakerFormValues {
  name?: string;
  institution?: string;
  originCity?: string;
  level?: SpeakerLevel | null;
  email?: string;
  phone?: string;
  internal?: boolean;
  expertiseIds?: string[];
}

export const checkSpeaker = (v: SpeakerFormValues): FieldProblems<SpeakerField> => {
  const p: FieldProblems<SpeakerField> = {};
  if (!filled(v.name)) p.name = REQUIRED;
  if (!filled(v.institution)) p.institution = REQUIRED;
  if (!filled(v.originCity)) p.originCity = REQUIRED;
  if (!v.level) p.level = REQUIRED;
  if (filled(v.email)) {
    const email = parseEmail((v.email ?? "").trim());
    if (!email.ok) p.email = domainProblem(email.error);
  }
  if (filled(v.phone)) {
    const phone = parsePhone((v.phone ?? "").trim());
    if (!phone.ok) p.phone = domainProblem(phone.error);
  }
  return p;
};

/** The API's fields of a checked speaker form. */
export const speakerFields = (v: SpeakerFormValues) => ({
  name: (v.name ?? "").trim(),
  institution: (v.institution ?? "").trim(),
  originCity: (v.originCity ?? "").trim(),
  level: v.level ?? "ESELON_III_BELOW",
  email: trimmedOrNull(v.email),
  phone: trimmedOrNull(v.phone),
  internal: v.internal ?? false,
  expertiseIds: [...(v.expertiseIds ?? [])],
});
