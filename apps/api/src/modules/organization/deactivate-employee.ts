import type { DataSource } from "typeorm";
import { conflict } from "../../kit/errors";
import type { Caller } from "../../kit/caller";
import { recordAudit } from "../audit/record-audit";
import { EmployeeEntity } from "./employee.entity";
import { employeeSnapshot } from "./employee-record";
import { employeeForChange } from "./update-employee";

/** Marks an employee inactive; the record stays for history and the JP ledger. */
export async function deactivateEmployee({ ds, caller, id, version }: { ds: DataSource; caller: Caller; id: string; version: number }): Promise<EmployeeEntity> {
  const scope = await caller.scope();
  return ds.transaction(async (m) => {
    const current = await employeeForChange(m, scope, id, version);
    if (!current.active) throw conflict(`Employee ${id} is already inactive`, { domainCode: "ALREADY_INACTIVE" });
    const before = employeeSnapshot(current);
    const saved = await m.save(m.merge(EmployeeEntity, current, { active: false, version: current.version + 1 }));
    await recordAudit(m, caller.user.id, [{ action: "DEACTIVATE", entityType: "Employee", entityId: id, before, after: employeeSnapshot(saved) }]);
    return saved;
  });
}
