import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { caller, type Context } from "../../graphql/context";
import { CompetencyType, toCompetencyType } from "../competency/competency.type";
import type { PlanEntity } from "./plan.entity";
import { CandidateInput, UpdateCandidateInput } from "./planning.inputs";
import { PlanType, ProgrammeCandidateType } from "./planning.type";

const toPlanType = (p: PlanEntity): PlanType =>
  Object.assign(new PlanType(), { ...p, method: p.method as PlanType["method"], remaining: p.ceiling - p.totalCost });
const toCandidateType = (c: object): ProgrammeCandidateType => Object.assign(new ProgrammeCandidateType(), c);

@Resolver(() => ProgrammeCandidateType)
export class PlanningResolver {
  @Authorized()
  @Query(() => [ProgrammeCandidateType], { description: "A year's candidate programmes with their value from the needs they cover." })
  async programmeCandidates(@Arg("year", () => Int, { description: "Plan year." }) year: number, @Ctx() ctx: Context): Promise<ProgrammeCandidateType[]> {
    return (await ctx.services.planning.candidates(year)).map(toCandidateType);
  }

  @Authorized()
  @Query(() => [PlanType], { description: "Every version of a year's plan, newest first (old versions stay readable)." })
  async plans(@Arg("year", () => Int, { description: "Plan year." }) year: number, @Ctx() ctx: Context): Promise<PlanType[]> {
    return (await ctx.services.planning.plans(year)).map(toPlanType);
  }

  @Authorized()
  @Query(() => PlanType, { nullable: true, description: "One plan version." })
  async plan(@Arg("id", () => ID, { description: "The plan's id." }) id: string, @Ctx() ctx: Context): Promise<PlanType | null> {
    const p = await ctx.services.planning.plan(id);
    return p ? toPlanType(p) : null;
  }

  @Authorized("ADMIN")
  @Mutation(() => ProgrammeCandidateType, { description: "Adds a candidate programme." })
  async createCandidate(@Arg("input", () => CandidateInput, { description: "The candidate." }) input: CandidateInput, @Ctx() ctx: Context): Promise<ProgrammeCandidateType> {
    return toCandidateType(await ctx.services.planning.createCandidate(caller(ctx), input));
  }

  @Authorized("ADMIN")
  @Mutation(() => ProgrammeCandidateType, { description: "Changes a candidate programme. CONFLICT when stale." })
  async updateCandidate(@Arg("input", () => UpdateCandidateInput, { description: "The changes." }) input: UpdateCandidateInput, @Ctx() ctx: Context): Promise<ProgrammeCandidateType> {
    return toCandidateType(await ctx.services.planning.updateCandidate(caller(ctx), input));
  }

  @Authorized("ADMIN")
  @Mutation(() => Boolean, { description: "Removes a candidate programme (plans keep their own copy)." })
  deleteCandidate(@Arg("id", () => ID, { description: "The candidate." }) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.planning.deleteCandidate(caller(ctx), id);
  }

  @Authorized("ADMIN")
  @Mutation(() => PlanType, {
    description: "Runs the optimiser: the exact best total value within the ceiling, mandatory candidates always in; kept as a new DRAFT version. BAD_USER_INPUT MANDATORY_OVER_CEILING (field ceiling) when the mandatory ones alone cost more.",
  })
  async runPlan(
    @Arg("year", () => Int, { description: "Plan year." }) year: number,
    @Arg("ceiling", () => Float, { description: "Budget ceiling (pagu), whole rupiah." }) ceiling: number,
    @Ctx() ctx: Context,
  ): Promise<PlanType> {
    return toPlanType(await ctx.services.planning.runPlan(caller(ctx), year, ceiling));
  }

  @Authorized("ADMIN")
  @Mutation(() => PlanType, { description: "Adopts a draft version; the year's previously adopted version becomes SUPERSEDED." })
  async adoptPlan(@Arg("id", () => ID, { description: "The draft to adopt." }) id: string, @Ctx() ctx: Context): Promise<PlanType> {
    return toPlanType(await ctx.services.planning.adoptPlan(caller(ctx), id));
  }

  @FieldResolver(() => [CompetencyType], { description: "The competencies it develops." })
  async competencies(@Root() c: ProgrammeCandidateType, @Ctx() ctx: Context): Promise<CompetencyType[]> {
    const rows = await ctx.loaders.competencyById.loadMany(c.competencyIds);
    return rows.filter((r): r is NonNullable<typeof r> & { id: string } => !!r && !(r instanceof Error)).map((r) => toCompetencyType(r as never));
  }
}
