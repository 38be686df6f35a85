import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import type { Scope } from "../../kit/caller";
import { countActiveEmployees } from "./unit-counts.sql";
import { UnitEntity } from "./unit.entity";

/** The organization module's per-request loaders (built with the others in the GraphQL context). */
export interface OrganizationLoaders {
  readonly unitById: DataLoader<string, UnitEntity | null>;
  /** The direct sub-units of a unit, by name (not scoped: the field resolver keeps those the caller may see). */
  readonly unitChildren: DataLoader<string, UnitEntity[]>;
  /** Active employees of a unit's subtree inside the scope (one scope per request, so the key is the unit). */
  readonly employeeCountByUnitId: DataLoader<{ readonly unitId: string; readonly scope: Scope }, number, string>;
}

export const organizationLoaders = (ds: DataSource): OrganizationLoaders => ({
  unitById: new DataLoader(async (ids) => {
    const rows = await ds.getRepository(UnitEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }),
  unitChildren: new DataLoader(async (ids) => {
    const rows = await ds.getRepository(UnitEntity).find({ where: { parentId: In([...ids]) }, order: { name: "ASC", id: "ASC" } });
    return ids.map((id) => rows.filter((r) => r.parentId === id));
  }),
  employeeCountByUnitId: new DataLoader(
    async (keys) => {
      const counts = await countActiveEmployees(ds.manager, keys[0]!.scope, keys.map((k) => k.unitId));
      return keys.map((k) => counts.get(k.unitId) ?? 0);
    },
    { cacheKeyFn: (k) => k.unitId },
  ),
});
