import type { EntityManager } from "typeorm";
import type { DevelopmentKind } from "@bina/domain";
import type { Scope } from "../../kit/caller";
import { queryRows, SqlParams } from "../../kit/sql";
import { inSubtreeOfSql, scopeSql } from "../../kit/unit-scope";
import type { LearningRecordStatus } from "./compliance.enums";

type Db = Pick<EntityManager, "query">;

/** A learning record as the use cases and the GraphQL mapper see it. */
export interface LearningRecordRow {
  readonly id: string;
  readonly employeeId: string;
  readonly unitPath: string;
  readonly kind: DevelopmentKind;
  readonly title: string;
  readonly startedOn: string;
  readonly endedOn: string;
  readonly jp: number | null;
  readonly days: number | null;
  readonly sessionDates: string[] | null;
  readonly jpByDay: number[] | null;
  readonly count: number | null;
  readonly semesters: number | null;
  readonly creditedJp: number;
  readonly status: LearningRecordStatus;
  readonly submittedBy: string | null;
  readonly submittedAt: Date;
  readonly verifiedBy: string | null;
  readonly decidedAt: Date | null;
  readonly reason: string | null;
  readonly version: number;
}

interface RecordSql {
  id: string;
  employee_id: string;
  path: string;
  kind: DevelopmentKind;
  title: string;
  started_on: string;
  ended_on: string;
  jp: string | null;
  days: number | null;
  session_dates: string[] | string | null;
  jp_by_day: string[] | string | null;
  count: number | null;
  semesters: number | null;
  credited_jp: string;
  status: LearningRecordStatus;
  submitted_by: string | null;
  submitted_at: Date;
  verified_by: string | null;
  decided_at: Date | null;
  reason: string | null;
  version: number;
  total_count?: number | null;
}

/** PostgreSQL arrays arrive as JS arrays from pg, as `{a,b}` text through some drivers: read both. */
const textArray = (v: string[] | string | null): string[] | null => {
  if (v === null) return null;
  if (Array.isArray(v)) return v.map(String);
  const inner = v.replace(/^\{|\}$/g, "");
  return inner === "" ? [] : inner.split(",");
};

export const RECORD_COLUMNS = `r.id, r.employee_id, u.path, r.kind, r.title, r.started_on::text, r.ended_on::text, r.jp, r.days,
  r.session_dates::text[] AS session_dates, r.jp_by_day::text[] AS jp_by_day, r.count, r.semesters, r.credited_jp, r.status,
  r.submitted_by, r.submitted_at, r.verified_by, r.decided_at, r.reason, r.version`;

export const toRecordRow = (r: RecordSql): LearningRecordRow => ({
  id: r.id,
  employeeId: r.employee_id,
  unitPath: r.path,
  kind: r.kind,
  title: r.title,
  startedOn: r.started_on,
  endedOn: r.ended_on,
  jp: r.jp === null ? null : Number(r.jp),
  days: r.days,
  sessionDates: textArray(r.session_dates),
  jpByDay: textArray(r.jp_by_day)?.map(Number) ?? null,
  count: r.count,
  semesters: r.semesters,
  creditedJp: Number(r.credited_jp),
  status: r.status,
  submittedBy: r.submitted_by,
  submittedAt: r.submitted_at,
  verifiedBy: r.verified_by,
  decidedAt: r.decided_at,
  reason: r.reason,
  version: r.version,
});

/** Records by id with their employee's unit path (the callers check the scope), optionally locked for a change. */
export async function recordsById(db: Db, ids: readonly string[], forUpdate = false): Promise<LearningRecordRow[]> {
  const rows = await queryRows<RecordSql>(
    db,
    `SELECT ${RECORD_COLUMNS} FROM learning_records r JOIN employees e ON e.id = r.employee_id JOIN units u ON u.id = e.unit_id
      WHERE r.id = ANY($1::uuid[]) ${forUpdate ? "FOR UPDATE OF r" : ""}`,
    [[...ids]],
  );
  return rows.map(toRecordRow);
}

