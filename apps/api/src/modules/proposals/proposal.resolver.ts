import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../graphql/context";
import type { Caller } from "../../kit/caller";
import { ConnectionArgs, toConnection } from "../../kit/connection";
import { CurrentCaller } from "../../kit/current-caller";
import { asksFor } from "../../kit/selection";
import { inScope } from "../../kit/unit-scope";
import { CompetencyType, toCompetencyType } from "../competency/competency.type";
import { UnitType } from "../organization/unit.type";
import { toUnitType } from "../organization/unit.mapper";
import { valued } from "../planning/candidate-value";
import { toCandidateType } from "../planning/planning.mapper";
import { ProgrammeCandidateType } from "../planning/planning.type";
import { toProposalType, TrainingProposalConnection, TrainingProposalType } from "./proposal.type";
import { CreateCandidateFromProposalInput, DecideProposalInput, ProposalFilter, SubmitProposalInput } from "./proposals.inputs";
import { pagedCost } from "../../kit/cost";

@Resolver(() => TrainingProposalType)
export class ProposalResolver {
  @Authorized()
  @Query(() => TrainingProposalConnection, {
    description: "Training proposals the caller may see (operators: their unit's), newest first, in every status unless filtered.",
    complexity: pagedCost(1),
  })
  async trainingProposals(
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => ProposalFilter, { nullable: true, description: "Which proposals; all the caller may see when omitted." }) filter?: ProposalFilter | null,
  ): Promise<TrainingProposalConnection> {
    const rows = await ctx.services.proposals.list(caller, { ...page, filter, withTotal: asksFor(info, "totalCount") });
    return toConnection(rows, toProposalType);
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => TrainingProposalType, {
    description: "Submits a proposal for a unit (an operator: their own unit or a sub-unit). BAD_USER_INPUT naming the field: INVALID_TITLE, INVALID_JUSTIFICATION, UNKNOWN_COMPETENCY, INVALID_YEAR.",
  })
  async submitProposal(
    @Arg("input", () => SubmitProposalInput, { description: "The proposal." }) input: SubmitProposalInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<TrainingProposalType> {
    return toProposalType(await ctx.services.proposals.submit(caller, input));
  }

  @Authorized("ADMIN")
  @Mutation(() => TrainingProposalType, { description: "Accepts a submitted proposal, or returns it with a reason. CONFLICT when already decided (PROPOSAL_ALREADY_DECIDED) or stale (STALE_VERSION)." })
  async decideProposal(
    @Arg("input", () => DecideProposalInput, { description: "The decision." }) input: DecideProposalInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<TrainingProposalType> {
    return toProposalType(await ctx.services.proposals.decide(caller, input));
  }

  @Authorized("ADMIN")
  @Mutation(() => ProgrammeCandidateType, {
    description:
      "Makes a candidate programme of the plan year from an accepted proposal, linked to it. CONFLICT PROPOSAL_NOT_ACCEPTED (not accepted) or PROPOSAL_ALREADY_HAS_CANDIDATE (made before).",
    complexity: 50,
  })
  async createCandidateFromProposal(
    @Arg("input", () => CreateCandidateFromProposalInput, { description: "The proposal and the candidate's cost (other fields default to the proposal's)." })
    input: CreateCandidateFromProposalInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<ProgrammeCandidateType> {
    return toCandidateType(await ctx.services.proposals.createCandidate(caller, input));
  }

  @FieldResolver(() => UnitType, { description: "The proposing unit." })
  async unit(@Root() p: TrainingProposalType, @Ctx() ctx: Context): Promise<UnitType> {
    return toUnitType((await ctx.loaders.unitById.load(p.unitId))!);
  }

  @FieldResolver(() => CompetencyType, { description: "The competency it develops." })
  async competency(@Root() p: TrainingProposalType, @Ctx() ctx: Context): Promise<CompetencyType> {
    return toCompetencyType((await ctx.loaders.competencyById.load(p.competencyId))!);
  }

  @FieldResolver(() => ProgrammeCandidateType, { nullable: true, description: "The candidate programme made from it; null while there is none." })
  async candidate(@Root() p: TrainingProposalType, @Ctx() ctx: Context): Promise<ProgrammeCandidateType | null> {
    const row = await ctx.loaders.candidateByProposalId.load(p.id);
    return row ? toCandidateType(valued(row, await ctx.loaders.competencyNeedsByYear.load(row.year))) : null;
  }
}

@Resolver(() => ProgrammeCandidateType)
export class CandidateProposalResolver {
  @FieldResolver(() => TrainingProposalType, {
    nullable: true,
    description: "The proposal it was made from; null for a candidate entered directly, or when the proposal's unit is outside what the caller may see.",
  })
  async proposal(@Root() c: ProgrammeCandidateType, @Ctx() ctx: Context): Promise<TrainingProposalType | null> {
    if (!c.proposalId) return null;
    const row = await ctx.loaders.proposalById.load(c.proposalId);
    const unit = row ? await ctx.loaders.unitById.load(row.unitId) : null;
    return row && unit && inScope(await ctx.scope(), unit.path) ? toProposalType(row) : null;
  }
}
