import type { DataSource } from "typeorm";
import {
  checkText,
  DEFAULT_BEHAVIOUR_QUESTIONNAIRE,
  DEFAULT_REACTION_INSTRUMENT,
  summariseBehaviour,
  summariseReaction,
  type BehaviourRespondentRole,
} from "@bina/domain";
import { queryRows } from "../../kit/sql";
import { recordAudit } from "../audit/record-audit";
import type { EvaluationLevel, EvaluationRole } from "./evaluation-invitation.entity";
import type { EvaluationTokens } from "./evaluation-token";
import { today } from "./evaluation-scope";

/** Longest comment (the column is varchar(1000)). */
export const COMMENT_MAX = 1000;

/** One question as the form shows it: its field name, its text, and for a SPEAKER question the speaker. */
export interface FormQuestion {
  readonly field: string;
  readonly key: string;
  readonly text: string;
  readonly group: string;
}

export interface EvaluationForm {
  readonly invitationId: string;
  readonly level: EvaluationLevel;
  readonly role: EvaluationRole;
  readonly employeeName: string;
  readonly programme: string;
  readonly batchName: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly opensOn: string;
  readonly expiresOn: string;
  readonly scaleLabels: readonly string[];
  readonly questions: readonly FormQuestion[];
  readonly speakers: readonly { id: string; name: string }[];
}

/** Why a link shows no form. INVALID covers both a forged token and an unknown invitation. */
export type FormRefusal = "INVALID" | "NOT_YET_OPEN" | "EXPIRED" | "ANSWERED";

export type FormState = { readonly form: EvaluationForm } | { readonly refusal: FormRefusal; readonly form: EvaluationForm | null };

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

export type SubmitOutcome = { readonly stored: true } | { readonly refusal: FormRefusal; readonly form: EvaluationForm | null } | { readonly invalid: FieldProblem; readonly form: EvaluationForm };

interface Row {
  id: string;
  level: EvaluationLevel;
  role: EvaluationRole;
  opensOn: string;
  expiresOn: string;
  answered: boolean;
  employeeName: string;
  programme: string;
  batchName: string;
  startsOn: string;
  endsOn: string;
  speakers: { id: string; name: string }[];
}

const ASPECT_TITLES: Record<string, string> = {
  MATERIAL: "Materi",
  SPEAKER: "Narasumber",
  ORGANISATION: "Penyelenggaraan",
  FACILITIES: "Sarana dan prasarana",
};

/** The questions of a form, in order: reaction questions by aspect (SPEAKER ones once per speaker), or the behaviour statements for the role. */
export function formQuestions(level: EvaluationLevel, role: EvaluationRole, speakers: readonly { id: string; name: string }[]): FormQuestion[] {
  if (level === "BEHAVIOUR") {
    return DEFAULT_BEHAVIOUR_QUESTIONNAIRE.questions.map((q) => ({ field: q.key, key: q.key, text: q.text[role as BehaviourRespondentRole], group: "Perubahan perilaku kerja" }));
  }
  const out: FormQuestion[] = [];
  for (const q of DEFAULT_REACTION_INSTRUMENT.questions) {
    if (q.aspect !== "SPEAKER") out.push({ field: q.key, key: q.key, text: q.text, group: ASPECT_TITLES[q.aspect] ?? q.aspect });
  }
  for (const s of speakers) {
    for (const q of DEFAULT_REACTION_INSTRUMENT.questions) {
      if (q.aspect === "SPEAKER") out.push({ field: `${q.key}.${s.id}`, key: q.key, text: q.text, group: `Narasumber: ${s.name}` });
    }
  }
  return out;
}

const toForm = (r: Row): EvaluationForm => {
  const behaviour = r.level === "BEHAVIOUR";
  return {
    invitationId: r.id,
    level: r.level,
    role: r.role,
    employeeName: r.employeeName,
    programme: r.programme,
    batchName: r.batchName,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    opensOn: r.opensOn,
    expiresOn: r.expiresOn,
    scaleLabels: behaviour ? DEFAULT_BEHAVIOUR_QUESTIONNAIRE.scaleLabels : DEFAULT_REACTION_INSTRUMENT.scaleLabels,
    questions: formQuestions(r.level, r.role, behaviour ? [] : r.speakers),
    speakers: behaviour ? [] : r.speakers,
  };
};

async function load(ds: Pick<DataSource, "query">, id: string): Promise<Row | null> {
  const [row] = await queryRows<Row>(
    ds,
    `SELECT i.id, i.level, i.role, i.opens_on::text AS "opensOn", i.expires_on::text AS "expiresOn", i.answered_at IS NOT NULL AS answered,
            e.name AS "employeeName", p.title AS programme, b.name AS "batchName", b.starts_on::text AS "startsOn", b.ends_on::text AS "endsOn",
            COALESCE((SELECT json_agg(json_build_object('id', s.id, 'name', s.name) ORDER BY s.name, s.id) FROM speakers s
                       WHERE s.id IN (SELECT bs.speaker_id FROM batch_sessions bs WHERE bs.batch_id = b.id AND bs.role IN ('SPEAKER', 'TEACHER'))), '[]'::json) AS speakers
       FROM evaluation_invitations i JOIN employees e ON e.id = i.employee_id JOIN batches b ON b.id = i.batch_id JOIN programmes p ON p.id = b.programme_id
      WHERE i.id = $1`,
    [id],
  );
  return row ?? null;
}

const stateOf = (r: Row, day: string): FormRefusal | null => (r.answered ? "ANSWERED" : day < r.opensOn ? "NOT_YET_OPEN" : day > r.expiresOn ? "EXPIRED" : null);