export interface RecordListFilter {
  readonly statuses: readonly LearningRecordStatus[] | null;
  readonly unitId: string | null;
  readonly employeeId: string | null;
  readonly year: number | null;
}

/**
 * Learning records inside the scope (by the employee's current unit), oldest submission first (the verification
 * queue), one page after `after` (keyset on submitted_at, id), with the total when asked. One statement.
 */
export async function recordsPage(
  db: Db,
  scope: Scope,
  f: RecordListFilter,
  page: { limit: number; after: { at: string; id: string } | null; withTotal: boolean },
): Promise<{ rows: (LearningRecordRow & { key: string })[]; totalCount: number | null }> {
  const p = new SqlParams();
  const where = [scopeSql(scope, "u.path", p)];
  if (f.statuses) where.push(`r.status = ANY(${p.add([...f.statuses], "varchar[]")})`);
  if (f.unitId) where.push(inSubtreeOfSql("u.path", p.add(f.unitId, "uuid")));
  if (f.employeeId) where.push(`r.employee_id = ${p.add(f.employeeId, "uuid")}`);
  if (f.year !== null) where.push(`r.ended_on >= make_date(${p.add(f.year, "int")}, 1, 1) AND r.ended_on < make_date(${p.add(f.year + 1, "int")}, 1, 1)`);
  const from = `learning_records r JOIN employees e ON e.id = r.employee_id JOIN units u ON u.id = e.unit_id WHERE ${where.join(" AND ")}`;
  const keyset = page.after ? `AND (r.submitted_at, r.id) > (${p.add(page.after.at, "timestamptz")}, ${p.add(page.after.id, "uuid")})` : "";
  const rows = await queryRows<RecordSql & { k0: string | null }>(
    db,
    `WITH counted AS (SELECT ${page.withTotal ? `(SELECT count(*)::int FROM ${from})` : "NULL::int"} AS n),
     page AS (SELECT ${RECORD_COLUMNS}, r.submitted_at::text AS k0 FROM ${from} ${keyset} ORDER BY r.submitted_at, r.id LIMIT ${p.add(page.limit, "int")})
     SELECT (SELECT n FROM counted) AS total_count, page.* FROM (SELECT 1) one LEFT JOIN page ON TRUE ORDER BY page.submitted_at, page.id`,
    p,
  );
  return {
    totalCount: page.withTotal ? (rows[0]?.total_count ?? 0) : null,
    rows: rows.filter((r) => r.id !== null).map((r) => ({ ...toRecordRow(r), key: r.k0! })),
  };
}

/** Evidence files of records (metadata only), oldest first, one statement. */
export async function evidenceOf(db: Db, recordIds: readonly string[]) {
  const rows = await queryRows<{ id: string; record_id: string; file_name: string; media_type: string; size: number; submitted_by: string | null }>(
    db,
    `SELECT v.id, v.record_id, v.file_name, v.media_type, v.size, r.submitted_by FROM learning_evidence v JOIN learning_records r ON r.id = v.record_id
      WHERE v.record_id = ANY($1::uuid[]) ORDER BY v.record_id, v.created_at, v.id`,
    [[...recordIds]],
  );
  return rows.map((r) => ({ id: r.id, recordId: r.record_id, fileName: r.file_name, mediaType: r.media_type, size: r.size, submittedBy: r.submitted_by }));
}

/** The bytes of evidence files, one statement. */
export async function evidenceContent(db: Db, ids: readonly string[]): Promise<Map<string, Buffer>> {
  const rows = await queryRows<{ id: string; content: Buffer }>(db, `SELECT id, content FROM learning_evidence WHERE id = ANY($1::uuid[])`, [[...ids]]);
  return new Map(rows.map((r) => [r.id, r.content]));
}
