import type { DataSource } from "typeorm";
import { nGain, nGainCategory, type NGainCategory } from "@bina/domain";
import type { Scope } from "../../kit/caller";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../kit/connection";
import { queryRows, SqlParams } from "../../kit/sql";
import { SCORE_MAX } from "./batch-evaluation.sql";
import { PARTICIPANT_JOINS, participantScopeSql } from "./evaluation-scope";

export interface NGainRow {
  readonly nominationId: string;
  readonly employeeId: string;
  readonly name: string;
  readonly pre: number | null;
  readonly post: number | null;
  /** The domain's nGain(pre, post, 100); null without both scores or with pre = 100. */
  readonly nGain: number | null;
  readonly category: NGainCategory | null;
}

/** A page of a batch's participants with an outcome (the caller's), by name, with their scores and N-gain: one statement. */
export async function listNGains({
  ds,
  scope,
  batchId,
  first,
  after,
  withTotal,
}: {
  ds: DataSource;
  scope: Scope;
  batchId: string;
  first: number;
  after?: string | null;
  withTotal: boolean;
}): Promise<Page<NGainRow>> {
  const cursor = after ? decodeCursor(after, ["text", "uuid"]) : null;
  const p = new SqlParams();
  const where = `n.batch_id = ${p.add(batchId, "uuid")} AND n.status = 'APPROVED' AND n.outcome IS NOT NULL AND ${participantScopeSql(scope, p)}`;
  const keyset = cursor ? `AND (e.name, n.id) > (${p.add(cursor[0])}, ${p.add(cursor[1], "uuid")})` : "";
  const total = withTotal ? `(SELECT count(*)::int FROM nominations n ${PARTICIPANT_JOINS} WHERE ${where})` : "NULL::int";
  const rows = await queryRows<{ nominationId: string; employeeId: string; name: string; pre: string | null; post: string | null; total: number | null }>(
    ds,
    `SELECT n.id AS "nominationId", n.employee_id AS "employeeId", e.name, n.pre_score AS pre, n.post_score AS post, ${total} AS total
       FROM nominations n ${PARTICIPANT_JOINS}
      WHERE ${where} ${keyset}
      ORDER BY e.name, n.id LIMIT ${p.add(first + 1)}`,
    p,
  );
  let totalCount = withTotal ? (rows[0]?.total ?? null) : null;
  if (withTotal && totalCount === null) {
    const p2 = new SqlParams();
    const w2 = `n.batch_id = ${p2.add(batchId, "uuid")} AND n.status = 'APPROVED' AND n.outcome IS NOT NULL AND ${participantScopeSql(scope, p2)}`;
    totalCount = (await queryRows<{ n: number }>(ds, `SELECT count(*)::int AS n FROM nominations n ${PARTICIPANT_JOINS} WHERE ${w2}`, p2))[0]?.n ?? 0;
  }
  const nodes = rows.map((r): NGainRow => {
    const pre = r.pre === null ? null : Number(r.pre);
    const post = r.post === null ? null : Number(r.post);
    const g = pre === null || post === null ? null : nGain(pre, post, SCORE_MAX);
    return { nominationId: r.nominationId, employeeId: r.employeeId, name: r.name, pre, post, nGain: g, category: g === null ? null : nGainCategory(g) };
  });
  return pageOf(nodes, { first, after, totalCount }, (r) => encodeCursor([r.name, r.nominationId]));
}
