import type { DataSource } from "typeorm";
import { domainError, type SessionRole } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { badInput } from "../../kit/errors";
import { recordAudit } from "../audit/record-audit";
import { refreshCreditedJp } from "./batch-credit";
import { BatchSessionEntity } from "./batch-session.entity";
import { MAX_SESSIONS_PER_BATCH } from "./delivery-limits";
import type { SessionInput } from "./delivery.inputs";
import { refuseScheduleConflicts } from "./schedule-conflicts";
import { lockBatch } from "./seats";
import { assertSessionsOpen, checkSession } from "./session-checks";

/**
 * Adds a session to a batch: fields and fee by the domain's rules, no schedule clash (CONFLICT SCHEDULE_CONFLICT naming
 * the clashing session), and the batch's credited JP recomputed, all in one transaction with the batch row locked.
 * Audited.
 */
export async function addSession({ ds, caller, input }: { ds: DataSource; caller: Caller; input: SessionInput }): Promise<BatchSessionEntity> {
  return ds.transaction(async (m) => {
    const batch = await lockBatch(m, input.batchId);
    assertSessionsOpen(batch);
    const [{ n }] = (await m.query(`SELECT count(*)::int AS n FROM batch_sessions WHERE batch_id = $1`, [batch.id])) as [{ n: number }];
    if (n >= MAX_SESSIONS_PER_BATCH) {
      throw badInput(domainError("LIST_TOO_LONG", `batchId: a batch holds at most ${MAX_SESSIONS_PER_BATCH} sessions`, { field: "batchId" }));
    }
    const fields = await checkSession(m, batch, {
      date: input.date,
      start: input.start,
      end: input.end,
      jp: input.jp,
      topic: input.topic,
      venue: input.venue ?? undefined,
      speakerId: input.speakerId ?? null,
      role: (input.role ?? "SPEAKER") as SessionRole,
      fee: input.fee ?? null,
    });
    await refuseScheduleConflicts(m, { id: null, batchId: batch.id, ...fields });
    const saved = await m.save(
      m.create(BatchSessionEntity, {
        batchId: batch.id,
        date: fields.date,
        startsAt: fields.start,
        endsAt: fields.end,
        jp: fields.jp,
        topic: fields.topic,
        venue: fields.venue,
        speakerId: fields.speakerId,
        role: fields.role,
        fee: fields.fee,
      }),
    );
    await refreshCreditedJp(m, [batch.id]);
    await recordAudit(m, caller.user.id, [{ action: "CREATE", entityType: "BatchSession", entityId: saved.id, before: null, after: { ...saved } }]);
    return saved;
  });
}
