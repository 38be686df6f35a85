import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { scopeWhere } from "../../kit/unit-scope";
import { UnitEntity } from "./unit.entity";

/** Every unit the caller may see (an operator: its unit and sub-units), ordered by path. */
export async function listUnits({ ds, caller }: { ds: DataSource; caller: Caller }): Promise<UnitEntity[]> {
  const scope = await caller.scope();
  return ds.getRepository(UnitEntity).createQueryBuilder("u").where(...scopeWhere(scope, "u.path")).orderBy("u.path").getMany();
}
