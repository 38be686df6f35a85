import type { DataSource, EntityManager } from "typeorm";
import { badInput } from "../../kit/errors";
import { loadForChange } from "../../kit/optimistic-lock";
import type { Caller, Scope } from "../../kit/caller";
import { assertCanChange } from "../../kit/unit-scope";
import { recordAudit } from "../audit/record-audit";
import { EmployeeEntity } from "./employee.entity";
import { employeeSnapshot, toEmployeeColumns, unitForChange } from "./employee-record";
import type { UpdateEmployeeInput } from "./employee.inputs";
import { UnitEntity } from "./unit.entity";

/** Loads an employee for a change: it must exist, be in scope, and still be at the version the caller read. */
export const employeeForChange = (m: EntityManager, scope: Scope, id: string, version: number): Promise<EmployeeEntity> =>
  loadForChange(m, EmployeeEntity, {
    id,
    version,
    what: "Employee",
    authorize: async (row) => {
      const unit = await m.findOneByOrFail(UnitEntity, { id: row.unitId });
      assertCanChange(scope, unit);
    },
  });

const pick = <T>(next: T | null | undefined, current: T): T => (next === undefined || next === null ? current : next);

/** Changes an employee inside the caller's scope at the version the caller read, audited. */
export async function updateEmployee({ ds, caller, input }: { ds: DataSource; caller: Caller; input: UpdateEmployeeInput }): Promise<EmployeeEntity> {
  const scope = await caller.scope();
  return ds.transaction(async (m) => {
    const current = await employeeForChange(m, scope, input.id, input.version);
    const columns = toEmployeeColumns({
      nip: current.nip,
      employmentType: current.employmentType,
      name: pick(input.name, current.name),
      rankCode: pick(input.rankCode, current.rankCode),
      positionKind: pick(input.positionKind, current.positionKind),
      positionTitle: pick(input.positionTitle, current.positionTitle),
      functionalGrade: input.functionalGrade === undefined ? current.functionalGrade : input.functionalGrade,
      email: input.email === undefined ? current.email : input.email,
      phone: input.phone === undefined ? current.phone : input.phone,
    });
    if (!columns.ok) throw badInput(columns.error);
    const unitId = input.unitId && input.unitId !== current.unitId ? (await unitForChange(m, scope, input.unitId)).id : current.unitId;
    const before = employeeSnapshot(current);
    const next = m.merge(EmployeeEntity, current, { ...columns.value, unitId, version: current.version + 1 });
    const saved = await m.save(next);
    await recordAudit(m, caller.user.id, [{ action: "UPDATE", entityType: "Employee", entityId: saved.id, before, after: employeeSnapshot(saved) }]);
    return saved;
  });
}
