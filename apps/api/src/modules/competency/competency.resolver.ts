import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { CompetencyKind, PositionKind } from "@bina/domain";
import type { Context } from "../../graphql/context";
import type { Caller } from "../../kit/caller";
import { CurrentCaller } from "../../kit/current-caller";
import { PositionKindEnum } from "../organization/organization.enums";
import { CompetencyKindEnum } from "./competency.enums";
import { CompetencyInput, SetStandardInput, UpdateCompetencyInput } from "./competency.inputs";
import { CompetencyStandardType, CompetencyType, toCompetencyType, toStandardType } from "./competency.type";

@Resolver(() => CompetencyStandardType)
export class CompetencyResolver {
  @Authorized()
  @Query(() => [CompetencyType], { description: "The competency dictionary, by kind and code." })
  async competencies(
    @Ctx() ctx: Context,
    @Arg("kind", () => CompetencyKindEnum, { nullable: true, description: "Only this kind." }) kind?: CompetencyKind | null,
    @Arg("includeInactive", () => Boolean, { nullable: true, description: "Also retired entries." }) includeInactive?: boolean | null,
  ): Promise<CompetencyType[]> {
    return (await ctx.services.competencies.list({ kind, includeInactive })).map(toCompetencyType);
  }

  @Authorized()
  @Query(() => [CompetencyStandardType], { description: "Position standards, optionally of one competency or one kind of position." })
  async competencyStandards(
    @Ctx() ctx: Context,
    @Arg("competencyId", () => ID, { nullable: true, description: "Only this competency." }) competencyId?: string | null,
    @Arg("positionKind", () => PositionKindEnum, { nullable: true, description: "Only this kind of position." }) positionKind?: PositionKind | null,
  ): Promise<CompetencyStandardType[]> {
    return (await ctx.services.competencies.standards({ competencyId, positionKind })).map(toStandardType);
  }

  @Authorized("ADMIN")
  @Mutation(() => CompetencyType, { description: "Adds a dictionary entry. CONFLICT when the code exists." })
  async createCompetency(
    @Arg("input", () => CompetencyInput, { description: "The entry." }) input: CompetencyInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<CompetencyType> {
    return toCompetencyType(await ctx.services.competencies.create(caller, input));
  }

  @Authorized("ADMIN")
  @Mutation(() => CompetencyType, { description: "Changes a dictionary entry's name, description or status." })
  async updateCompetency(
    @Arg("input", () => UpdateCompetencyInput, { description: "The changes." }) input: UpdateCompetencyInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<CompetencyType> {
    return toCompetencyType(await ctx.services.competencies.update(caller, input));
  }

  @Authorized("ADMIN")
  @Mutation(() => CompetencyStandardType, { description: "Sets the level a position requires of a competency." })
  async setCompetencyStandard(
    @Arg("input", () => SetStandardInput, { description: "The standard." }) input: SetStandardInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<CompetencyStandardType> {
    return toStandardType(await ctx.services.competencies.setStandard(caller, input));
  }

  @Authorized("ADMIN")
  @Mutation(() => Boolean, { description: "Removes a position standard." })
  deleteCompetencyStandard(
    @Arg("id", () => ID, { description: "The standard's id." }) id: string,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<boolean> {
    return ctx.services.competencies.deleteStandard(caller, id);
  }

  @FieldResolver(() => CompetencyType, { description: "The competency." })
  async competency(@Root() s: CompetencyStandardType, @Ctx() ctx: Context): Promise<CompetencyType> {
    return toCompetencyType((await ctx.loaders.competencyById.load(s.competencyId))!);
  }
}
