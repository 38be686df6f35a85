import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../kit/connection";
import { queryRows, SqlParams } from "../../kit/sql";
import { checkYear } from "../planning/plan-year";
import { BudgetRevisionEntity, type RevisionState } from "./budget-revision.entity";
import { lineScopeSql, rupiahOf } from "./budget.sql";

interface RevisionRowSql {
  id: string;
  fiscal_year: number;
  kind: string;
  from_line_id: string | null;
  to_line_id: string | null;
  line_id: string | null;
  amount: string | null;
  new_ceiling: string | null;
  reason: string;
  status: RevisionState;
  requested_by: string | null;
  requested_at: Date | string;
  decided_by: string | null;
  decided_at: Date | string | null;
  decision_note: string | null;
  version: number;
  at_key: string;
  total: number | null;
}

const toEntity = (r: RevisionRowSql): BudgetRevisionEntity =>
  Object.assign(new BudgetRevisionEntity(), {
    id: r.id,
    fiscalYear: Number(r.fiscal_year),
    kind: r.kind,
    fromLineId: r.from_line_id,
    toLineId: r.to_line_id,
    lineId: r.line_id,
    amount: r.amount === null ? null : rupiahOf(r.amount),
    newCeiling: r.new_ceiling === null ? null : rupiahOf(r.new_ceiling),
    reason: r.reason,
    status: r.status,
    requestedBy: r.requested_by,
    requestedAt: new Date(r.requested_at),
    decidedBy: r.decided_by,
    decidedAt: r.decided_at === null ? null : new Date(r.decided_at),
    decisionNote: r.decision_note,
    version: Number(r.version),
  });

/**
 * A fiscal year's revisions, newest request first (keyset on requested_at with its microseconds, then id), optionally
 * of one status. ADMIN and ANALYST see all; a unit operator those naming at least one line of its subtree (a line
 * outside it reads as null on the revision). The page and its total come from one statement.
 */
export async function listRevisions({
  ds,
  caller,
  fiscalYear,
  status,
  first,
  after,
  withTotal,
}: {
  ds: DataSource;
  caller: Caller;
  fiscalYear: number;
  status: RevisionState | null;
  first: number;
  after?: string | null;
  withTotal: boolean;
}): Promise<Page<BudgetRevisionEntity>> {
  checkYear(fiscalYear, "fiscalYear");
  const cursor = after ? decodeCursor(after, ["timestamp", "uuid"]) : null;
  const scope = await caller.scope();
  const p = new SqlParams();
  const filters = [`r.fiscal_year = ${p.add(fiscalYear, "int")}`];
  if (status) filters.push(`r.status = ${p.add(status)}`);
  if (scope.kind !== "ALL") {
    filters.push(`EXISTS (SELECT 1 FROM budget_lines l WHERE l.id IN (r.from_line_id, r.to_line_id, r.line_id) AND ${lineScopeSql(scope, p, "l")})`);
  }
  const keyset = cursor ? `WHERE (f.requested_at, f.id) < (${p.add(cursor[0], "timestamptz")}, ${p.add(cursor[1], "uuid")})` : "";
  // One statement: the page (LEFT JOINed to one row, so an empty page still carries the total) and the count of all matches.
  const fetched = await queryRows<RevisionRowSql>(
    ds.manager,
    `WITH f AS (SELECT r.* FROM budget_revisions r WHERE ${filters.join(" AND ")}),
     page AS (
       SELECT f.id, f.fiscal_year, f.kind, f.from_line_id, f.to_line_id, f.line_id, f.amount::text AS amount, f.new_ceiling::text AS new_ceiling,
              f.reason, f.status, f.requested_by, f.requested_at, f.decided_by, f.decided_at, f.decision_note, f.version,
              to_char(f.requested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at_key
         FROM f ${keyset}
        ORDER BY f.requested_at DESC, f.id DESC
        LIMIT ${first + 1})
     SELECT page.*, ${withTotal ? "(SELECT count(*)::int FROM f)" : "NULL::int"} AS total
       FROM (SELECT 1) one LEFT JOIN page ON TRUE
      ORDER BY page.requested_at DESC, page.id DESC`,
    p,
  );
  const rows = fetched.filter((r) => r.id !== null);
  const totalCount = withTotal ? Number(fetched[0]?.total ?? 0) : null;
  const keys = new Map(rows.map((r) => [r.id, r.at_key]));
  return pageOf(rows.map(toEntity), { first, after, totalCount }, (r) => encodeCursor([keys.get(r.id)!, r.id]));
}
