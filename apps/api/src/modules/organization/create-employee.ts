import type { DataSource } from "typeorm";
import { badInput } from "../../kit/errors";
import type { Caller } from "../../kit/caller";
import { recordAudit } from "../audit/record-audit";
import { EmployeeEntity } from "./employee.entity";
import { duplicateNip, employeeSnapshot, isUniqueViolation, toEmployeeColumns, unitForChange } from "./employee-record";
import type { CreateEmployeeInput } from "./employee.inputs";

/** Adds an employee to a unit inside the caller's scope, audited; a NIP that exists is CONFLICT. */
export async function createEmployee({ ds, caller, input }: { ds: DataSource; caller: Caller; input: CreateEmployeeInput }): Promise<EmployeeEntity> {
  const scope = await caller.scope();
  const columns = toEmployeeColumns(input);
  if (!columns.ok) throw badInput(columns.error);
  try {
    return await ds.transaction(async (m) => {
      const unit = await unitForChange(m, scope, input.unitId);
      if (await m.existsBy(EmployeeEntity, { nip: columns.value.nip })) throw duplicateNip(columns.value.nip);
      const saved = await m.save(m.create(EmployeeEntity, { ...columns.value, unitId: unit.id }));
      await recordAudit(m, caller.user.id, [
        { action: "CREATE", entityType: "Employee", entityId: saved.id, before: null, after: employeeSnapshot(saved) },
      ]);
      return saved;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateNip(columns.value.nip);
    throw e;
  }
}
