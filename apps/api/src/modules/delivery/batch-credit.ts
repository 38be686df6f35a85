import type { EntityManager } from "typeorm";
import { batchCreditJp, type DevelopmentKind } from "@bina/domain";
import { queryRows } from "../../kit/sql";

interface SessionDay {
  date: string;
  jp: string;
}

/**
 * The JP a batch credits: the domain's batchCreditJp (creditJp of the programme's kind over its session days: Σ JP,
 * days, dates, JP per day, one activity). A kind the sessions cannot credit (a degree study counts semesters, not
 * sessions) credits 0. Rounded to two decimals (the column's scale).
 */
export function batchCredit(kind: DevelopmentKind, days: readonly { date: string; jp: number }[]): number {
  const credited = batchCreditJp(kind, days);
  return credited.ok ? Math.round(credited.value * 100) / 100 : 0;
}

/**
 * Recomputes `batches.credited_jp` of the given batches inside the caller's transaction, set-based: one read of every
 * batch's session days, then one UPDATE ... FROM unnest (two statements however many batches; none for no batches).
 */
export async function refreshCreditedJp(m: EntityManager, batchIds: readonly string[]): Promise<void> {
  const ids = [...new Set(batchIds)];
  if (ids.length === 0) return;
  const rows = await queryRows<SessionDay & { batch_id: string; kind: string }>(
    m,
    `SELECT b.id AS batch_id, p.kind, s.date::text AS date, sum(s.jp)::text AS jp
       FROM batches b JOIN programmes p ON p.id = b.programme_id
       LEFT JOIN batch_sessions s ON s.batch_id = b.id
      WHERE b.id = ANY($1::uuid[])
      GROUP BY b.id, p.kind, s.date ORDER BY b.id, s.date`,
    [ids],
  );
  const byBatch = new Map<string, { kind: DevelopmentKind; days: { date: string; jp: number }[] }>();
  for (const r of rows) {
    const entry = byBatch.get(r.batch_id) ?? { kind: r.kind as DevelopmentKind, days: [] };
    if (r.date !== null) entry.days.push({ date: r.date, jp: Number(r.jp) });
    byBatch.set(r.batch_id, entry);
  }
  if (byBatch.size === 0) return;
  const found = [...byBatch.keys()];
  await m.query(
    `UPDATE batches b SET credited_jp = x.jp FROM unnest($1::uuid[], $2::numeric[]) AS x(id, jp) WHERE b.id = x.id`,
    [found, found.map((id) => String(batchCredit(byBatch.get(id)!.kind, byBatch.get(id)!.days)))],
  );
}
