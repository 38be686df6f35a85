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

/**
 * Refuses a session that clashes with another on the same day and overlapping time (batches not cancelled): the same
 * speaker, the same venue (the domain's venueKey), or a participant holding a seat (NOMINATED, APPROVED) in this batch
 * and in another batch's session. CONFLICT SCHEDULE_CONFLICT naming the clashing session: its id, batch, date, time
 * and the shared resource. Serialised per speaker and per venue with transaction-scoped advisory locks, so two
 * clashing sessions saved at the same moment cannot both pass.
 */
export async function refuseScheduleConflicts(m: EntityManager, s: PlannedSession): Promise<void> {
  const keys = [s.speakerId ? `speaker:${s.speakerId}` : null, venueKey(s.venue) ? `venue:${venueKey(s.venue)}` : null].filter((k): k is string => k !== null).sort();
  for (const key of keys) await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [key]);
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

/**
 * Refuses to put an employee in a batch whose sessions overlap a session of another batch (not cancelled) in which
 * they hold a seat (NOMINATED, APPROVED): CONFLICT SCHEDULE_CONFLICT on `employeeId`, naming the clashing session.
 * Serialised per employee with a transaction-scoped advisory lock, so two overlapping batches nominated at the same
 * moment cannot both take them. The overlap itself is the domain's findScheduleConflicts.
 */
export async function refuseNomineeConflicts(m: EntityManager, batchId: string, employeeId: string): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`employee:${employeeId}`]);
  const rows = await queryRows<NomineeClashRow>(
    m,
    `SELECT mine.id, mine.date::text AS date, to_char(mine.starts_at, 'HH24:MI') AS start, to_char(mine.ends_at, 'HH24:MI') AS "end",
            other.id AS other_id, other.batch_id AS other_batch_id, b.name AS other_batch_name, other.date::text AS other_date,
            to_char(other.starts_at, 'HH24:MI') AS other_start, to_char(other.ends_at, 'HH24:MI') AS other_end
       FROM batch_sessions mine
       JOIN batch_sessions other ON other.date = mine.date AND other.starts_at < mine.ends_at AND other.ends_at > mine.starts_at
                                AND other.batch_id <> mine.batch_id
       JOIN batches b ON b.id = other.batch_id AND b.status <> 'CANCELLED'
      WHERE mine.batch_id = $1
        AND EXISTS (SELECT 1 FROM nominations n WHERE n.batch_id = other.batch_id AND n.employee_id = $2 AND n.status IN ${SEAT_SQL})
      ORDER BY mine.date, mine.starts_at, other.starts_at, other.id
      LIMIT 20`,
    [batchId, employeeId],
  );
  const clash = rows.find(
    (r) =>
      findScheduleConflicts(
        { id: r.id, date: r.date, start: r.start, end: r.end, speakerIds: [], venue: null, participantIds: [employeeId] },
        [{ id: r.other_id, date: r.other_date, start: r.other_start, end: r.other_end, speakerIds: [], venue: null, participantIds: [employeeId] }],
      ).length > 0,
  );
  if (!clash) return;
  throw conflict(`The employee already has a seat in "${clash.other_batch_name}" on ${clash.other_date} ${clash.other_start}-${clash.other_end}`, {
    domainCode: "SCHEDULE_CONFLICT",
    field: "employeeId",
    clashingSessionId: clash.other_id,
    clashingBatchId: clash.other_batch_id,
    clashingBatchName: clash.other_batch_name,
    clashingDate: clash.other_date,
    clashingStart: clash.other_start,
    clashingEnd: clash.other_end,
    resource: "PARTICIPANT",
    resourceId: employeeId,
  });
}
