import type { DataSource } from "typeorm";
import { domainError, type DomainError } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { badInput } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { queryRows } from "../../kit/sql";
import { recordAudit } from "../audit/record-audit";
import { lockRunningBatch, sessionBatchId } from "./attendance-gate";
import type { RecordAttendanceInput } from "./attendance.inputs";
import type { AttendanceMethod } from "./session-attendance.entity";

export interface AttendanceRecorded {
  readonly sessionId: string;
  readonly recorded: number;
  readonly present: number;
}

/**
 * The participants of `nominationIds` that are APPROVED in the batch, as a set; one statement whatever the number.
 */
export async function approvedIn(m: Parameters<typeof queryRows>[0], batchId: string, nominationIds: readonly string[]): Promise<Set<string>> {
  const rows = await queryRows<{ id: string }>(m, `SELECT id FROM nominations WHERE batch_id = $1 AND status = 'APPROVED' AND id = ANY($2::uuid[])`, [
    batchId,
    nominationIds.filter(isUuid),
  ]);
  return new Set(rows.map((r) => r.id));
}

/**
 * Writes marks of one session in one statement: present ones keep the time they were first seen (a QR check-in's
 * time survives a sheet that confirms it), absent ones lose it.
 */
export async function writeMarks(
  m: Parameters<typeof queryRows>[0],
  marks: readonly { sessionId: string; nominationId: string; present: boolean }[],
  method: AttendanceMethod,
): Promise<void> {
  if (marks.length === 0) return;
  await m.query(
    `INSERT INTO session_attendance (session_id, nomination_id, present, checked_in_at, method)
     SELECT x.session_id, x.nomination_id, x.present, CASE WHEN x.present THEN now() END, $4
       FROM unnest($1::uuid[], $2::uuid[], $3::boolean[]) AS x(session_id, nomination_id, present)
     ON CONFLICT (session_id, nomination_id) DO UPDATE SET
       present = EXCLUDED.present,
       method = EXCLUDED.method,
       checked_in_at = CASE WHEN EXCLUDED.present THEN COALESCE(session_attendance.checked_in_at, EXCLUDED.checked_in_at) END`,
    [marks.map((x) => x.sessionId), marks.map((x) => x.nominationId), marks.map((x) => x.present), method],
  );
}

/** A session's sheet: present or absent for each listed participant, in one transaction with an audit row. */
export async function recordAttendance({ ds, caller, input }: { ds: DataSource; caller: Caller; input: RecordAttendanceInput }): Promise<AttendanceRecorded> {
  const seen = new Map<string, number>();
  const errors: DomainError[] = [];
  input.marks.forEach((mark, i) => {
    const first = seen.get(mark.nominationId);
    if (first !== undefined) errors.push(domainError("DUPLICATE_PARTICIPANT", `marks.${i}.nominationId: already marked at marks.${first}`, { field: `marks.${i}.nominationId` }));
    else seen.set(mark.nominationId, i);
  });
  if (errors.length) throw badInput(errors);
  return ds.transaction(async (m) => {
    const batchId = await sessionBatchId(m, input.sessionId);
    await lockRunningBatch(m, batchId);
    const approved = await approvedIn(m, batchId, input.marks.map((x) => x.nominationId));
    input.marks.forEach((mark, i) => {
      if (!approved.has(mark.nominationId)) {
        errors.push(domainError("NOT_A_PARTICIPANT", `marks.${i}.nominationId: not an approved participant of this batch`, { field: `marks.${i}.nominationId` }));
      }
    });
    if (errors.length) throw badInput(errors);
    await writeMarks(m, input.marks.map((x) => ({ sessionId: input.sessionId, nominationId: x.nominationId, present: x.present })), "SHEET");
    const present = input.marks.filter((x) => x.present).length;
    await recordAudit(m, caller.user.id, [
      {
        action: "UPDATE",
        entityType: "SessionAttendance",
        entityId: input.sessionId,
        before: null,
        after: { method: "SHEET", present: input.marks.filter((x) => x.present).map((x) => x.nominationId), absent: input.marks.filter((x) => !x.present).map((x) => x.nominationId) },
      },
    ]);
    return { sessionId: input.sessionId, recorded: input.marks.length, present };
  });
}
