import type { DataSource } from "typeorm";
import { normalizeNipInput } from "@bina/domain";
import { failure } from "../../kit/errors";
import { queryRows } from "../../kit/sql";
import { recordAudit } from "../audit/record-audit";
import { lockRunningBatch, sessionBatchId } from "./attendance-gate";
import type { CheckInCodes } from "./check-in-code";
import { writeMarks } from "./record-attendance";

export interface CheckedIn {
  readonly sessionId: string;
  readonly topic: string;
  readonly date: string;
}

/**
 * A participant's QR self check-in (public: there is no participant login). The code must be the organiser's current
 * signed one (CHECK_IN_INVALID when forged or malformed, CHECK_IN_EXPIRED after two minutes) and the NIP an APPROVED
 * participant of the session's batch (NOT_A_PARTICIPANT, which says nothing more about the NIP). Marks the participant
 * present (method QR) with an audit row; checking in twice keeps the first time.
 */
export async function checkIn({ ds, codes, code, nip, now }: { ds: DataSource; codes: CheckInCodes; code: string; nip: string; now?: Date }): Promise<CheckedIn> {
  const verified = codes.verify(code.trim(), now);
  if ("problem" in verified) {
    if (verified.problem === "EXPIRED") throw failure("CHECK_IN_EXPIRED", "This check-in code has expired: scan the code on the organiser's screen again", { field: "code" });
    throw failure("CHECK_IN_INVALID", "This is not a valid check-in code: scan the code on the organiser's screen", { field: "code" });
  }
  const normalized = normalizeNipInput(nip.slice(0, 64));
  if (!/^\d{1,30}$/.test(normalized)) throw failure("NOT_A_PARTICIPANT", "Type your NIP (digits only)", { field: "nip" });
  return ds.transaction(async (m) => {
    const batchId = await sessionBatchId(m, verified.sessionId);
    await lockRunningBatch(m, batchId);
    const [row] = await queryRows<{ id: string; topic: string; date: string }>(
      m,
      `SELECT n.id, s.topic, to_char(s.date, 'YYYY-MM-DD') AS date
         FROM nominations n JOIN employees e ON e.id = n.employee_id JOIN batch_sessions s ON s.id = $3
        WHERE n.batch_id = $1 AND n.status = 'APPROVED' AND e.nip = $2`,
      [batchId, normalized, verified.sessionId],
    );
    if (!row) throw failure("NOT_A_PARTICIPANT", "This NIP is not an approved participant of this batch", { field: "nip" });
    await writeMarks(m, [{ sessionId: verified.sessionId, nominationId: row.id, present: true }], "QR");
    await recordAudit(m, null, [{ action: "UPDATE", entityType: "SessionAttendance", entityId: verified.sessionId, before: null, after: { method: "QR", nominationId: row.id } }]);
    return { sessionId: verified.sessionId, topic: row.topic, date: row.date };
  });
}
