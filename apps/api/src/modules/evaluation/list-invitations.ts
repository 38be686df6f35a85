import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../kit/connection";
import { queryRows, SqlParams } from "../../kit/sql";
import type { EvaluationLevel, EvaluationRole } from "./evaluation-invitation.entity";
import { batchInScope, invitationScopeSql, today } from "./evaluation-scope";

export const INVITATION_STATUSES = ["SCHEDULED", "OPEN", "ANSWERED", "EXPIRED"] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export interface InvitationRow {
  readonly id: string;
  readonly batchId: string;
  readonly employeeId: string;
  readonly employeeName: string;
  readonly level: EvaluationLevel;
  readonly role: EvaluationRole;
  readonly opensOn: string;
  readonly expiresOn: string;
  readonly answeredAt: Date | null;
  readonly status: InvitationStatus;
}

/** An invitation's status on `today` (a `$n::date` placeholder): answered first, then by its dates. */
export const statusSql = (todayParam: string, alias = "i"): string =>
  `CASE WHEN ${alias}.answered_at IS NOT NULL THEN 'ANSWERED' WHEN ${todayParam} < ${alias}.opens_on THEN 'SCHEDULED'
        WHEN ${todayParam} > ${alias}.expires_on THEN 'EXPIRED' ELSE 'OPEN' END`;

/**
 * A batch's evaluation forms by the name of the person they are about, then role: optionally one level and some
 * statuses (who has not answered yet: `[OPEN, EXPIRED]`). One statement per page (the total only when asked). An
 * operator sees the forms of its own subtree's participants, of a batch with some.
 */
export async function listInvitations({
  ds,
  caller,
  batchId,
  level,
  statuses,
  first,
  after,
  withTotal,
}: {
  ds: DataSource;
  caller: Caller;
  batchId: string;
  level: EvaluationLevel | null;
  statuses: readonly InvitationStatus[] | null;
  first: number;
  after?: string | null;
  withTotal: boolean;
}): Promise<Page<InvitationRow>> {
  const cursor = after ? decodeCursor(after, ["text", "text", "uuid"]) : null;
  const scope = await caller.scope();
  await batchInScope(ds, scope, batchId);
  if (statuses && statuses.length === 0) return { rows: [], hasNextPage: false, hasPreviousPage: !!after, totalCount: withTotal ? 0 : null };
  const p = new SqlParams();
  const status = statusSql(p.add(today(), "date"));
  const conditions = [`i.batch_id = ${p.add(batchId, "uuid")}`, invitationScopeSql(scope, p)];
  if (level) conditions.push(`i.level = ${p.add(level)}`);
  if (statuses) conditions.push(`${status} = ANY(${p.add([...new Set(statuses)], "text[]")})`);
  const where = conditions.join(" AND ");
  const keyset = cursor ? `AND (e.name, i.role, i.id) > (${p.add(cursor[0])}, ${p.add(cursor[1])}, ${p.add(cursor[2], "uuid")})` : "";
  const total = withTotal ? `(SELECT count(*)::int FROM evaluation_invitations i JOIN employees e ON e.id = i.employee_id WHERE ${where})` : "NULL::int";
  const rows = await queryRows<InvitationRow & { total: number | null }>(
    ds,
    `SELECT i.id, i.batch_id AS "batchId", i.employee_id AS "employeeId", e.name AS "employeeName", i.level, i.role,
            i.opens_on::text AS "opensOn", i.expires_on::text AS "expiresOn", i.answered_at AS "answeredAt", ${status} AS status, ${total} AS total
       FROM evaluation_invitations i JOIN employees e ON e.id = i.employee_id
      WHERE ${where} ${keyset}
      ORDER BY e.name, i.role, i.id
      LIMIT ${p.add(first + 1)}`,
    p,
  );
  let totalCount: number | null = withTotal ? (rows[0]?.total ?? null) : null;
  if (withTotal && totalCount === null) {
    // A page past the last row: count again without the keyset.
    const p2 = new SqlParams();
    const c2 = [`i.batch_id = ${p2.add(batchId, "uuid")}`, invitationScopeSql(scope, p2)];
    if (level) c2.push(`i.level = ${p2.add(level)}`);
    if (statuses) c2.push(`${statusSql(p2.add(today(), "date"))} = ANY(${p2.add([...new Set(statuses)], "text[]")})`);
    totalCount = (await queryRows<{ n: number }>(ds, `SELECT count(*)::int AS n FROM evaluation_invitations i WHERE ${c2.join(" AND ")}`, p2))[0]?.n ?? 0;
  }
  return pageOf(
    rows.map(({ total: _t, ...r }) => r),
    { first, after, totalCount },
    (r) => encodeCursor([r.employeeName, r.role, r.id]),
  );
}
