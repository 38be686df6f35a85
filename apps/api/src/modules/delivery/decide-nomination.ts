import type { DataSource } from "typeorm";
import { checkText, holdsSeat, transitionNomination, type NominationState } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { badInput, conflict, notFound } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { loadForChange } from "../../kit/optimistic-lock";
import { recordAudit } from "../audit/record-audit";
import { DELIVERY_TEXT } from "./delivery-limits";
import type { DecideNominationInput } from "./delivery.inputs";
import { NominationEntity } from "./nomination.entity";
import { lockBatch, promoteWaitlisted } from "./seats";

/** A reason text through the domain's checkText, or null when omitted or blank. */
export function checkReason(reason: string | null | undefined): string | null {
  if (reason == null || reason.trim() === "") return null;
  const checked = checkText(reason, { field: "reason", ...DELIVERY_TEXT.reason, multiline: true });
  if (!checked.ok) throw badInput(checked.error);
  return checked.value;
}

/**
 * An administrator approves a nominee holding a seat, or rejects a nomination; rejecting a seat holder promotes the first
 * waitlisted nominee in the same transaction (the batch row locked). Forbidden moves are BAD_USER_INPUT
 * INVALID_TRANSITION (field status). Decisions are taken until the batch is completed. Audited.
 */
export async function decideNomination({
  ds,
  caller,
  input,
}: {
  ds: DataSource;
  caller: Caller;
  input: DecideNominationInput;
}): Promise<{ nomination: NominationEntity; promoted: NominationEntity | null }> {
  const reason = checkReason(input.reason);
  return ds.transaction(async (m) => {
    const found = isUuid(input.id) ? await m.findOne(NominationEntity, { where: { id: input.id }, select: { id: true, batchId: true } }) : null;
    if (!found) throw notFound("Nomination", input.id);
    const batch = await lockBatch(m, found.batchId);
    const current = await loadForChange(m, NominationEntity, { id: input.id, version: input.version, what: "Nomination" });
    if (!["PLANNED", "OPEN", "RUNNING"].includes(batch.status)) {
      throw conflict(`Batch ${batch.name} is ${batch.status}; its nominations are no longer decided`, { domainCode: "NOMINATIONS_CLOSED" });
    }
    const from = current.status as NominationState;
    const next = transitionNomination(from, input.decision === "APPROVE" ? "APPROVED" : "REJECTED");
    if (!next.ok) throw badInput(next.error);
    const before = { status: from };
    const saved = await m.save(
      m.merge(NominationEntity, current, { status: next.value, reason: reason ?? current.reason, decidedBy: caller.user.id, decidedAt: new Date(), version: current.version + 1 }),
    );
    const promoted = holdsSeat(from) && !holdsSeat(next.value) ? await promoteWaitlisted(m, batch, caller.user.id) : [];
    await recordAudit(m, caller.user.id, [{ action: "DECIDE", entityType: "Nomination", entityId: saved.id, before, after: { status: saved.status, reason: saved.reason } }]);
    return { nomination: saved, promoted: promoted[0] ?? null };
  });
}
