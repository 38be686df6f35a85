import type { DataSource } from "typeorm";
import { domainError, transitionBatch, type DeliveryState } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { badInput, conflict } from "../../kit/errors";
import { recordAudit } from "../audit/record-audit";
import { BatchEntity } from "./batch.entity";
import type { MoveInput } from "./delivery.inputs";
import { assertProgrammeOpen } from "./programme-checks";
import { ProgrammeEntity } from "./programme.entity";
import { lockBatch } from "./seats";

/**
 * Moves a batch by the domain's transitionBatch (BAD_USER_INPUT INVALID_TRANSITION, field status, otherwise). COMPLETED is
 * reached only through completeBatch (attendance module), which records the outcomes in the same transaction. A batch
 * moves forward (anything but CANCELLED) only while its programme is not cancelled or finished (CONFLICT
 * PROGRAMME_CLOSED, field status). The batch row lock orders this against moveProgramme, which locks the programme's
 * batch rows before closing it: either the programme's change waits for this one, or this one reads the closed
 * programme once its lock is granted. Audited.
 */
export async function moveBatch({ ds, caller, input }: { ds: DataSource; caller: Caller; input: MoveInput }): Promise<BatchEntity> {
  return ds.transaction(async (m) => {
    const current = await lockBatch(m, input.id);
    if (current.version !== input.version) {
      throw conflict(`Batch ${current.id} was changed by someone else (version ${current.version}, you sent ${input.version}); reload and try again`, {
        field: "version",
        domainCode: "STALE_VERSION",
        currentVersion: current.version,
      });
    }
    if (input.status === "COMPLETED") {
      // Completion records attendance, outcomes, JP and certificates in one transaction: the attendance module's completeBatch.
      throw badInput(domainError("INVALID_TRANSITION", "status: a batch is completed with completeBatch, not moved", { field: "status", reason: `${current.status}->COMPLETED` }));
    }
    const next = transitionBatch(current.status as DeliveryState, input.status);
    if (!next.ok) throw badInput(next.error);
    if (next.value !== "CANCELLED") {
      const programme = await m.findOneOrFail(ProgrammeEntity, { where: { id: current.programmeId }, select: { id: true, title: true, status: true } });
      assertProgrammeOpen(programme, "status");
    }
    const before = { status: current.status };
    const saved = await m.save(m.merge(BatchEntity, current, { status: next.value, version: current.version + 1 }));
    await recordAudit(m, caller.user.id, [{ action: "UPDATE", entityType: "Batch", entityId: saved.id, before, after: { status: saved.status } }]);
    return saved;
  });
}
