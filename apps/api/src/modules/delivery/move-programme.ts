import type { DataSource } from "typeorm";
import { transitionProgramme, type DeliveryState } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { badInput, failure } from "../../kit/errors";
import { loadForChange } from "../../kit/optimistic-lock";
import { queryRows } from "../../kit/sql";
import { recordAudit } from "../audit/record-audit";
import type { MoveInput } from "./delivery.inputs";
import { ACTIVE_BATCH_STATES, CLOSED_PROGRAMME_STATES, EARLY_BATCH_STATES } from "./programme-checks";
import { ProgrammeEntity } from "./programme.entity";

interface BatchStateRow {
  id: string;
  name: string;
  status: string;
  version: number;
}

/**
 * Moves a programme by the domain's transitionProgramme (BAD_USER_INPUT INVALID_TRANSITION, field status, otherwise).
 * A programme is not cancelled while one of its batches is RUNNING, COMPLETED or EVALUATED (CONFLICT
 * PROGRAMME_HAS_ACTIVE_BATCHES naming them); cancelling it cancels its DRAFT, PLANNED and OPEN batches in the same
 * transaction, each audited. Moving into a closed state (CANCELLED, COMPLETED, EVALUATED) locks the programme row, then
 * its batch rows (by id), so a batch moved (moveBatch, batch row locked) or created (createBatch, programme row shared)
 * at the same moment is either seen here or sees the closed programme. Audited.
 */
export async function moveProgramme({ ds, caller, input }: { ds: DataSource; caller: Caller; input: MoveInput }): Promise<ProgrammeEntity> {
  return ds.transaction(async (m) => {
    const current = await loadForChange(m, ProgrammeEntity, { id: input.id, version: input.version, what: "Programme" });
    const next = transitionProgramme(current.status as DeliveryState, input.status);
    if (!next.ok) throw badInput(next.error);
    let cancelled: BatchStateRow[] = [];
    if (CLOSED_PROGRAMME_STATES.includes(next.value)) {
      const batches = await queryRows<BatchStateRow>(m, `SELECT id, name, status, version FROM batches WHERE programme_id = $1 ORDER BY id FOR UPDATE`, [current.id]);
      if (next.value === "CANCELLED") {
        const active = batches.filter((b) => ACTIVE_BATCH_STATES.includes(b.status));
        if (active.length > 0) {
          throw failure(
            "PROGRAMME_HAS_ACTIVE_BATCHES",
            `Programme "${current.title}" has ${active.length} batch(es) running or finished (${active.slice(0, 3).map((b) => `"${b.name}" ${b.status}`).join(", ")}); it cannot be cancelled`,
            { field: "status", batches: active.slice(0, 20).map((b) => ({ id: b.id, name: b.name, status: b.status })) },
          );
        }
        cancelled = batches.filter((b) => EARLY_BATCH_STATES.includes(b.status));
        if (cancelled.length > 0) {
          await m.query(`UPDATE batches SET status = 'CANCELLED', version = version + 1 WHERE id = ANY($1::uuid[])`, [cancelled.map((b) => b.id)]);
        }
      }
    }
    const before = { status: current.status };
    const saved = await m.save(m.merge(ProgrammeEntity, current, { status: next.value, version: current.version + 1 }));
    await recordAudit(m, caller.user.id, [
      { action: "UPDATE", entityType: "Programme", entityId: saved.id, before, after: { status: saved.status } },
      ...cancelled.map((b) => ({
        action: "UPDATE" as const,
        entityType: "Batch",
        entityId: b.id,
        before: { status: b.status },
        after: { status: "CANCELLED", cancelledWithProgramme: saved.id },
      })),
    ]);
    return saved;
  });
}
