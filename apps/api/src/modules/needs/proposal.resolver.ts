import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { caller, type Context } from "../../graphql/context";
import { pageSize } from "../../kit/connection";
import { CompetencyType, toCompetencyType } from "../competency/competency.type";
import { UnitType } from "../organization/unit.type";
import { toUnitType } from "../organization/unit.mapper";
import { ProposalStatusEnum } from "./needs.enums";
import { DecideProposalInput, SubmitProposalInput } from "./needs.inputs";
import { toProposalType, TrainingProposalConnection, TrainingProposalType } from "./proposal.type";
import type { ProposalStatus } from "./training-proposal.entity";

@Resolver(() => TrainingProposalType)
export class ProposalResolver {
  @Authorized()
  @Query(() => TrainingProposalConnection, {
    description: "Training proposals the caller may see (operators: their unit's), newest first.",
    complexity: ({ args, childComplexity }) => 1 + childComplexity * Number(args.first ?? 20),
  })
  async trainingProposals(
    @Ctx() ctx: Context,
    @Arg("year", () => Int, { nullable: true, description: "Only this plan year." }) year?: number | null,
    @Arg("status", () => ProposalStatusEnum, { nullable: true, description: "Only this status." }) status?: ProposalStatus | null,
    @Arg("unitId", () => ID, { nullable: true, description: "Only this unit and its sub-units." }) unitId?: string | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20, description: "Page size, 1..100." }) first?: number,
    @Arg("after", () => String, { nullable: true, description: "`endCursor` of the previous page." }) after?: string | null,
  ): Promise<TrainingProposalConnection> {
    const page = await ctx.services.proposals.list(caller(ctx), { year, status, unitId, first: pageSize(first, 100), after });
    return {
      edges: page.rows.map((r) => ({ cursor: r.cursor, node: toProposalType(r.entity) })),
      pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: !!after, startCursor: page.rows[0]?.cursor ?? null, endCursor: page.rows.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
    };
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => TrainingProposalType, { description: "Submits a proposal for a unit (an operator: their own unit or a sub-unit)." })
  async submitProposal(@Arg("input", () => SubmitProposalInput, { description: "The proposal." }) input: SubmitProposalInput, @Ctx() ctx: Context): Promise<TrainingProposalType> {
    return toProposalType(await ctx.services.proposals.submit(caller(ctx), input));
  }

  @Authorized("ADMIN")
  @Mutation(() => TrainingProposalType, { description: "Accepts a submitted proposal, or returns it with a reason. CONFLICT when already decided or stale." })
  async decideProposal(@Arg("input", () => DecideProposalInput, { description: "The decision." }) input: DecideProposalInput, @Ctx() ctx: Context): Promise<TrainingProposalType> {
    return toProposalType(await ctx.services.proposals.decide(caller(ctx), input));
  }

  @FieldResolver(() => UnitType, { description: "The proposing unit." })
  async unit(@Root() p: TrainingProposalType, @Ctx() ctx: Context): Promise<UnitType> {
    return toUnitType((await ctx.loaders.unitById.load(p.unitId))!);
  }

  @FieldResolver(() => CompetencyType, { description: "The competency it develops." })
  async competency(@Root() p: TrainingProposalType, @Ctx() ctx: Context): Promise<CompetencyType> {
    return toCompetencyType((await ctx.loaders.competencyById.load(p.competencyId))!);
  }
}
