import type { DataSource } from "typeorm";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../kit/connection";
import { AppError } from "../../kit/errors";
import { queryRows, SqlParams } from "../../kit/sql";
import type { SpendingEventKindValue, SpendingSnapshot } from "./budget-spending-event.entity";
import type { SpendingState } from "./budget-spending.entity";
import { rupiahOf } from "./budget.sql";
import { MAX_SPENDING_EVENTS } from "./budget-limits";
import type { SpendingEventView, SpendingView } from "./budget-views";

interface SpendingRow {
  id: string;
  budgetLineId: string;
  amount: string;
  spentOn: string;
  description: string;
  documentNumber: string;
  category: string | null;
  quantity: string | null;
  batchId: string | null;
  status: SpendingState;
  cancelReason: string | null;
  version: number;
  createdAt: Date;
  total: number | null;
}

const SPENDING_COLUMNS = `s.id, s.budget_line_id AS "budgetLineId", s.amount::text AS amount, to_char(s.spent_on, 'YYYY-MM-DD') AS "spentOn",
  s.description, s.document_number AS "documentNumber", s.category, s.quantity::text AS quantity, s.batch_id AS "batchId", s.status,
  s.cancel_reason AS "cancelReason", s.version, s.created_at AS "createdAt"`;

const toSpendingView = (r: SpendingRow): SpendingView => ({
  id: r.id,
  budgetLineId: r.budgetLineId,
  amount: rupiahOf(r.amount),
  spentOn: r.spentOn,
  description: r.description,
  documentNumber: r.documentNumber,
  category: r.category,
  quantity: r.quantity === null ? null : Number(r.quantity),
  batchId: r.batchId,
  status: r.status,
  cancelReason: r.cancelReason,
  version: Number(r.version),
  createdAt: r.createdAt,
});

export interface SpendingPageArgs {
  readonly first: number;
  readonly after: string | null;
  readonly includeCancelled: boolean;
  readonly withTotal: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The page of each line's spendings, newest date first (then id), in one statement for all the lines. */
export async function spendingPagesByLine(ds: DataSource, lineIds: readonly string[], a: SpendingPageArgs): Promise<Map<string, Page<SpendingView>>> {
  const cursor = a.after ? decodeCursor(a.after, ["text", "uuid"]) : null;
  if (cursor && !DATE.test(cursor[0]!)) throw new AppError("BAD_USER_INPUT", "after: not a cursor of this list", { field: "after", domainCode: "INVALID_CURSOR" });
  const p = new SqlParams();
  const status = a.includeCancelled ? "TRUE" : `s.status = 'ACTIVE'`;
  const keyset = cursor ? `AND (s.spent_on, s.id) < (${p.add(cursor[0], "date")}, ${p.add(cursor[1], "uuid")})` : "";
  const total = a.withTotal
    ? `(SELECT count(*)::int FROM budget_spendings s WHERE s.budget_line_id = lid AND ${status})`
    : "NULL::int";
  const rows = await queryRows<SpendingRow & { lid: string }>(
    ds,
    `SELECT lid, x.*, ${total} AS total FROM unnest(${p.add([...lineIds], "uuid[]")}) AS lid
       LEFT JOIN LATERAL (SELECT ${SPENDING_COLUMNS} FROM budget_spendings s
                           WHERE s.budget_line_id = lid AND ${status} ${keyset}
                           ORDER BY s.spent_on DESC, s.id DESC LIMIT ${p.add(a.first + 1, "int")}) x ON TRUE`,
    p,
  );
  const pages = new Map<string, Page<SpendingView>>();
  for (const id of lineIds) {
    const mine = rows.filter((r) => r.lid === id);
    const views = mine.filter((r) => r.id !== null).map(toSpendingView);
    pages.set(id, pageOf(views, { first: a.first, after: a.after, totalCount: a.withTotal ? (mine[0]?.total ?? 0) : null }, (s) => encodeCursor([s.spentOn, s.id])));
  }
  return pages;
}

const changeNote = (kind: SpendingEventKindValue, before: SpendingSnapshot | null, after: SpendingSnapshot | null): string | null => {
  if (kind === "CANCELLED") return after?.cancelReason ?? null;
  if (kind !== "EDITED" || !before || !after) return null;
  const notes: string[] = [];
  if (before.spentOn !== after.spentOn) notes.push(`spentOn ${before.spentOn} → ${after.spentOn}`);
  if (before.description !== after.description) notes.push("description changed");
  if (before.documentNumber !== after.documentNumber) notes.push(`documentNumber ${before.documentNumber} → ${after.documentNumber}`);
  return notes.length === 0 ? null : notes.join("; ");
};

/** The history of each spending, oldest first (its latest MAX_SPENDING_EVENTS), in one statement for all the spendings. */
export async function historyBySpendings(ds: DataSource, spendingIds: readonly string[]): Promise<Map<string, SpendingEventView[]>> {
  const p = new SqlParams();
  const rows = await queryRows<{ sid: string; kind: SpendingEventKindValue; at: Date; actorId: string | null; before: SpendingSnapshot | null; after: SpendingSnapshot | null }>(
    ds,
    `SELECT sid, x.kind, x.at, x.actor_id AS "actorId", x.before, x.after FROM unnest(${p.add([...spendingIds], "uuid[]")}) AS sid
       JOIN LATERAL (SELECT e.kind, e.at, e.actor_id, e.before, e.after, e.id FROM budget_spending_events e WHERE e.spending_id = sid
                      ORDER BY e.at DESC, e.id DESC LIMIT ${p.add(MAX_SPENDING_EVENTS, "int")}) x ON TRUE
      ORDER BY sid, x.at, x.id`,
    p,
  );
  const map = new Map<string, SpendingEventView[]>(spendingIds.map((id) => [id, []]));
  for (const r of rows) {
    const amountOf = (s: SpendingSnapshot | null): number | null => (s ? rupiahOf(s.amount) : null);
    map.get(r.sid)?.push({ kind: r.kind, at: r.at, actorId: r.actorId, amountBefore: amountOf(r.before), amountAfter: amountOf(r.after), note: changeNote(r.kind, r.before, r.after) });
  }
  return map;
}
