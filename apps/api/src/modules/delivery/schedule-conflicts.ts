import type { EntityManager } from "typeorm";
import { findScheduleConflicts, venueKey, type ScheduledSession } from "@bina/domain";
import { conflict } from "../../kit/errors";
import { queryRows } from "../../kit/sql";
import { SEAT_SQL } from "./seats";

interface NearbyRow {
  id: string;
  batch_id: string;
  batch_name: string;
  date: string;
  start: string;
  end: string;
  speaker_id: string | null;
  venue: string | null;
  participant_ids: string[];
}

/** A session as it would be saved: its batch, day, times, speaker and venue (id null for a new one). */
export interface PlannedSession {
  readonly id: string | null;
  readonly batchId: string;
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly speakerId: string | null;
  readonly venue: string | null;
}

/*
 * Lock order of the schedule checks (why they cannot deadlock). Every path takes, in this order and never back:
 *   1. one batch row (lockBatch, SELECT ... FOR UPDATE): nominate, cancel/decide a nomination, updateBatch,
 *      addSession, updateSession: each locks exactly one batch row, first;
 *   2. the session path only: the speaker and venue advisory locks, sorted by key;
 *   3. employee advisory locks (`employee:<id>`, the key refuseNomineeConflicts has always used): nominate takes one;
 *      the session path takes those of all the batch's seat holders in one statement, sorted by id; a waitlist
 *      promotion takes its candidates' in one statement per window, sorted by id (lockEmployees).
 * No path waits for a batch row while holding an advisory lock, and advisory locks are taken in one global order
 * (speaker/venue keys, then employees by id), so no cycle can form. nominate(E into X) holds X's row and waits for E's
 * lock while addSession(Y) holds Y's row and E's lock: addSession never asks for X's row, so it finishes and nominate
 * then reads its session (each statement of READ COMMITTED sees what committed before it). The only exception is a
 * waitlist longer than one promotion window (PROMOTION_WINDOW in seats.ts): its later windows are locked after the
 * earlier ones; PostgreSQL would detect such a cycle and fail one transaction instead of hanging.
 */

/** Takes the employees' advisory locks (the key refuseNomineeConflicts uses) in one statement, sorted by id. */
export async function lockEmployees(m: EntityManager, employeeIds: readonly string[]): Promise<void> {
  if (employeeIds.length === 0) return;
  await m.query(
    `SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext('employee:' || x.id::text)) FROM (SELECT DISTINCT id FROM unnest($1::uuid[]) AS u(id) ORDER BY id) x) l`,
    [employeeIds],
  );
}

/** Takes the advisory locks of every employee holding a seat in the batch, in one statement, sorted by id. */
export async function lockSeatHolders(m: EntityManager, batchId: string): Promise<void> {
  await m.query(
    `SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext('employee:' || x.employee_id::text))
                             FROM (SELECT DISTINCT employee_id FROM nominations WHERE batch_id = $1 AND status IN ${SEAT_SQL} ORDER BY employee_id) x) l`,
    [batchId],
  );
}

/**
 * Refuses a session that clashes with another on the same day and overlapping time (batches not cancelled): the same
 * speaker, the same venue (the domain's venueKey), or a participant holding a seat (NOMINATED, APPROVED) in this batch
 * and in another batch's session. CONFLICT SCHEDULE_CONFLICT naming the clashing session: its id, batch, date, time
 * and the shared resource. Serialised per speaker and per venue with transaction-scoped advisory locks, and per
 * participant with the employee locks of the batch's seat holders (the locks nominate and waitlist promotion take),
 * so two clashing sessions, or a session and a nomination, saved at the same moment cannot both pass. Call it with the
 * batch row locked (lockBatch); the lock order is explained above.
 */
