import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../kit/connection";
import { notFound } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { queryRows, SqlParams } from "../../kit/sql";
import { scopeSql } from "../../kit/unit-scope";
import type { CertificateStatus, CompletionOutcome } from "./attendance.enums";
import type { AttendanceMethod } from "./session-attendance.entity";

export interface ParticipantRow {
  readonly nominationId: string;
  readonly employeeId: string;
  readonly name: string;
  readonly nip: string;
  readonly preScore: number | null;
  readonly postScore: number | null;
  readonly attendedJp: number;
  readonly outcome: CompletionOutcome | null;
  readonly attendance: { sessionId: string; present: boolean; method: AttendanceMethod; checkedInAt: Date | null }[];
  readonly certificate: {
    id: string;
    number: string;
    code: string;
    status: CertificateStatus;
    issuedAt: Date;
    revokedAt: Date | null;
    revokedReason: string | null;
  } | null;
}

interface Raw {
  nominationId: string;
  employeeId: string;
  name: string;
  nip: string;
  preScore: string | null;
  postScore: string | null;
  attendedJp: string;
  outcome: CompletionOutcome | null;
  marks: { sessionId: string; present: boolean; method: AttendanceMethod; checkedInAt: string | null }[];
  certificateId: string | null;
  number: string | null;
  code: string | null;
  issuedAt: Date | null;
  revokedAt: Date | null;
  revokedReason: string | null;
  total: number | null;
}

const num = (v: string | null): number | null => (v === null ? null : Number(v));

/**
 * A batch's APPROVED participants by name with their marks, scores, attended JP (live until completion, then as
 * completion recorded it), outcome and certificate: one statement per page (marks as a JSON array, the total only
 * when asked). An operator sees the participants of its own subtree only: both
 * the unit when nominated and the nominee's CURRENT unit in it (as the nominations lists; one who moved out is not shown).
 */
export async function listParticipants({
  ds,
  caller,
  batchId,
  first,
  after,
  withTotal,
}: {
  ds: DataSource;
  caller: Caller;
  batchId: string;
  first: number;
  after?: string | null;
  withTotal: boolean;
}): Promise<Page<ParticipantRow>> {
  const cursor = after ? decodeCursor(after, ["text", "uuid"]) : null;
  if (!isUuid(batchId)) throw notFound("Batch", batchId);
  const scope = await caller.scope();
  const p = new SqlParams();
  const batch = p.add(batchId, "uuid");
  const where = `n.batch_id = ${batch} AND n.status = 'APPROVED' AND ${scopeSql(scope, "u.path", p)} AND ${scopeSql(scope, "nu.path", p)}`;
  const keyset = cursor ? `AND (e.name, n.id) > (${p.add(cursor[0])}, ${p.add(cursor[1], "uuid")})` : "";
  const total = withTotal
    ? `(SELECT count(*)::int FROM nominations n JOIN employees e ON e.id = n.employee_id JOIN units u ON u.id = e.unit_id JOIN units nu ON nu.id = n.unit_id WHERE ${where})`
    : "NULL::int";
  const rows = await queryRows<Raw>(
    ds,
    `SELECT n.id AS "nominationId", n.employee_id AS "employeeId", e.name, e.nip,
            n.pre_score AS "preScore", n.post_score AS "postScore", n.outcome,
            COALESCE(n.attended_jp, (SELECT sum(s.jp) FROM session_attendance a JOIN batch_sessions s ON s.id = a.session_id
                                       WHERE a.nomination_id = n.id AND a.present), 0) AS "attendedJp",
            COALESCE((SELECT json_agg(json_build_object('sessionId', a.session_id, 'present', a.present, 'method', a.method, 'checkedInAt', a.checked_in_at)
                                      ORDER BY s.date, s.starts_at, s.id)
                        FROM session_attendance a JOIN batch_sessions s ON s.id = a.session_id WHERE a.nomination_id = n.id), '[]'::json) AS marks,
            c.id AS "certificateId", c.number, c.code, c.issued_at AS "issuedAt", c.revoked_at AS "revokedAt", c.revoked_reason AS "revokedReason",
            ${total} AS total
       FROM nominations n
       JOIN employees e ON e.id = n.employee_id
       JOIN units u ON u.id = e.unit_id JOIN units nu ON nu.id = n.unit_id
       LEFT JOIN certificates c ON c.nomination_id = n.id
      WHERE ${where} ${keyset}
      ORDER BY e.name, n.id
      LIMIT ${p.add(first + 1)}`,
    p,
  );
  const nodes: ParticipantRow[] = rows.map((r) => ({
    nominationId: r.nominationId,
    employeeId: r.employeeId,
    name: r.name,
    nip: r.nip,
    preScore: num(r.preScore),
    postScore: num(r.postScore),
    attendedJp: Number(r.attendedJp),
    outcome: r.outcome,
    attendance: r.marks.map((x) => ({ ...x, checkedInAt: x.checkedInAt ? new Date(x.checkedInAt) : null })),
    certificate: r.certificateId
      ? {
          id: r.certificateId,
          number: r.number!,
          code: r.code!,
          status: r.revokedAt ? "REVOKED" : "VALID",
          issuedAt: r.issuedAt!,
          revokedAt: r.revokedAt,
          revokedReason: r.revokedReason,
        }
      : null,
  }));
  // The total is per statement; on a page past the last row (no rows) it is counted again.
  let totalCount: number | null = withTotal ? (rows[0]?.total ?? null) : null;
  if (withTotal && totalCount === null) {
    const p2 = new SqlParams();
    const w2 = `n.batch_id = ${p2.add(batchId, "uuid")} AND n.status = 'APPROVED' AND ${scopeSql(scope, "u.path", p2)} AND ${scopeSql(scope, "nu.path", p2)}`;
    totalCount = (await queryRows<{ n: number }>(ds, `SELECT count(*)::int AS n FROM nominations n JOIN employees e ON e.id = n.employee_id JOIN units u ON u.id = e.unit_id JOIN units nu ON nu.id = n.unit_id WHERE ${w2}`, p2))[0]?.n ?? 0;
  }
  return pageOf(nodes, { first, after, totalCount }, (r) => encodeCursor([r.name, r.nominationId]));
}
