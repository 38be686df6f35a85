import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../graphql/context";
import type { Caller } from "../../kit/caller";
import { ConnectionArgs, toConnection } from "../../kit/connection";
import { fixedCost, pagedCost } from "../../kit/cost";
import { CurrentCaller } from "../../kit/current-caller";
import { RupiahScalar } from "../../kit/scalars";
import { asksFor } from "../../kit/selection";
import { CompetencyType, toCompetencyType } from "../competency/competency.type";
import { valued } from "./candidate-value";
import { toCandidateType, toPlanType } from "./planning.mapper";
import { CandidateFilter, CandidateInput, PlanFilter, UpdateCandidateInput } from "./planning.inputs";
import { PlanConnection, PlanItemType, PlanType, ProgrammeCandidateConnection, ProgrammeCandidateType } from "./planning.type";

/**
 * Valuing candidates runs the city-wide needs query of their year (each alias of the field its own), as heavy as a
 * ranked needs list: the same base, so twenty-five aliases are refused before any SQL instead of running twenty-five.
 */
const CANDIDATE_VALUES_COST = 300;

@Resolver(() => ProgrammeCandidateType)
export class PlanningResolver {
  @Authorized()
  @Query(() => ProgrammeCandidateConnection, {
    description: "A year's candidate programmes, mandatory first, each with its value on its own from the needs it covers.",
    complexity: pagedCost(CANDIDATE_VALUES_COST),
  })
  async programmeCandidates(
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
    @Arg("filter", () => CandidateFilter, { description: "Which year." }) filter: CandidateFilter,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ): Promise<ProgrammeCandidateConnection> {
    const rows = await ctx.services.planning.candidates({ ...page, year: filter.year, withTotal: asksFor(info, "totalCount") });
    return toConnection(rows, toCandidateType);
  }

  @Authorized()
  @Query(() => ProgrammeCandidateType, { nullable: true, description: "One candidate programme; null when there is none with this id.", complexity: fixedCost(CANDIDATE_VALUES_COST, 1) })
  async programmeCandidate(@Arg("id", () => ID, { description: "The candidate's id." }) id: string, @Ctx() ctx: Context): Promise<ProgrammeCandidateType | null> {
    const c = await ctx.services.planning.candidate(id);
    return c ? toCandidateType(c) : null;
  }

  @Authorized()
  @Query(() => PlanConnection, { description: "Every version of a year's plan, newest first (old versions stay readable).", complexity: pagedCost(1) })
  async plans(
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
    @Arg("filter", () => PlanFilter, { description: "Which year." }) filter: PlanFilter,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ): Promise<PlanConnection> {
    const rows = await ctx.services.planning.plans({ ...page, year: filter.year, withTotal: asksFor(info, "totalCount") });
    return toConnection(rows, toPlanType);
  }

  @Authorized()
  @Query(() => PlanType, { nullable: true, description: "One plan version; null when there is none with this id." })
  async plan(@Arg("id", () => ID, { description: "The plan's id." }) id: string, @Ctx() ctx: Context): Promise<PlanType | null> {
    const p = await ctx.services.planning.plan(id);
    return p ? toPlanType(p) : null;
  }

  @Authorized("ADMIN")
  @Mutation(() => ProgrammeCandidateType, {
    description: "Adds a candidate programme. BAD_USER_INPUT naming the field: INVALID_TITLE, DUPLICATE_COMPETENCY, UNKNOWN_COMPETENCY, INVALID_YEAR.",
    complexity: 50,
  })
  async createCandidate(
    @Arg("input", () => CandidateInput, { description: "The candidate." }) input: CandidateInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<ProgrammeCandidateType> {
    return toCandidateType(await ctx.services.planning.createCandidate(caller, input));
  }

  @Authorized("ADMIN")
  @Mutation(() => ProgrammeCandidateType, { description: "Changes a candidate programme. CONFLICT (STALE_VERSION) when someone changed it since you read it.", complexity: 50 })
  async updateCandidate(
    @Arg("input", () => UpdateCandidateInput, { description: "The changes." }) input: UpdateCandidateInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<ProgrammeCandidateType> {
    return toCandidateType(await ctx.services.planning.updateCandidate(caller, input));
  }

  @Authorized("ADMIN")
  @Mutation(() => Boolean, { description: "Removes a candidate programme (plans keep their own copy)." })
  deleteCandidate(
    @Arg("id", () => ID, { description: "The candidate." }) id: string,
    @Arg("version", () => Int, { nullable: true, description: "The version you read; CONFLICT (STALE_VERSION) when it changed since. Omit to delete whatever it holds." })
    version: number | null | undefined,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<boolean> {
    return ctx.services.planning.deleteCandidate(caller, id, version ?? null);
  }

  @Authorized("ADMIN")
  @Mutation(() => PlanType, {
    description:
      "Runs the optimiser: the exact best value within the ceiling, mandatory candidates always in; kept as a new DRAFT version. BAD_USER_INPUT MANDATORY_OVER_CEILING (field ceiling) when the mandatory ones alone cost more.",
    complexity: ({ childComplexity }) => 500 + childComplexity,
  })
  async runPlan(
    @Arg("year", () => Int, { description: "Plan year." }) year: number,
    @Arg("ceiling", () => RupiahScalar, { description: "Budget ceiling (pagu), whole rupiah." }) ceiling: number,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<PlanType> {
    return toPlanType(await ctx.services.planning.runPlan(caller, year, ceiling));
  }

  @Authorized("ADMIN")
  @Mutation(() => PlanType, {
    description: "Adopts a draft version; the year's previously adopted version becomes SUPERSEDED. CONFLICT PLAN_NOT_DRAFT, or PLAN_ALREADY_ADOPTED when another version was adopted at the same time.",
  })
  async adoptPlan(@Arg("id", () => ID, { description: "The draft to adopt." }) id: string, @Ctx() ctx: Context, @CurrentCaller() caller: Caller): Promise<PlanType> {
    return toPlanType(await ctx.services.planning.adoptPlan(caller, id));
  }

  @FieldResolver(() => [CompetencyType], { description: "The competencies it develops." })
  async competencies(@Root() c: ProgrammeCandidateType, @Ctx() ctx: Context): Promise<CompetencyType[]> {
    const rows = await ctx.loaders.competencyById.loadMany(c.competencyIds);
    return rows.flatMap((r) => (r && !(r instanceof Error) ? [toCompetencyType(r)] : []));
  }
}

@Resolver(() => PlanItemType)
export class PlanItemResolver {
  @FieldResolver(() => ProgrammeCandidateType, {
    nullable: true,
    description: "The candidate as it is now (its value from today's needs); null when it was deleted since the plan was made.",
  })
  async candidate(@Root() item: PlanItemType, @Ctx() ctx: Context): Promise<ProgrammeCandidateType | null> {
    const row = await ctx.loaders.candidateById.load(item.candidateId);
    if (!row) return null;
    return toCandidateType(valued(row, await ctx.loaders.competencyNeedsByYear.load(row.year)));
  }
}