export async function refuseScheduleConflicts(m: EntityManager, s: PlannedSession): Promise<void> {
  const keys = [s.speakerId ? `speaker:${s.speakerId}` : null, venueKey(s.venue) ? `venue:${venueKey(s.venue)}` : null].filter((k): k is string => k !== null).sort();
  for (const key of keys) await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [key]);
  // The seat holders' locks: no nomination or promotion can seat one of them in a clashing batch until this commits.
  await lockSeatHolders(m, s.batchId);
  const nearby = await queryRows<NearbyRow>(
    m,
    `WITH ours AS (SELECT employee_id FROM nominations WHERE batch_id = $1 AND status IN ${SEAT_SQL})
     SELECT s.id, s.batch_id, b.name AS batch_name, s.date::text AS date,
            to_char(s.starts_at, 'HH24:MI') AS start, to_char(s.ends_at, 'HH24:MI') AS "end", s.speaker_id, s.venue,
            CASE WHEN s.batch_id = $1 THEN '{}'::uuid[]
                 ELSE ARRAY(SELECT n.employee_id FROM nominations n
                             WHERE n.batch_id = s.batch_id AND n.status IN ${SEAT_SQL} AND n.employee_id IN (SELECT employee_id FROM ours)
                             ORDER BY n.employee_id LIMIT 50) END AS participant_ids
       FROM batch_sessions s JOIN batches b ON b.id = s.batch_id
      WHERE s.date = $2::date AND s.starts_at < $4::time AND s.ends_at > $3::time AND b.status <> 'CANCELLED'
        AND s.id IS DISTINCT FROM $5::uuid
      ORDER BY s.starts_at, s.id`,
    [s.batchId, s.date, s.start, s.end, s.id],
  );
  if (nearby.length === 0) return;
  const shared = [...new Set(nearby.flatMap((n) => n.participant_ids))];
  const candidate: ScheduledSession = {
    id: s.id ?? "new",
    date: s.date,
    start: s.start,
    end: s.end,
    speakerIds: s.speakerId ? [s.speakerId] : [],
    venue: s.venue,
    participantIds: shared,
  };
  const existing: ScheduledSession[] = nearby.map((n) => ({
    id: n.id,
    date: n.date,
    start: n.start,
    end: n.end,
    speakerIds: n.speaker_id ? [n.speaker_id] : [],
    venue: n.venue,
    participantIds: n.participant_ids,
  }));
  const found = findScheduleConflicts(candidate, existing);
  if (found.length === 0) return;
  const byId = new Map(nearby.map((n) => [n.id, n]));
  const describe = (c: (typeof found)[number]) => {
    const n = byId.get(c.sessionId)!;
    return { sessionId: n.id, batchId: n.batch_id, batchName: n.batch_name, date: n.date, start: n.start, end: n.end, resource: c.resource, resourceId: c.resourceId };
  };
  const first = describe(found[0]!);
  throw conflict(
    `The session clashes with "${first.batchName}" on ${first.date} ${first.start}-${first.end}: the same ${first.resource.toLowerCase()}`,
    {
      domainCode: "SCHEDULE_CONFLICT",
      field: first.resource === "SPEAKER" ? "speakerId" : first.resource === "VENUE" ? "venue" : "start",
      clashingSessionId: first.sessionId,
      clashingBatchId: first.batchId,
      clashingBatchName: first.batchName,
      clashingDate: first.date,
      clashingStart: first.start,
      clashingEnd: first.end,
      resource: first.resource,
      resourceId: first.resourceId,
      conflicts: found.slice(0, 20).map(describe),
    },
  );
}

interface NomineeClashRow {
  employee_id: string;
  id: string;
  date: string;
  start: string;
  end: string;
  other_id: string;
  other_batch_id: string;
  other_batch_name: string;
  other_date: string;
  other_start: string;
  other_end: string;
}

/** A session of another batch (not cancelled), where the employee holds a seat, overlapping a session of the batch. */
export interface NomineeClash {
  readonly sessionId: string;
  readonly batchId: string;
  readonly batchName: string;
  readonly date: string;
  readonly start: string;
  readonly end: string;
}

/**
 * For each employee, the first session of another batch (not cancelled) in which they hold a seat (NOMINATED,
 * APPROVED) that overlaps a session of `batchId`; employees without one are absent. One statement for all of them;
 * the overlap itself is the domain's findScheduleConflicts. Read under the employees' locks (lockEmployees) for the
 * answer to stay true until the transaction commits.
 */
