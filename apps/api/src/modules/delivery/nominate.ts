import type { DataSource } from "typeorm";
import { domainError } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { badInput, violatedUniqueIndex } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { queryRows } from "../../kit/sql";
import { assertCanChange } from "../../kit/unit-scope";
import { recordAudit } from "../audit/record-audit";
import { NominationEntity } from "./nomination.entity";
import { alreadyNominated, assertNominationsOpen } from "./nomination-rules";
import { refuseNomineeConflicts } from "./schedule-conflicts";
import { lockBatch, seatForNominee } from "./seats";

/**
 * Puts an employee forward for a batch (an operator: staff of its own unit or a sub-unit; an admin: anyone), race-free:
 * the batch row is locked, the seats counted, then the nomination inserted, all in one transaction, so parallel
 * nominations queue and exactly `capacity` of them take a seat (NOMINATED); the others, and those over their unit's
 * quota, wait (WAITLISTED). One active nomination per batch and employee (CONFLICT ALREADY_NOMINATED, held by a unique
 * index too). An employee holding a seat in another batch whose sessions overlap this one's is refused
 * (SCHEDULE_CONFLICT naming the clashing session). Audited.
 */
export async function nominate({ ds, caller, input }: { ds: DataSource; caller: Caller; input: { batchId: string; employeeId: string } }): Promise<NominationEntity> {
  const scope = await caller.scope();
  try {
    return await ds.transaction(async (m) => {
      const batch = await lockBatch(m, input.batchId);
      assertNominationsOpen(batch);
      const [employee] = isUuid(input.employeeId)
        ? await queryRows<{ id: string; active: boolean; unit_id: string; path: string }>(
            m,
            `SELECT e.id, e.active, e.unit_id, u.path FROM employees e JOIN units u ON u.id = e.unit_id WHERE e.id = $1`,
            [input.employeeId],
          )
        : [];
      if (!employee || !employee.active) {
        throw badInput(domainError("UNKNOWN_EMPLOYEE", `employeeId: there is no active employee ${input.employeeId}`, { field: "employeeId" }));
      }
      assertCanChange(scope, employee);
      const active = await m.query(`SELECT 1 FROM nominations WHERE batch_id = $1 AND employee_id = $2 AND status IN ('NOMINATED', 'APPROVED', 'WAITLISTED')`, [
        batch.id,
        employee.id,
      ]);
      if ((active as unknown[]).length > 0) throw alreadyNominated();
      await refuseNomineeConflicts(m, batch.id, employee.id);
      const outcome = await seatForNominee(m, batch, employee.path);
      const saved = await m.save(
        m.create(NominationEntity, {
          batchId: batch.id,
          employeeId: employee.id,
          unitId: employee.unit_id,
          status: outcome === "SEAT" ? "NOMINATED" : "WAITLISTED",
          // Taken under the batch lock: the waitlist's order is the order nominations got the lock.
          requestedAt: new Date(),
          nominatedBy: caller.user.id,
        }),
      );
      await recordAudit(m, caller.user.id, [{ action: "CREATE", entityType: "Nomination", entityId: saved.id, before: null, after: { ...saved } }]);
      return saved;
    });
  } catch (e) {
    if (violatedUniqueIndex(e) === "nominations_active_key") throw alreadyNominated();
    throw e;
  }
}
