import type { DataSource } from "typeorm";
import {
  checkText,
  creditJp,
  developmentKindRoute,
  domainError,
  isDevelopmentKind,
  jakartaDate,
  JP_CREDIT_RULES,
  type JpCreditMethod,
  PROPOSAL_TITLE_MAX_LENGTH,
  PROPOSAL_TITLE_MIN_LENGTH,
  type DevelopmentKind,
} from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { AppError, badInput } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { assertCanChange } from "../../kit/unit-scope";
import { recordAudit } from "../audit/record-audit";
import { checkYear } from "../planning/plan-year";
import type { SubmitLearningRecordInput } from "./compliance.inputs";
import { MAX_ACTIVITY_DAYS } from "./compliance.inputs";
import { checkEvidence, EVIDENCE_LIMITS } from "./evidence-file";
import { recordsById, type LearningRecordRow } from "./learning-records.sql";

/** The largest JP a ledger entry holds (numeric(7,2)). */
const MAX_ENTRY_JP = 99_999.99;

/** The activity field each conversion method reads (the field at fault when its credit is too large). */
const RULE_INPUT: Readonly<Record<JpCreditMethod, string>> = {
  ACTUAL: "jp",
  PER_DAY: "days",
  PER_COUNT: "count",
  PER_SEMESTER: "semesters",
  PER_SESSION_MONTHLY_CAP: "sessionDates",
  CAPPED_PER_DAY: "jpByDay",
};

const listTooLong = (field: string, max: number) =>
  new AppError("BAD_USER_INPUT", `${field}: at most ${max} items`, { field, domainCode: "LIST_TOO_LONG" });

/** A kind a learning record may carry: the education and non-classical routes (classical training is delivered as batches). */
export const isRecordKind = (kind: unknown): kind is DevelopmentKind => isDevelopmentKind(kind) && developmentKindRoute(kind) !== "CLASSICAL";

/**
 * A unit operator (staff of its subtree) or an administrator submits a non-classical or education activity with its
 * evidence. The JP is credited by the domain's `creditJp`; a pending (unverified) RECORD entry enters the ledger in
 * the same transaction, with the audit row.
 */
