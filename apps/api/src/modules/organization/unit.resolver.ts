import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { caller, type Context } from "../../graphql/context";
import { UnitType } from "./unit.type";
import { toUnitType } from "./unit.mapper";

@Resolver(() => UnitType)
export class UnitResolver {
  @Authorized()
  @Query(() => [UnitType], {
    description: "Every unit the caller may see (a UNIT_OPERATOR: its unit and sub-units), flat and ordered by path; build the tree from `parentId`.",
  })
  async units(@Ctx() ctx: Context): Promise<UnitType[]> {
    return (await ctx.services.units.list(caller(ctx))).map(toUnitType);
  }

  @Authorized()
  @Query(() => UnitType, { nullable: true, description: "One unit, or null when it does not exist or is outside the caller's scope." })
  async unit(@Arg("id", () => ID, { description: "The unit's id." }) id: string, @Ctx() ctx: Context): Promise<UnitType | null> {
    const unit = await ctx.services.units.get(caller(ctx), id);
    return unit ? toUnitType(unit) : null;
  }

  @FieldResolver(() => UnitType, { nullable: true, description: "The parent unit; null for the root." })
  async parent(@Root() unit: UnitType, @Ctx() ctx: Context): Promise<UnitType | null> {
    if (!unit.parentId) return null;
    const parent = await ctx.loaders.unitById.load(unit.parentId);
    return parent ? toUnitType(parent) : null;
  }

  @FieldResolver(() => Int, { description: "Active employees in this unit and all its sub-units." })
  employeeCount(@Root() unit: UnitType, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.employeeCountByUnitId.load(unit.id);
  }
}