/** The form a link opens, or why it opens none. One statement; a forged token costs none. */
export async function openForm({ ds, tokens, token }: { ds: DataSource; tokens: EvaluationTokens; token: string }): Promise<FormState> {
  const id = tokens.verify(token);
  const row = id ? await load(ds, id) : null;
  if (!row) return { refusal: "INVALID", form: null };
  const refusal = stateOf(row, today());
  return refusal ? { refusal, form: toForm(row) } : { form: toForm(row) };
}

const TEXT_MESSAGES: Record<string, string> = {
  LONE_SURROGATE: "Komentar berisi karakter yang rusak.",
  CONTROL_CHARACTER: "Komentar berisi karakter kontrol yang tidak diizinkan.",
  BIDI_CONTROL: "Komentar berisi karakter pengatur arah teks yang tidak diizinkan.",
  FORMULA: "Komentar tidak boleh diawali tanda =, +, - atau @ yang langsung diikuti teks.",
  TOO_LONG: `Komentar paling banyak ${COMMENT_MAX} karakter.`,
};

/**
 * Reads a submitted form: every question answered with an integer 1..scale, no other field than the questions and
 * `comment`, the comment a clean text of at most COMMENT_MAX characters. The answers are then checked by the domain's
 * own summary (summariseReaction / summariseBehaviour), so what is stored is what the evaluation counts.
 */
export function readAnswers(form: EvaluationForm, body: Record<string, unknown>): { answers: Record<string, unknown>; comment: string | null } | { problem: FieldProblem } {
  const expected = new Map(form.questions.map((q, i) => [q.field, { q, n: i + 1 }]));
  for (const key of Object.keys(body)) {
    if (key !== "comment" && !expected.has(key)) return { problem: { field: key.slice(0, 100), message: "Isian ini tidak ada pada formulir." } };
  }
  const scaleMax = form.scaleLabels.length;
  const answers: Record<string, number> = {};
  const speakers: Record<string, Record<string, number>> = {};
  for (const [field, { q, n }] of expected) {
    const raw = body[field];
    if (raw === undefined || raw === "") return { problem: { field, message: `Pertanyaan ${n} belum dijawab.` } };
    if (typeof raw !== "string" || !/^[1-9]$/.test(raw) || Number(raw) > scaleMax) {
      return { problem: { field, message: `Jawaban pertanyaan ${n} harus salah satu pilihan 1 sampai ${scaleMax}.` } };
    }
    const speakerId = field.includes(".") ? field.slice(field.indexOf(".") + 1) : null;
    if (speakerId) (speakers[speakerId] ??= {})[q.key] = Number(raw);
    else answers[q.key] = Number(raw);
  }
  const stored = form.level === "REACTION" ? { answers, speakers } : { answers };
  const checked =
    form.level === "REACTION"
      ? summariseReaction(DEFAULT_REACTION_INSTRUMENT, [{ answers, speakers }])
      : summariseBehaviour([{ role: form.role as BehaviourRespondentRole, answers }]);
  if (!checked.ok) return { problem: { field: checked.error.field ?? "answers", message: "Jawaban tidak valid." } };
  let comment: string | null = null;
  const rawComment = body.comment;
  if (rawComment !== undefined && !(typeof rawComment === "string" && rawComment.trim() === "")) {
    const text = checkText(rawComment, { field: "comment", min: 1, max: COMMENT_MAX, multiline: true });
    if (!text.ok) return { problem: { field: "comment", message: TEXT_MESSAGES[text.error.reason] ?? "Komentar tidak valid." } };
    comment = text.value;
  }
  return { answers: stored, comment };
}

/**
 * Stores a form's answers once: the conditional UPDATE (`answered_at IS NULL`, open today) has one winner; a loser, a
 * second submission or a late one gets the refusal the link now shows, and the first answer stays. Nothing is stored
 * when an answer is invalid. One transaction with its audit entry (no actor: the link is the respondent's).
 */
export async function submitForm({
  ds,
  tokens,
  token,
  body,
}: {
  ds: DataSource;
  tokens: EvaluationTokens;
  token: string;
  body: Record<string, unknown>;
}): Promise<SubmitOutcome> {
  const id = tokens.verify(token);
  const row = id ? await load(ds, id) : null;
  if (!row) return { refusal: "INVALID", form: null };
  const day = today();
  const refusal = stateOf(row, day);
  const form = toForm(row);
  if (refusal) return { refusal, form };
  const read = readAnswers(form, body);
  if ("problem" in read) return { invalid: read.problem, form };
  return ds.transaction(async (m) => {
    const won = await queryRows<{ id: string }>(
      m,
      `UPDATE evaluation_invitations SET answered_at = now(), answers = $2::jsonb, comment = $3
        WHERE id = $1 AND answered_at IS NULL AND opens_on <= $4::date AND expires_on >= $4::date RETURNING id`,
      [row.id, JSON.stringify(read.answers), read.comment, day],
    );
    // TypeORM answers an UPDATE ... RETURNING on PostgreSQL as [rows, affected].
    const rows = (Array.isArray(won[0]) ? won[0] : won) as { id: string }[];
    if (rows.length === 0) {
      const now = await load(m, row.id);
      return { refusal: now ? (stateOf(now, day) ?? "ANSWERED") : "INVALID", form };
    }
    await recordAudit(m, null, [{ action: "UPDATE", entityType: "EvaluationInvitation", entityId: row.id, before: { answeredAt: null }, after: { answered: true, level: row.level, role: row.role } }]);
    return { stored: true };
  });
}
