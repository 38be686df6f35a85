import type { DataSource } from "typeorm";
import type { SessionRole } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { notFound } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { loadForChange } from "../../kit/optimistic-lock";
import { recordAudit } from "../audit/record-audit";
import { refreshCreditedJp } from "./batch-credit";
import { BatchSessionEntity } from "./batch-session.entity";
import type { UpdateSessionInput } from "./delivery.inputs";
import { refuseScheduleConflicts } from "./schedule-conflicts";
import { lockBatch } from "./seats";
import { assertSessionsOpen, checkSession } from "./session-checks";

/** Changes a session (optimistic lock): the same checks as adding one, the credited JP recomputed; audited. */
export async function updateSession({ ds, caller, input }: { ds: DataSource; caller: Caller; input: UpdateSessionInput }): Promise<BatchSessionEntity> {
  return ds.transaction(async (m) => {
    const found = isUuid(input.id) ? await m.findOne(BatchSessionEntity, { where: { id: input.id }, select: { id: true, batchId: true } }) : null;
    if (!found) throw notFound("BatchSession", input.id);
    // The batch first, as every change of its sessions and seats takes it.
    const batch = await lockBatch(m, found.batchId);
    const current = await loadForChange(m, BatchSessionEntity, { id: input.id, version: input.version, what: "BatchSession" });
    assertSessionsOpen(batch);
    const speakerId = input.removeSpeaker ? null : input.speakerId ?? current.speakerId;
    const fields = await checkSession(m, batch, {
      date: input.date ?? current.date,
      start: input.start ?? current.startsAt.slice(0, 5),
      end: input.end ?? current.endsAt.slice(0, 5),
      jp: input.jp ?? current.jp,
      topic: input.topic ?? null,
      currentTopic: current.topic,
      venue: input.venue ?? undefined,
      currentVenue: current.venue,
      speakerId,
      role: (input.role ?? current.role) as SessionRole,
      fee: speakerId === null ? null : input.fee ?? current.fee,
    });
    await refuseScheduleConflicts(m, { id: current.id, batchId: batch.id, ...fields });
    const before = { ...current };
    const saved = await m.save(
      m.merge(BatchSessionEntity, current, {
        date: fields.date,
        startsAt: fields.start,
        endsAt: fields.end,
        jp: fields.jp,
        topic: fields.topic,
        venue: fields.venue,
        speakerId: fields.speakerId,
        role: fields.role,
        fee: fields.fee,
        version: current.version + 1,
      }),
    );
    await refreshCreditedJp(m, [batch.id]);
    await recordAudit(m, caller.user.id, [{ action: "UPDATE", entityType: "BatchSession", entityId: saved.id, before, after: { ...saved } }]);
    return saved;
  });
}
