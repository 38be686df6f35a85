import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { conflict, notFound } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { loadForChange } from "../../kit/optimistic-lock";
import { recordAudit } from "../audit/record-audit";
import { refreshCreditedJp } from "./batch-credit";
import { BatchSessionEntity } from "./batch-session.entity";
import { lockBatch } from "./seats";
import { assertSessionsOpen } from "./session-checks";

/** Removes a session (optimistic lock) and recomputes the batch's credited JP; CONFLICT SESSION_IN_USE once attendance refers to it. Audited. */
export async function removeSession({ ds, caller, id, version }: { ds: DataSource; caller: Caller; id: string; version: number }): Promise<boolean> {
  try {
    return await ds.transaction(async (m) => {
      const found = isUuid(id) ? await m.findOne(BatchSessionEntity, { where: { id }, select: { id: true, batchId: true } }) : null;
      if (!found) throw notFound("BatchSession", id);
      const batch = await lockBatch(m, found.batchId);
      const current = await loadForChange(m, BatchSessionEntity, { id, version, what: "BatchSession" });
      assertSessionsOpen(batch);
      await m.delete(BatchSessionEntity, { id });
      await refreshCreditedJp(m, [batch.id]);
      await recordAudit(m, caller.user.id, [{ action: "DELETE", entityType: "BatchSession", entityId: id, before: { ...current }, after: null }]);
      return true;
    });
  } catch (e) {
    const code = (e as { code?: unknown; driverError?: { code?: unknown } }).code ?? (e as { driverError?: { code?: unknown } }).driverError?.code;
    // 23503 foreign_key_violation (NO ACTION), 23001 restrict_violation (ON DELETE RESTRICT on newer servers, PGlite).
    if (code === "23503" || code === "23001") throw conflict("Attendance is recorded for this session; it can no longer be removed", { domainCode: "SESSION_IN_USE" });
    throw e;
  }
}
