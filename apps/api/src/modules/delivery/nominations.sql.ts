import type { DataSource } from "typeorm";
import type { NominationState } from "@bina/domain";
import type { Scope } from "../../kit/caller";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../kit/connection";
import { AppError } from "../../kit/errors";
import { queryRows, SqlParams } from "../../kit/sql";
import { inSubtreeOfSql, scopeSql } from "../../kit/unit-scope";
import { NominationEntity } from "./nomination.entity";

/** A nominations row as PostgreSQL returns it, with its cursor key. */
interface NominationRow {
  id: string;
  batch_id: string;
  employee_id: string;
  unit_id: string;
  status: string;
  requested_at: Date;
  nominated_by: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  reason: string | null;
  version: number;
  k0: string;
}

const COLUMNS = `n.id, n.batch_id, n.employee_id, n.unit_id, n.status, n.requested_at, n.nominated_by, n.decided_by, n.decided_at, n.reason, n.version, n.requested_at::text AS k0`;

const toEntity = (r: NominationRow): NominationEntity =>
  Object.assign(new NominationEntity(), {
    id: r.id,
    batchId: r.batch_id,
    employeeId: r.employee_id,
    unitId: r.unit_id,
    status: r.status,
    requestedAt: r.requested_at,
    nominatedBy: r.nominated_by,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    reason: r.reason,
    version: r.version,
  });

export interface NominationPageArgs {
  readonly scope: Scope;
  readonly statuses?: readonly NominationState[] | null;
  readonly unitId?: string | null;
  readonly first: number;
  readonly after?: string | null;
  readonly withTotal: boolean;
}

/**
 * The FROM of a nominations list: n, its nominee's CURRENT unit cu and the unit when nominated u. An operator sees a
 * nomination only when both are in its subtree: never a nominee who has since moved out (`employee(id)` answers null
 * for them, so Nomination.employee must not reveal them), and never one who moved in from outside (Nomination.unit
 * would name a unit outside the scope).
 */
const FROM = `nominations n JOIN employees e ON e.id = n.employee_id JOIN units cu ON cu.id = e.unit_id JOIN units u ON u.id = n.unit_id`;

/** The WHERE of a nominations list (FROM above): the caller's scope (the nominee's current unit and the unit when nominated), statuses, a unit's subtree (the unit when nominated). */
function predicates(a: NominationPageArgs, p: SqlParams): string[] {
  const where = [scopeSql(a.scope, "cu.path", p), scopeSql(a.scope, "u.path", p)];
  if (a.statuses) where.push(`n.status = ANY(${p.add([...new Set(a.statuses)], "text[]")})`);
  if (a.unitId) where.push(inSubtreeOfSql("u.path", p.add(a.unitId, "uuid")));
  return where;
}

/** A real calendar day and time as PostgreSQL prints a timestamptz (`2026-11-30 13:40:38.123456+00`). */
const isTimestampText = (v: string): boolean => {
  const m = /^(\d{4}-\d{2}-\d{2}) \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/.exec(v);
  const day = m ? new Date(`${m[1]}T00:00:00Z`) : null;
  return !!day && !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === m![1];
};

const afterSql = (after: string | null | undefined, p: SqlParams): string => {
  if (!after) return "TRUE";
  const [at, id] = decodeCursor(after, ["timestamp", "uuid"]);
  if (!isTimestampText(at!)) throw new AppError("BAD_USER_INPUT", "after: not a cursor of this list", { field: "after", domainCode: "INVALID_CURSOR" });
  return `(n.requested_at, n.id) > (${p.add(at, "timestamptz")}, ${p.add(id, "uuid")})`;
};

/**
 * One page of nominations per batch, in request order (the waitlist's), for many batches in one statement (a LATERAL
 * join per batch), scoped to the caller (an operator sees its subtree's nominees only); the totals in one more
 * statement when asked. A crafted cursor is INVALID_CURSOR before any SQL.
 */
export async function nominationPagesByBatch(ds: DataSource, batchIds: readonly string[], a: NominationPageArgs): Promise<Map<string, Page<NominationEntity>>> {
  const p = new SqlParams();
  const ids = p.add([...batchIds], "uuid[]");
  const where = predicates(a, p);
  const after = afterSql(a.after, p);
  const rows = await queryRows<NominationRow>(
    ds,
    `SELECT x.* FROM unnest(${ids}) AS b(id) CROSS JOIN LATERAL (
       SELECT ${COLUMNS} FROM ${FROM}
        WHERE n.batch_id = b.id AND ${where.join(" AND ")} AND ${after}
        ORDER BY n.requested_at, n.id LIMIT ${p.add(a.first + 1, "int")}) x`,
    p,
  );
  let totals = new Map<string, number>();
  if (a.withTotal) {
    const t = new SqlParams();
    const tIds = t.add([...batchIds], "uuid[]");
    const tWhere = predicates(a, t);
    const counted = await queryRows<{ batch_id: string; n: number }>(
      ds,
      `SELECT n.batch_id, count(*)::int AS n FROM ${FROM}
        WHERE n.batch_id = ANY(${tIds}) AND ${tWhere.join(" AND ")} GROUP BY n.batch_id`,
      t,
    );
    totals = new Map(counted.map((c) => [c.batch_id, c.n]));
  }
  const byBatch = new Map<string, NominationRow[]>(batchIds.map((id) => [id, []]));
  for (const r of rows) byBatch.get(r.batch_id)?.push(r);
  return new Map(
    [...byBatch].map(([id, list]) => [
      id,
      pageOfEntities(pageOf(list, { first: a.first, after: a.after, totalCount: a.withTotal ? totals.get(id) ?? 0 : null }, (r) => encodeCursor([r.k0, r.id]))),
    ]),
  );
}

/** Maps a page of rows to entities. */
const pageOfEntities = (page: Page<NominationRow>): Page<NominationEntity> => ({ ...page, rows: page.rows.map((r) => ({ cursor: r.cursor, node: toEntity(r.node) })) });

/** The caller's nominations list (operators: their subtree's), in request order, optionally of one batch. */
export async function nominationPage(ds: DataSource, a: NominationPageArgs & { batchId?: string | null }): Promise<Page<NominationEntity>> {
  const p = new SqlParams();
  const where = predicates(a, p);
  if (a.batchId) where.push(`n.batch_id = ${p.add(a.batchId, "uuid")}`);
  const totalParams = [...p.values];
  const after = afterSql(a.after, p);
  const rows = await queryRows<NominationRow>(
    ds,
    `SELECT ${COLUMNS} FROM ${FROM}
      WHERE ${where.join(" AND ")} AND ${after}
      ORDER BY n.requested_at, n.id LIMIT ${p.add(a.first + 1, "int")}`,
    p,
  );
  const totalCount = a.withTotal
    ? (await queryRows<{ n: number }>(ds, `SELECT count(*)::int AS n FROM ${FROM} WHERE ${where.join(" AND ")}`, totalParams))[0]!.n
    : null;
  return pageOfEntities(pageOf(rows, { first: a.first, after: a.after, totalCount }, (r) => encodeCursor([r.k0, r.id])));
}
