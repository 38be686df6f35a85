import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { findRank } from "@bina/domain";
import { caller, type Context } from "../../graphql/context";
import { EmployeeConnection, EmployeeType, toEmployeeType } from "./employee.type";
import { CreateEmployeeInput, EmployeeFilter, EmployeeSort, ImportEmployeesInput, UpdateEmployeeInput } from "./employee.inputs";
import { ImportResultType } from "./import-result.type";
import { RankType } from "./rank.type";
import { UnitType } from "./unit.type";
import { toUnitType } from "./unit.mapper";

@Resolver(() => EmployeeType)
export class EmployeeResolver {
  @Authorized()
  @Query(() => EmployeeConnection, {
    description: "Employees the caller may see, filtered and sorted, one page at a time (cursor pagination).",
    complexity: ({ args, childComplexity }) => 1 + childComplexity * Number(args.first ?? 20),
  })
  async employees(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20, description: "Page size, 1..100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "`endCursor` of the previous page." }) after?: string | null,
    @Arg("filter", () => EmployeeFilter, { nullable: true, description: "Which employees; active ones when omitted." }) filter?: EmployeeFilter | null,
    @Arg("sort", () => EmployeeSort, { nullable: true, description: "Default: by name, ascending." }) sort?: EmployeeSort | null,
  ): Promise<EmployeeConnection> {
    const page = await ctx.services.employees.list(caller(ctx), { first, after, filter, sort });
    return {
      edges: page.rows.map((r) => ({ cursor: r.cursor, node: toEmployeeType(r.entity) })),
      pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: !!after, startCursor: page.rows[0]?.cursor ?? null, endCursor: page.rows.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
    };
  }

  @Authorized()
  @Query(() => EmployeeType, { nullable: true, description: "One employee, or null when not found or outside the caller's scope." })
  async employee(@Arg("id", () => ID, { description: "The employee's id." }) id: string, @Ctx() ctx: Context): Promise<EmployeeType | null> {
    const e = await ctx.services.employees.get(caller(ctx), id);
    return e ? toEmployeeType(e) : null;
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => EmployeeType, { description: "Adds an employee. Errors: BAD_USER_INPUT (with field), FORBIDDEN (unit outside scope), CONFLICT (NIP exists)." })
  async createEmployee(@Arg("input", () => CreateEmployeeInput, { description: "The new employee." }) input: CreateEmployeeInput, @Ctx() ctx: Context): Promise<EmployeeType> {
    return toEmployeeType(await ctx.services.employees.create(caller(ctx), input));
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => EmployeeType, { description: "Changes an employee. CONFLICT when `version` is stale (someone else changed it first)." })
  async updateEmployee(@Arg("input", () => UpdateEmployeeInput, { description: "The changes, with the version you read." }) input: UpdateEmployeeInput, @Ctx() ctx: Context): Promise<EmployeeType> {
    return toEmployeeType(await ctx.services.employees.update(caller(ctx), input));
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => EmployeeType, { description: "Marks an employee inactive (kept for history). CONFLICT when `version` is stale." })
  async deactivateEmployee(
    @Arg("id", () => ID, { description: "The employee's id." }) id: string,
    @Arg("version", () => Int, { description: "The version you read; a stale one gives CONFLICT." }) version: number,
    @Ctx() ctx: Context,
  ): Promise<EmployeeType> {
    return toEmployeeType(await ctx.services.employees.deactivate(caller(ctx), id, version));
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => ImportResultType, { description: "Imports employees from CSV or XLSX, all or nothing; every bad row is reported with its row number, column and reason." })
  importEmployees(@Arg("input", () => ImportEmployeesInput, { description: "The file and whether to check only." }) input: ImportEmployeesInput, @Ctx() ctx: Context): Promise<ImportResultType> {
    return ctx.services.employees.import(caller(ctx), input) as Promise<ImportResultType>;
  }

  @FieldResolver(() => RankType, { description: "Golongan/ruang and pangkat (PNS) or PPPK golongan." })
  rank(@Root() e: EmployeeType): RankType {
    const rank = findRank(e.rankCode);
    if (!rank) throw new Error(`Employee ${e.id} has unknown rank ${e.rankCode}`);
    return { ...rank };
  }

  @FieldResolver(() => UnitType, { description: "The unit the employee works in." })
  async unit(@Root() e: EmployeeType, @Ctx() ctx: Context): Promise<UnitType> {
    const unit = await ctx.loaders.unitById.load(e.unitId);
    if (!unit) throw new Error(`Employee ${e.id} has a missing unit ${e.unitId}`);
    return toUnitType(unit);
  }
}
