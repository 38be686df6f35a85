import type { EntityManager } from "typeorm";
import { creditJp, type DevelopmentKind } from "@bina/domain";
import { queryRows } from "../../kit/sql";

interface SessionDay {
  date: string;
  jp: string;
}

/**
 * The JP a batch credits: creditJp of its programme's kind over its sessions (Σ session JP; days and dates = the
 * distinct session dates; JP per day for the per-day caps; one activity for the per-count kinds). A kind the sessions
 * cannot credit (a degree study counts semesters, not sessions) credits 0. Rounded to two decimals.
 */
export function batchCredit(kind: DevelopmentKind, days: readonly { date: string; jp: number }[]): number {
  if (days.length === 0) return 0;
  const jp = Math.round(days.reduce((s, d) => s + d.jp * 100, 0)) / 100;
  const credited = creditJp({
    kind,
    jp,
    days: days.length,
    sessionDates: days.map((d) => d.date),
    jpByDay: days.map((d) => d.jp),
    count: 1,
  });
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
