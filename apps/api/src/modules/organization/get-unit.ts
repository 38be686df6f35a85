import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { isUuid } from "../../kit/ids";
import { inScope } from "../../kit/unit-scope";
import { UnitEntity } from "./unit.entity";

/** One unit, or null when it does not exist or is outside the caller's scope (the two look the same). */
export async function getUnit({ ds, caller, id }: { ds: DataSource; caller: Caller; id: string }): Promise<UnitEntity | null> {
  if (!isUuid(id)) return null;
  const unit = await ds.getRepository(UnitEntity).findOneBy({ id });
  return unit && inScope(await caller.scope(), unit.path) ? unit : null;
}
