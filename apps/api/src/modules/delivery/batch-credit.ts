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

/** Recomputes `batches.credited_jp` of the given batches inside the caller's transaction (one read, one write each). */
export async function refreshCreditedJp(m: EntityManager, batchIds: readonly string[]): Promise<void> {
  for (const batchId of batchIds) {
    const rows = await queryRows<SessionDay & { kind: string }>(
      m,
      `SELECT p.kind, s.date::text AS date, sum(s.jp)::text AS jp
         FROM batches b JOIN programmes p ON p.id = b.programme_id
         LEFT JOIN batch_sessions s ON s.batch_id = b.id
        WHERE b.id = $1
        GROUP BY p.kind, s.date ORDER BY s.date`,
      [batchId],
    );
    if (rows.length === 0) continue;
    const days = rows.filter((r) => r.date !== null).map((r) => ({ date: r.date, jp: Number(r.jp) }));
    await m.query(`UPDATE batches SET credited_jp = $2 WHERE id = $1`, [batchId, batchCredit(rows[0]!.kind as DevelopmentKind, days)]);
  }
}
