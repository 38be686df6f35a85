import type { DataSource } from "typeorm";
import type { Caller } from "./kit/caller";
import { inScope } from "./kit/unit-scope";
import { authServices } from "./modules/auth/auth.services";
import type { TokenService } from "./modules/auth/token";
import { auditServices } from "./modules/audit/audit.services";
import { createEmployee } from "./modules/organization/create-employee";
import { deactivateEmployee } from "./modules/organization/deactivate-employee";
import { EmployeeEntity } from "./modules/organization/employee.entity";
import type { CreateEmployeeInput, EmployeeFilter, EmployeeSort, ImportEmployeesInput, UpdateEmployeeInput } from "./modules/organization/employee.inputs";
import { importEmployees } from "./modules/organization/import-employees";
import { listEmployees } from "./modules/organization/list-employees";
import { UnitEntity } from "./modules/organization/unit.entity";
import { updateEmployee } from "./modules/organization/update-employee";
import { pageSize } from "./kit/connection";
import { competencyService } from "./modules/competency/competency.service";
import { needsService } from "./modules/needs/needs.service";
import { proposalsServices } from "./modules/proposals/proposals.services";
import { planningServices } from "./modules/planning/planning.services";
import { isUuid } from "./kit/ids";

/** The use cases, bound to the database once per process. Resolvers call one of these and nothing else. */
export function createServices(ds: DataSource, tokens: TokenService, maxPageSize: number) {
  return {
    auth: authServices(ds, tokens),
    units: {
      list: async (c: Caller) => {
        const scope = await c.scope();
        const qb = ds.getRepository(UnitEntity).createQueryBuilder("u").orderBy("u.path");
        if (scope.kind === "SUBTREE") qb.where("u.path LIKE :p", { p: `${scope.path}%` });
        return qb.getMany();
      },
      get: async (c: Caller, id: string) => {
        if (!isUuid(id)) return null;
        const unit = await ds.getRepository(UnitEntity).findOneBy({ id });
        return unit && inScope(await c.scope(), unit.path) ? unit : null;
      },
    },
    employees: {
      list: async (c: Caller, a: { first: number; after?: string | null; filter?: EmployeeFilter | null; sort?: EmployeeSort | null }) =>
        listEmployees(ds, await c.scope(), { ...a, first: pageSize(a.first, maxPageSize) }),
      get: async (c: Caller, id: string) => {
        if (!isUuid(id)) return null;
        const row = await ds.getRepository(EmployeeEntity).findOne({ where: { id }, relations: { unit: true } });
        return row?.unit && inScope(await c.scope(), row.unit.path) ? row : null;
      },
      create: async (c: Caller, input: CreateEmployeeInput) => createEmployee(ds, c.user, await c.scope(), input),
      update: async (c: Caller, input: UpdateEmployeeInput) => updateEmployee(ds, c.user, await c.scope(), input),
      deactivate: async (c: Caller, id: string, version: number) => deactivateEmployee(ds, c.user, await c.scope(), id, version),
      import: async (c: Caller, input: ImportEmployeesInput) => importEmployees(ds, c.user, await c.scope(), input),
    },
    competencies: competencyService(ds),
    needs: needsService(ds),
    proposals: proposalsServices(ds, maxPageSize),
    planning: planningServices(ds, maxPageSize),
    audit: auditServices(ds, maxPageSize),
  };
}

export type Services = ReturnType<typeof createServices>;