export async function findNomineeClashes(m: EntityManager, batchId: string, employeeIds: readonly string[]): Promise<Map<string, NomineeClash>> {
  const found = new Map<string, NomineeClash>();
  if (employeeIds.length === 0) return found;
  const rows = await queryRows<NomineeClashRow>(
    m,
    `SELECT e.employee_id, c.*
       FROM unnest($2::uuid[]) AS e(employee_id)
       CROSS JOIN LATERAL (
         SELECT mine.id, mine.date::text AS date, to_char(mine.starts_at, 'HH24:MI') AS start, to_char(mine.ends_at, 'HH24:MI') AS "end",
                other.id AS other_id, other.batch_id AS other_batch_id, b.name AS other_batch_name, other.date::text AS other_date,
                to_char(other.starts_at, 'HH24:MI') AS other_start, to_char(other.ends_at, 'HH24:MI') AS other_end
           FROM nominations n
           JOIN batches b ON b.id = n.batch_id AND b.status <> 'CANCELLED' AND b.id <> $1
           JOIN batch_sessions other ON other.batch_id = n.batch_id
           JOIN batch_sessions mine ON mine.batch_id = $1 AND mine.date = other.date
                                   AND other.starts_at < mine.ends_at AND other.ends_at > mine.starts_at
          WHERE n.employee_id = e.employee_id AND n.status IN ${SEAT_SQL}
          ORDER BY mine.date, mine.starts_at, other.starts_at, other.id
          LIMIT 20) c`,
    [batchId, [...new Set(employeeIds)]],
  );
  for (const r of rows) {
    if (found.has(r.employee_id)) continue;
    const overlaps =
      findScheduleConflicts(
        { id: r.id, date: r.date, start: r.start, end: r.end, speakerIds: [], venue: null, participantIds: [r.employee_id] },
        [{ id: r.other_id, date: r.other_date, start: r.other_start, end: r.other_end, speakerIds: [], venue: null, participantIds: [r.employee_id] }],
      ).length > 0;
    if (overlaps) {
      found.set(r.employee_id, { sessionId: r.other_id, batchId: r.other_batch_id, batchName: r.other_batch_name, date: r.other_date, start: r.other_start, end: r.other_end });
    }
  }
  return found;
}

/** The employee's clash with the batch (see findNomineeClashes), or null; takes no lock. */
export async function findNomineeClash(m: EntityManager, batchId: string, employeeId: string): Promise<NomineeClash | null> {
  return (await findNomineeClashes(m, batchId, [employeeId])).get(employeeId) ?? null;
}

/**
 * Refuses to put an employee in a batch whose sessions overlap a session of another batch (not cancelled) in which
 * they hold a seat (NOMINATED, APPROVED): CONFLICT SCHEDULE_CONFLICT on `employeeId`, naming the clashing session.
 * Serialised per employee with a transaction-scoped advisory lock (taken after the batch row; see the lock order
 * above), so two overlapping batches nominated at the same moment, or a nomination and a session added to one of the
 * employee's batches, cannot both pass. The overlap itself is the domain's findScheduleConflicts.
 */
export async function refuseNomineeConflicts(m: EntityManager, batchId: string, employeeId: string): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`employee:${employeeId}`]);
  const clash = await findNomineeClash(m, batchId, employeeId);
  if (!clash) return;
  throw conflict(`The employee already has a seat in "${clash.batchName}" on ${clash.date} ${clash.start}-${clash.end}`, {
    domainCode: "SCHEDULE_CONFLICT",
    field: "employeeId",
    clashingSessionId: clash.sessionId,
    clashingBatchId: clash.batchId,
    clashingBatchName: clash.batchName,
    clashingDate: clash.date,
    clashingStart: clash.start,
    clashingEnd: clash.end,
    resource: "PARTICIPANT",
    resourceId: employeeId,
  });
}
