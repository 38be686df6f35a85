import type { DataSource } from "typeorm";
import { holdsSeat, transitionNomination, type NominationState } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { badInput, notFound } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { loadForChange } from "../../kit/optimistic-lock";
import { queryRows } from "../../kit/sql";
import { inScope } from "../../kit/unit-scope";
import { recordAudit } from "../audit/record-audit";
import { checkReason } from "./decide-nomination";
import type { CancelNominationInput } from "./delivery.inputs";
import { NominationEntity } from "./nomination.entity";
import { assertNominationsOpen } from "./nomination-rules";
import { lockBatch, promoteWaitlisted } from "./seats";

/**
 * Withdraws a nomination (an operator: of its own subtree's staff, others are NOT_FOUND; an admin: any) while the
 * batch is PLANNED or OPEN. A seat it held goes to the first waitlisted nominee (the domain's nextFromWaitlist) in the
 * same transaction, the batch row locked. Audited.
 */
export async function cancelNomination({
  ds,
  caller,
  input,
}: {
  ds: DataSource;
  caller: Caller;
  input: CancelNominationInput;
}): Promise<{ nomination: NominationEntity; promoted: NominationEntity | null }> {
  const reason = checkReason(input.reason);
  const scope = await caller.scope();
  return ds.transaction(async (m) => {
    const [found] = isUuid(input.id)
      ? await queryRows<{ batch_id: string; path: string; current_path: string }>(
          m,
          `SELECT n.batch_id, u.path, cu.path AS current_path
             FROM nominations n JOIN units u ON u.id = n.unit_id JOIN employees e ON e.id = n.employee_id JOIN units cu ON cu.id = e.unit_id
            WHERE n.id = $1`,
          [input.id],
        )
      : [];
    // As the nominations list: an operator's own staff, then (the unit when nominated) and now (the nominee's unit).
    if (!found || !inScope(scope, found.path) || !inScope(scope, found.current_path)) throw notFound("Nomination", input.id);
    const batch = await lockBatch(m, found.batch_id);
    const current = await loadForChange(m, NominationEntity, { id: input.id, version: input.version, what: "Nomination" });
    assertNominationsOpen(batch);
    const from = current.status as NominationState;
    const next = transitionNomination(from, "CANCELLED");
    if (!next.ok) throw badInput(next.error);
    const saved = await m.save(
      m.merge(NominationEntity, current, { status: next.value, reason: reason ?? current.reason, decidedBy: caller.user.id, decidedAt: new Date(), version: current.version + 1 }),
    );
    const promoted = holdsSeat(from) ? await promoteWaitlisted(m, batch, caller.user.id) : [];
    await recordAudit(m, caller.user.id, [{ action: "UPDATE", entityType: "Nomination", entityId: saved.id, before: { status: from }, after: { status: saved.status, reason: saved.reason } }]);
    return { nomination: saved, promoted: promoted[0] ?? null };
  });
}