export async function submitLearningRecord({ ds, caller, input }: { ds: DataSource; caller: Caller; input: SubmitLearningRecordInput }): Promise<LearningRecordRow> {
  if (!isUuid(input.employeeId)) throw badInput(domainError("UNKNOWN_EMPLOYEE", `employeeId: ${JSON.stringify(String(input.employeeId).slice(0, 60))} is not an employee id`, { field: "employeeId" }));
  if (!isRecordKind(input.kind)) {
    throw badInput(domainError("KIND_NOT_RECORDABLE", `kind: ${String(input.kind)} is classical training, recorded through a batch`, { field: "kind" }));
  }
  const title = checkText(input.title, { field: "title", min: PROPOSAL_TITLE_MIN_LENGTH, max: PROPOSAL_TITLE_MAX_LENGTH, code: "INVALID_TITLE" });
  if (!title.ok) throw badInput(title.error);
  if (input.endedOn < input.startedOn) throw badInput(domainError("INVALID_DATE", "endedOn: the last day is before the first", { field: "endedOn" }));
  // A ledger year every query accepts, and an activity that has ended (Asia/Jakarta): nothing pending for a year to come.
  checkYear(Number(input.startedOn.slice(0, 4)), "startedOn");
  checkYear(Number(input.endedOn.slice(0, 4)), "endedOn");
  const today = jakartaDate(Date.now());
  if (input.endedOn > today) {
    throw badInput(domainError("INVALID_DATE", `endedOn: ${input.endedOn} is after today (${today}); a record is submitted once the activity has ended`, { field: "endedOn", reason: "IN_FUTURE" }));
  }
  const spanDays = Math.round((Date.parse(input.endedOn) - Date.parse(input.startedOn)) / 86_400_000) + 1;
  if (input.jpByDay && input.jpByDay.length > spanDays) {
    throw badInput(
      domainError("INVALID_ACTIVITY", `jpByDay: ${input.jpByDay.length} days of JP for an activity of ${spanDays} day(s)`, { field: "jpByDay", reason: "MORE_DAYS_THAN_SPAN" }),
    );
  }
  if (input.sessionDates && input.sessionDates.length > MAX_ACTIVITY_DAYS) throw listTooLong("sessionDates", MAX_ACTIVITY_DAYS);
  if (input.jpByDay && input.jpByDay.length > MAX_ACTIVITY_DAYS) throw listTooLong("jpByDay", MAX_ACTIVITY_DAYS);
  input.sessionDates?.forEach((d, i) => {
    if (d < input.startedOn || d > input.endedOn) throw badInput(domainError("INVALID_DATE", `sessionDates[${i}]: ${d} is outside the activity's days`, { field: `sessionDates[${i}]` }));
  });
  // Every number given is stored (numeric(7,2), integer), whether or not the kind's rule reads it.
  const numberError = (field: string, reason: "NEGATIVE" | "TOO_LARGE") =>
    badInput(domainError("INVALID_ACTIVITY", `${field} must be between 0 and ${MAX_ENTRY_JP}`, { field, reason }));
  const checkJp = (value: number | null | undefined, field: string) => {
    if (value === null || value === undefined) return;
    if (value < 0) throw numberError(field, "NEGATIVE");
    if (value > MAX_ENTRY_JP) throw numberError(field, "TOO_LARGE");
  };
  checkJp(input.jp, "jp");
  input.jpByDay?.forEach((v, i) => checkJp(v, `jpByDay[${i}]`));
  for (const field of ["days", "count", "semesters"] as const) {
    const value = input[field];
    if (value !== null && value !== undefined && value < 0) throw numberError(field, "NEGATIVE");
  }
  const activity = {
    kind: input.kind,
    jp: input.jp ?? null,
    days: input.days ?? null,
    sessionDates: input.sessionDates ?? null,
    jpByDay: input.jpByDay ?? null,
    count: input.count ?? null,
    semesters: input.semesters ?? null,
  };
  const credited = creditJp(activity);
  if (!credited.ok) throw badInput(credited.error);
  if (credited.value > MAX_ENTRY_JP) {
    const field = RULE_INPUT[JP_CREDIT_RULES[input.kind].method];
    throw badInput(domainError("INVALID_ACTIVITY", `${field}: the activity credits ${credited.value} JP, more than a ledger entry holds (${MAX_ENTRY_JP})`, { field, reason: "TOO_LARGE" }));
  }
  if (!Array.isArray(input.evidence) || input.evidence.length === 0) {
    throw new AppError("BAD_USER_INPUT", "evidence: attach at least one file", { field: "evidence", domainCode: "EVIDENCE_REQUIRED" });
  }
  if (input.evidence.length > EVIDENCE_LIMITS.maxFiles) throw listTooLong("evidence", EVIDENCE_LIMITS.maxFiles);
  const files = input.evidence.map((f, i) => checkEvidence(f, i));
  const scope = await caller.scope();

  return ds.transaction(async (m) => {
    const [employee] = (await m.query(
      `SELECT e.id, e.active, u.path FROM employees e JOIN units u ON u.id = e.unit_id WHERE e.id = $1`,
      [input.employeeId],
    )) as { id: string; active: boolean; path: string }[];
    if (!employee) throw badInput(domainError("UNKNOWN_EMPLOYEE", `employeeId: there is no employee ${input.employeeId}`, { field: "employeeId" }));
    assertCanChange(scope, employee);
    if (!employee.active) throw badInput(domainError("UNKNOWN_EMPLOYEE", `employeeId: employee ${input.employeeId} is no longer active`, { field: "employeeId" }));
    const [inserted] = (await m.query(
      `INSERT INTO learning_records (employee_id, kind, title, started_on, ended_on, jp, days, session_dates, jp_by_day, count, semesters, credited_jp, status, submitted_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::date[], $9::numeric[], $10, $11, $12, 'SUBMITTED', $13) RETURNING id`,
      [
        employee.id, input.kind, title.value, input.startedOn, input.endedOn, activity.jp, activity.days, activity.sessionDates,
        activity.jpByDay, activity.count, activity.semesters, credited.value, caller.user.id,
      ],
    )) as { id: string }[];
    const id = inserted!.id;
    await m.query(
      `INSERT INTO learning_evidence (record_id, file_name, media_type, size, content, created_at)
       SELECT $1, f.name, f.type, octet_length(f.content), f.content, now() + f.n * interval '1 microsecond'
         FROM unnest($2::varchar[], $3::varchar[], $4::bytea[]) WITH ORDINALITY AS f(name, type, content, n)`,
      [id, files.map((f) => f.fileName), files.map((f) => f.mediaType), files.map((f) => f.content)],
    );
    await m.query(
      `INSERT INTO jp_entries (employee_id, year, kind, jp, verified, source, source_id, title, started_on, ended_on)
       VALUES ($1, EXTRACT(YEAR FROM $2::date), $3, $4, false, 'RECORD', $5, $6, $7, $2)`,
      [employee.id, input.endedOn, input.kind, credited.value, id, title.value, input.startedOn],
    );
    const [saved] = await recordsById(m, [id]);
    await recordAudit(m, caller.user.id, [
      {
        action: "CREATE",
        entityType: "LearningRecord",
        entityId: id,
        before: null,
        after: { ...saved!, evidence: files.map((f) => ({ fileName: f.fileName, mediaType: f.mediaType, size: f.content.length })) },
      },
    ]);
    return saved!;
  });
}
