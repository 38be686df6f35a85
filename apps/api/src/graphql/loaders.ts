import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { UnitEntity } from "../modules/organization/unit.entity";
import { UserEntity } from "../modules/auth/user.entity";
import { CompetencyEntity } from "../modules/competency/competency.entity";
import { EmployeeEntity } from "../modules/organization/employee.entity";
import { planningLoaders, type PlanningLoaders } from "../modules/planning/planning.loaders";
import { proposalsLoaders, type ProposalsLoaders } from "../modules/proposals/proposals.loaders";

/** Per-request batch loaders: one SQL statement per kind of object per request depth, whatever the number of rows. */
export interface Loaders extends PlanningLoaders, ProposalsLoaders {
  readonly unitById: DataLoader<string, UnitEntity | null>;
  readonly userById: DataLoader<string, UserEntity | null>;
  readonly employeeCountByUnitId: DataLoader<string, number>;
  readonly competencyById: DataLoader<string, CompetencyEntity | null>;
  readonly employeeById: DataLoader<string, EmployeeEntity | null>;
}

const byId = <T extends { id: string }>(ids: readonly string[], rows: readonly T[]): (T | null)[] => {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
};

export function createLoaders(ds: DataSource): Loaders {
  return {
    ...planningLoaders(ds),
    ...proposalsLoaders(ds),
    unitById: new DataLoader(async (ids) => byId(ids, await ds.getRepository(UnitEntity).findBy({ id: In([...ids]) }))),
    userById: new DataLoader(async (ids) => byId(ids, await ds.getRepository(UserEntity).findBy({ id: In([...ids]) }))),
    competencyById: new DataLoader(async (ids) => byId(ids, await ds.getRepository(CompetencyEntity).findBy({ id: In([...ids]) }))),
    employeeById: new DataLoader(async (ids) => byId(ids, await ds.getRepository(EmployeeEntity).findBy({ id: In([...ids]) }))),
    employeeCountByUnitId: new DataLoader(async (ids) => {
      const rows: { id: string; n: string }[] = await ds.query(
        `SELECT p.id, count(e.id) AS n
           FROM units p
           JOIN units c ON c.path LIKE p.path || '%'
           JOIN employees e ON e.unit_id = c.id AND e.active
          WHERE p.id = ANY($1::uuid[])
          GROUP BY p.id`,
        [ids],
      );
      const counts = new Map(rows.map((r) => [r.id, Number(r.n)]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}
