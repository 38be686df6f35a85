import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../graphql/context";
import type { Caller } from "../../kit/caller";
import { ConnectionArgs } from "../../kit/connection";
import { CurrentCaller } from "../../kit/current-caller";
import { asksFor } from "../../kit/selection";
import { employeePageColumns } from "./employee-selection";
import { inScope } from "../../kit/unit-scope";
import { EmployeeFilter, EmployeeSort } from "./employee.inputs";
import { EmployeeConnection } from "./employee.type";
import { employeesOfPage } from "./employee.resolver";
import { UnitType } from "./unit.type";
import { toUnitType } from "./unit.mapper";
import { pagedCost } from "../../kit/cost";

/** Every field of a unit answers only what the caller may see: a parent or sub-unit outside the scope is null or left out. */
@Resolver(() => UnitType)
export class UnitResolver {
  @Authorized()
  @Query(() => [UnitType], {
    description: "Every unit the caller may see (a UNIT_OPERATOR: its unit and sub-units), flat and ordered by path; build the tree from `parentId`.",
  })
  async units(@Ctx() ctx: Context, @CurrentCaller() caller: Caller): Promise<UnitType[]> {
    return (await ctx.services.units.list(caller)).map(toUnitType);
  }

  @Authorized()
  @Query(() => UnitType, { nullable: true, description: "One unit, or null when it does not exist or is outside the caller's scope." })
  async unit(@Arg("id", () => ID, { description: "The unit's id." }) id: string, @Ctx() ctx: Context, @CurrentCaller() caller: Caller): Promise<UnitType | null> {
    const unit = await ctx.services.units.get(caller, id);
    return unit ? toUnitType(unit) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: "The parent unit's id; null for the root (the city) and for the top unit of an operator's scope." })
  async parentId(@Root() unit: UnitType, @Ctx() ctx: Context): Promise<string | null> {
    return (await this.parent(unit, ctx))?.id ?? null;
  }

  @FieldResolver(() => UnitType, { nullable: true, description: "The parent unit; null for the root and when the parent is outside the caller's scope." })
  async parent(@Root() unit: UnitType, @Ctx() ctx: Context): Promise<UnitType | null> {
    if (!unit.parentId) return null;
    const [scope, parent] = await Promise.all([ctx.scope(), ctx.loaders.unitById.load(unit.parentId)]);
    return parent && inScope(scope, parent.path) ? toUnitType(parent) : null;
  }

  @FieldResolver(() => [UnitType], { description: "The direct sub-units the caller may see, by name." })
  async children(@Root() unit: UnitType, @Ctx() ctx: Context): Promise<UnitType[]> {
    const [scope, children] = await Promise.all([ctx.scope(), ctx.loaders.unitChildren.load(unit.id)]);
    return children.filter((c) => inScope(scope, c.path)).map(toUnitType);
  }

  @FieldResolver(() => Int, { description: "Active employees in this unit and all its sub-units, counting only those the caller may see." })
  async employeeCount(@Root() unit: UnitType, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.employeeCountByUnitId.load({ unitId: unit.id, scope: await ctx.scope() });
  }

  @FieldResolver(() => EmployeeConnection, {
    description: "Employees of this unit and its sub-units the caller may see, like `employees` with `filter.unitId` set to this unit.",
    complexity: pagedCost(1),
  })
  async employees(
    @Root() unit: UnitType,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Info() info: GraphQLResolveInfo,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => EmployeeFilter, { nullable: true, description: "Which employees; active ones when omitted (its `unitId`, if any, is replaced by this unit)." })
    filter?: EmployeeFilter | null,
    @Arg("sort", () => EmployeeSort, { nullable: true, description: "Default: by name, ascending." }) sort?: EmployeeSort | null,
  ): Promise<EmployeeConnection> {
    const rows = await ctx.services.employees.list(caller, { ...page, filter: { ...filter, unitId: unit.id }, sort, withTotal: asksFor(info, "totalCount"), columns: employeePageColumns(info) });
    return employeesOfPage(ctx, rows);
  }
}
