import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { isUuid } from "../../kit/ids";
import { inScope } from "../../kit/unit-scope";
import { EmployeeEntity } from "../organization/employee.entity";
import { loadEmployeeNeeds, type EmployeeNeeds } from "./load-employee-needs";
import type { TargetPosition } from "./needs.inputs";

/**
 * One employee's needs in a year (gaps, JPM, SKP), and gaps against a target position when one is given; null when
 * the id names nobody the caller may see (an id that is not a uuid included). Three statements, four with a target.
 */
export async function getEmployeeNeeds({
  ds,
  caller,
  id,
  year,
  target,
}: {
  ds: DataSource;
  caller: Caller;
  id: string;
  year: number;
  target?: TargetPosition | null;
}): Promise<EmployeeNeeds | null> {
  if (!isUuid(id)) return null;
  const [scope, employee] = await Promise.all([caller.scope(), ds.getRepository(EmployeeEntity).findOne({ where: { id }, relations: { unit: true } })]);
  if (!employee?.unit || !inScope(scope, employee.unit.path)) return null;
  const targetKey = target ? { positionKind: target.positionKind, functionalGrade: target.functionalGrade ?? null, positionTitle: target.positionTitle ?? null } : null;
  return (await loadEmployeeNeeds({ ds, scope, employeeIds: [id], year, target: targetKey })).get(id) ?? null;
}
