import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { AppError } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import type { NeedsFilter } from "./needs.inputs";
import { toRowFilter } from "./needs-filter";
import { needsByUnitCells, type NeedCellRow } from "./needs-lists.sql";

export interface NeedsHeatmap {
  /** The unit whose sub-units are the rows; null when it is outside the caller's scope or unknown (then no rows). */
  readonly parentUnitId: string | null;
  readonly rows: readonly NeedCellRow[];
  readonly total: readonly NeedCellRow[];
}

/**
 * Needs per unit × competency (the heatmap): the rows are the children of `parentUnitId` (default: the caller's root
 * unit, or the city), each with its whole subtree, plus the total per competency. `parentUnitId` that is not a uuid
 * is a field error; one outside the caller's scope gives no rows. One statement.
 */
export async function listNeedsByUnit({
  ds,
  caller,
  filter,
  parentUnitId,
}: {
  ds: DataSource;
  caller: Caller;
  filter: NeedsFilter;
  parentUnitId?: string | null;
}): Promise<NeedsHeatmap> {
  if (parentUnitId !== null && parentUnitId !== undefined && !isUuid(parentUnitId)) {
    throw new AppError("BAD_USER_INPUT", `parentUnitId: ${JSON.stringify(parentUnitId.slice(0, 60))} is not a unit id`, { field: "parentUnitId", domainCode: "INVALID_ID" });
  }
  const cells = await needsByUnitCells(ds, await caller.scope(), { ...toRowFilter(filter), parentUnitId: parentUnitId ?? null });
  const total = cells.filter((c) => c.isTotal);
  return { parentUnitId: total[0]?.unitId ?? parentUnitId ?? null, rows: cells.filter((c) => !c.isTotal), total };
}
