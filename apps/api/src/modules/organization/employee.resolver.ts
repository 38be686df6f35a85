import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../graphql/context";
import type { Caller } from "../../kit/caller";
import { ConnectionArgs, toConnection, type Page } from "../../kit/connection";
import { CurrentCaller } from "../../kit/current-caller";
import { asksFor } from "../../kit/selection";
import { employeePageColumns } from "./employee-selection";
import { EmployeeConnection, EmployeeType, employeeOfPageRow, toEmployeeType } from "./employee.type";
import type { EmployeePageRow } from "./employees-page.sql";
import { CreateEmployeeInput, EmployeeFilter, EmployeeSort, ImportEmployeesInput, UpdateEmployeeInput } from "./employee.inputs";
import { ImportResultType } from "./import-result.type";
import { UnitType } from "./unit.type";
import { toUnitType } from "./unit.mapper";
import { pagedCost } from "../../kit/cost";

/**
 * A page's rows as GraphQL employees. Each joined unit becomes one UnitType, shared by the page's employees and read by
 * `unit` without the loader, and is primed into the request's units loader (for `parent` and other lookups).
 */
export function employeesOfPage(ctx: Context, page: Page<EmployeePageRow> & { totalCountCapped: boolean }): EmployeeConnection {
  const units = new Map<string, UnitType>();
  const connection = toConnection(page, (r) => {
    const employee = employeeOfPageRow(r);
    if (r.unitCode !== undefined) {
      let unit = units.get(r.unitId);
      if (!unit) {
        const row = { id: r.unitId, code: r.unitCode, name: r.unitName!, kind: r.unitKind!, parentId: r.unitParentId!, path: r.unitPath! };
        ctx.loaders.unitById.prime(r.unitId, row);
        units.set(r.unitId, (unit = toUnitType(row)));
      }
      employee.pageUnit = unit;
    }
    return employee;
  });
  return { ...connection, totalCountCapped: page.totalCountCapped };
}

@Resolver(() => EmployeeType)
export class EmployeeResolver {
  @Authorized()
  @Query(() => EmployeeConnection, {
    description: "Employees the caller may see, filtered and sorted, one page at a time (cursor pagination).",
    complexity: pagedCost(1),
  })
  async employees(
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Info() info: GraphQLResolveInfo,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => EmployeeFilter, { nullable: true, description: "Which employees; active ones when omitted." }) filter?: EmployeeFilter | null,
    @Arg("sort", () => EmployeeSort, { nullable: true, description: "Default: by name, ascending." }) sort?: EmployeeSort | null,
  ): Promise<EmployeeConnection> {
    const rows = await ctx.services.employees.list(caller, { ...page, filter, sort, withTotal: asksFor(info, "totalCount"), columns: employeePageColumns(info) });
    // The page joined each employee's unit: `unit { ... }` reads it from the loader instead of another statement.
    return employeesOfPage(ctx, rows);
  }

  @Authorized()
  @Query(() => EmployeeType, { nullable: true, description: "One employee, or null when not found or outside the caller's scope." })
  async employee(@Arg("id", () => ID, { description: "The employee's id." }) id: string, @Ctx() ctx: Context, @CurrentCaller() caller: Caller): Promise<EmployeeType | null> {
    const e = await ctx.services.employees.get(caller, id);
    return e ? toEmployeeType(e) : null;
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => EmployeeType, { description: "Adds an employee. Errors: BAD_USER_INPUT (with field), FORBIDDEN (unit outside scope), CONFLICT (NIP exists)." })
  async createEmployee(
    @Arg("input", () => CreateEmployeeInput, { description: "The new employee." }) input: CreateEmployeeInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<EmployeeType> {
    return toEmployeeType(await ctx.services.employees.create(caller, input));
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => EmployeeType, { description: "Changes an employee. CONFLICT when `version` is stale (someone else changed it first)." })
  async updateEmployee(
    @Arg("input", () => UpdateEmployeeInput, { description: "The changes, with the version you read." }) input: UpdateEmployeeInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<EmployeeType> {
    return toEmployeeType(await ctx.services.employees.update(caller, input));
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => EmployeeType, { description: "Marks an employee inactive (kept for history). CONFLICT when `version` is stale." })
  async deactivateEmployee(
    @Arg("id", () => ID, { description: "The employee's id." }) id: string,
    @Arg("version", () => Int, { description: "The version you read; a stale one gives CONFLICT." }) version: number,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<EmployeeType> {
    return toEmployeeType(await ctx.services.employees.deactivate(caller, id, version));
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => ImportResultType, {
    description:
      "Imports employees from CSV or XLSX, all or nothing; every bad row is reported with its row number, column and reason. A file over the limits is BAD_USER_INPUT on `file` (FILE_TOO_LARGE, SHEET_TOO_LARGE, TOO_MANY_ROWS).",
  })
  async importEmployees(
    @Arg("input", () => ImportEmployeesInput, { description: "The file and whether to check only." }) input: ImportEmployeesInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<ImportResultType> {
    return Object.assign(new ImportResultType(), await ctx.services.employees.import(caller, input));
  }

  @FieldResolver(() => UnitType, { description: "The unit the employee works in (inside the caller's scope, as the employee is)." })
  unit(@Root() e: EmployeeType, @Ctx() ctx: Context): UnitType | Promise<UnitType> {
    // A page's employees carry their unit (no promise per row); others load it, batched per request.
    return e.pageUnit ?? this.loadUnit(e, ctx);
  }

  private async loadUnit(e: EmployeeType, ctx: Context): Promise<UnitType> {
    const unit = await ctx.loaders.unitById.load(e.unitId);
    if (!unit) throw new Error(`Employee ${e.id} has a missing unit ${e.unitId}`);
    return toUnitType(unit);
  }
}
