import type { DataSource } from "typeorm";
import { transitionProgramme, type DeliveryState } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { badInput } from "../../kit/errors";
import { loadForChange } from "../../kit/optimistic-lock";
import { recordAudit } from "../audit/record-audit";
import type { MoveInput } from "./delivery.inputs";
import { ProgrammeEntity } from "./programme.entity";

/** Moves a programme by the domain's transitionProgramme (BAD_USER_INPUT INVALID_TRANSITION, field status, otherwise). Audited. */
export async function moveProgramme({ ds, caller, input }: { ds: DataSource; caller: Caller; input: MoveInput }): Promise<ProgrammeEntity> {
  return ds.transaction(async (m) => {
    const current = await loadForChange(m, ProgrammeEntity, { id: input.id, version: input.version, what: "Programme" });
    const next = transitionProgramme(current.status as DeliveryState, input.status);
    if (!next.ok) throw badInput(next.error);
    const before = { status: current.status };
    const saved = await m.save(m.merge(ProgrammeEntity, current, { status: next.value, version: current.version + 1 }));
    await recordAudit(m, caller.user.id, [{ action: "UPDATE", entityType: "Programme", entityId: saved.id, before, after: { status: saved.status } }]);
    return saved;
  });
}
