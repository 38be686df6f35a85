import type { DataSource } from "typeorm";
import { domainError, transitionProposal } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { badInput, conflict, notFound } from "../../kit/errors";
import { loadForChange } from "../../kit/optimistic-lock";
import { assertCanChange, inScope } from "../../kit/unit-scope";
import { recordAudit } from "../audit/record-audit";
import { UnitEntity } from "../organization/unit.entity";
import { decisionReason } from "./proposal-text";
import type { DecideProposalInput } from "./proposals.inputs";
import { TrainingProposalEntity } from "./training-proposal.entity";

/** An administrator accepts a submitted proposal, or returns it with a reason. Optimistic lock on `version`; audited. */
export async function decideProposal({ ds, caller, input }: { ds: DataSource; caller: Caller; input: DecideProposalInput }): Promise<TrainingProposalEntity> {
  let reason: string | null = null;
  if (input.reason !== undefined && input.reason !== null && input.reason.trim() !== "") {
    const checked = decisionReason(input.reason);
    if (!checked.ok) throw badInput(checked.error);
    reason = checked.value;
  }
  if (input.decision === "RETURN" && !reason) throw badInput(domainError("RETURN_REASON_REQUIRED", "reason: say why the proposal is returned", { field: "reason" }));
  const scope = await caller.scope();
  return ds.transaction(async (m) => {
    const current = await loadForChange(m, TrainingProposalEntity, {
      id: input.id,
      version: input.version,
      what: "TrainingProposal",
      authorize: async (row) => {
        const unit = await m.findOneBy(UnitEntity, { id: row.unitId });
        if (!unit || !inScope(scope, unit.path)) throw notFound("TrainingProposal", input.id);
        assertCanChange(scope, unit);
      },
    });
    const next = transitionProposal(current.status, input.decision);
    if (!next.ok) throw conflict(next.error.message, { domainCode: next.error.code });
    const before = { ...current };
    const saved = await m.save(
      m.merge(TrainingProposalEntity, current, {
        status: next.value,
        decisionReason: reason,
        decidedBy: caller.user.id,
        decidedAt: new Date(),
        version: current.version + 1,
      }),
    );
    await recordAudit(m, caller.user.id, [{ action: "DECIDE", entityType: "TrainingProposal", entityId: saved.id, before, after: { ...saved } }]);
    return saved;
  });
}
