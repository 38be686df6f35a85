import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { isUuid } from "../../kit/ids";
import { inScope } from "../../kit/unit-scope";
import { EmployeeEntity } from "./employee.entity";

/** One employee, or null when it does not exist or works outside the caller's scope (the two look the same). */
export async function getEmployee({ ds, caller, id }: { ds: DataSource; caller: Caller; id: string }): Promise<EmployeeEntity | null> {
  if (!isUuid(id)) return null;
  const row = await ds.getRepository(EmployeeEntity).findOne({ where: { id }, relations: { unit: true } });
  return row?.unit && inScope(await caller.scope(), row.unit.path) ? row : null;
}
