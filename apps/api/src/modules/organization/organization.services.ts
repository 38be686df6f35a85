import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { pageSize } from "../../kit/connection";
import { createEmployee } from "./create-employee";
import { deactivateEmployee } from "./deactivate-employee";
import type { CreateEmployeeInput, EmployeeFilter, EmployeeSort, ImportEmployeesInput, UpdateEmployeeInput } from "./employee.inputs";
import { getEmployee } from "./get-employee";
import { getUnit } from "./get-unit";
import { importEmployees } from "./import-employees";
import { listEmployees } from "./list-employees";
import { listUnits } from "./list-units";
import type { EmployeePageColumns } from "./employees-page.sql";
import { updateEmployee } from "./update-employee";

export interface EmployeeListArgs {
  readonly first: number;
  readonly after?: string | null;
  readonly filter?: EmployeeFilter | null;
  readonly sort?: EmployeeSort | null;
  readonly withTotal: boolean;
  /** The column groups the query needs (employee-selection.ts); all when omitted. */
  readonly columns?: EmployeePageColumns;
}

/** The organization module's use cases bound to the database: wiring only. */
export const organizationServices = (ds: DataSource, maxPageSize: number, countCap: number) => ({
  units: {
    list: (caller: Caller) => listUnits({ ds, caller }),
    get: (caller: Caller, id: string) => getUnit({ ds, caller, id }),
  },
  employees: {
    list: (caller: Caller, a: EmployeeListArgs) => listEmployees({ ds, caller, ...a, first: pageSize(a.first, maxPageSize), countCap }),
    get: (caller: Caller, id: string) => getEmployee({ ds, caller, id }),
    create: (caller: Caller, input: CreateEmployeeInput) => createEmployee({ ds, caller, input }),
    update: (caller: Caller, input: UpdateEmployeeInput) => updateEmployee({ ds, caller, input }),
    deactivate: (caller: Caller, id: string, version: number) => deactivateEmployee({ ds, caller, id, version }),
    import: (caller: Caller, input: ImportEmployeesInput) => importEmployees({ ds, caller, input }),
  },
});
