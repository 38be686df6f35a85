import type { EntityManager } from "typeorm";
import { nextFromWaitlist, seatFor, type SeatOutcome } from "@bina/domain";
import { notFound } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { queryRows } from "../../kit/sql";
import { underPathSql } from "../../kit/unit-scope";
import { recordAudit } from "../audit/record-audit";
import { BatchEntity } from "./batch.entity";
import { NominationEntity } from "./nomination.entity";
import { findNomineeClashes, lockEmployees } from "./schedule-conflicts";

/** The seat-holding statuses as SQL (the domain's SEAT_HOLDING_STATES). */
export const SEAT_SQL = `('NOMINATED', 'APPROVED')`;

/**
 * Locks a batch row (SELECT ... FOR UPDATE) for a change of its seats: every nomination, cancellation, decision,
 * capacity or quota change of the batch takes this lock first, so the counts read next stay true until the
 * transaction commits; parallel nominations for one batch queue here and each sees the seats the others took.
 */
export async function lockBatch(m: EntityManager, batchId: string): Promise<BatchEntity> {
  const batch = isUuid(batchId) ? await m.findOne(BatchEntity, { where: { id: batchId }, lock: { mode: "pessimistic_write" } }) : null;
  if (!batch) throw notFound("Batch", batchId);
  return batch;
}

interface QuotaRow {
  unit_id: string;
  path: string;
  seats: number;
  taken: number;
}

/** The batch's quotas with the seats held in each quota unit's subtree, and the seats held in all (one statement). */
async function seatCounts(m: EntityManager, batchId: string): Promise<{ taken: number; quotas: QuotaRow[] }> {
  const rows = await queryRows<QuotaRow & { total: number }>(
    m,
    `SELECT q.unit_id, u.path, q.seats,
            (SELECT count(*)::int FROM nominations n JOIN units nu ON nu.id = n.unit_id
              WHERE n.batch_id = q.batch_id AND n.status IN ${SEAT_SQL} AND ${underPathSql("nu.path", "u.path")}) AS taken,
            NULL::int AS total
       FROM batch_unit_quotas q JOIN units u ON u.id = q.unit_id
      WHERE q.batch_id = $1
     UNION ALL
     SELECT NULL, NULL, NULL, NULL, (SELECT count(*)::int FROM nominations WHERE batch_id = $1 AND status IN ${SEAT_SQL})`,
    [batchId],
  );
  return { taken: rows.find((r) => r.unit_id === null)!.total, quotas: rows.filter((r) => r.unit_id !== null) };
}

/** The quota unit a unit's nominees count against: the nearest of its ancestors (itself included) with a quota. */
const quotaFor = (quotas: readonly QuotaRow[], unitPath: string): QuotaRow | null =>
  quotas.filter((q) => unitPath.startsWith(q.path)).reduce<QuotaRow | null>((best, q) => (best === null || q.path.length > best.path.length ? q : best), null);

/** Where a new nominee of the unit at `unitPath` goes (the domain's seatFor over counts read under the batch lock). */
export async function seatForNominee(m: EntityManager, batch: BatchEntity, unitPath: string): Promise<SeatOutcome> {
  const counts = await seatCounts(m, batch.id);
  const quota = quotaFor(counts.quotas, unitPath);
  return seatFor({ capacity: batch.capacity, unitQuota: quota ? quota.seats : null, seatsTaken: counts.taken, unitSeatsTaken: quota ? quota.taken : 0 });
}

interface WaitingRow {
  id: string;
  employee_id: string;
  path: string;
  requested_at: string;
}

/**
 * How many waitlisted candidates a promotion locks and checks for schedule clashes at once (one statement each). A
 * waitlist within one window is locked in one sorted statement and cannot deadlock (see schedule-conflicts.ts).
 */
export const PROMOTION_WINDOW = 200;

/**
 * Promotes waitlisted nominations to NOMINATED while seats are free, first come, first served within the quotas (the
 * domain's nextFromWaitlist), in the caller's transaction (the batch row locked by `lockBatch`). A candidate who now
 * holds a seat in another batch (not cancelled) whose sessions overlap this batch's is skipped and stays WAITLISTED
 * (checked under the candidates' employee locks, the ones nominate takes, so the answer holds until commit); the
 * next one is promoted instead. Audited; returns them.
 */
export async function promoteWaitlisted(m: EntityManager, batch: BatchEntity, actorId: string): Promise<NominationEntity[]> {
  const counts = await seatCounts(m, batch.id);
  if (counts.taken >= batch.capacity) return [];
  const waiting = await queryRows<WaitingRow>(
    m,
    `SELECT n.id, n.employee_id, u.path, to_char(n.requested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS requested_at
       FROM nominations n JOIN units u ON u.id = n.unit_id
      WHERE n.batch_id = $1 AND n.status = 'WAITLISTED'
      ORDER BY n.requested_at, n.id`,
    [batch.id],
  );
  if (waiting.length === 0) return [];
  const unitOf = new Map(waiting.map((w) => [w.id, quotaFor(counts.quotas, w.path)?.unit_id ?? `none:${w.id}`]));
  const quotas: Record<string, number> = Object.fromEntries(counts.quotas.map((q) => [q.unit_id, q.seats]));
  const unitSeatsTaken: Record<string, number> = Object.fromEntries(counts.quotas.map((q) => [q.unit_id, q.taken]));
  let seatsTaken = counts.taken;
  // Candidates examined so far (a prefix of the waitlist), without those who clash and those promoted.
  let left: WaitingRow[] = [];
  let examined = 0;
  const promotedIds: string[] = [];
  for (;;) {
    const next = nextFromWaitlist(
      left.map((w) => ({ id: w.id, unitId: unitOf.get(w.id)!, requestedAt: w.requested_at })),
      { capacity: batch.capacity, seatsTaken, quotas, unitSeatsTaken },
    );
    if (next === null) {
      // Nobody examined fits: examine the next window of the waitlist while seats are free.
      if (seatsTaken >= batch.capacity || examined >= waiting.length) break;
      const window = waiting.slice(examined, examined + PROMOTION_WINDOW);
      examined += window.length;
      const employeeIds = window.map((w) => w.employee_id);
      await lockEmployees(m, employeeIds);
      const clashes = await findNomineeClashes(m, batch.id, employeeIds);
      left = [...left, ...window.filter((w) => !clashes.has(w.employee_id))];
      continue;
    }
    const row = left.find((w) => w.id === next)!;
    promotedIds.push(next);
    seatsTaken += 1;
    // Every quota unit whose subtree holds the nominee now has one seat fewer.
    for (const q of counts.quotas) if (row.path.startsWith(q.path)) unitSeatsTaken[q.unit_id] = (unitSeatsTaken[q.unit_id] ?? 0) + 1;
    left = left.filter((w) => w.id !== next);
  }
  if (promotedIds.length === 0) return [];
  await m.query(`UPDATE nominations SET status = 'NOMINATED', version = version + 1 WHERE id = ANY($1::uuid[])`, [promotedIds]);
  const promoted = await m.find(NominationEntity, { where: promotedIds.map((id) => ({ id })) });
  const order = new Map(promotedIds.map((id, i) => [id, i]));
  promoted.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  await recordAudit(
    m,
    actorId,
    promoted.map((n) => ({ action: "UPDATE" as const, entityType: "Nomination", entityId: n.id, before: { status: "WAITLISTED" }, after: { status: "NOMINATED", promoted: true } })),
  );
  return promoted;
}

/** Seats held in a batch now (under its lock). */
export async function seatsTaken(m: EntityManager, batchId: string): Promise<number> {
  return (await seatCounts(m, batchId)).taken;
}
