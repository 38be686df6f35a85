import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import DataLoader from "dataloader";
import type { GraphQLResolveInfo } from "graphql";
import { behaviourFollowUpDate, BEHAVIOUR_RULES, ikmBand, nGainCategory } from "@bina/domain";
import type { Context } from "../../graphql/context";
import type { Caller } from "../../kit/caller";
import { ConnectionArgs, toConnection } from "../../kit/connection";
import { fixedCost, pagedCost } from "../../kit/cost";
import { CurrentCaller } from "../../kit/current-caller";
import { asksFor } from "../../kit/selection";
import { inScope } from "../../kit/unit-scope";
import { BatchType, ProgrammeType, SpeakerType, toBatchType, toProgrammeType, toSpeakerType } from "../delivery/delivery.type";
import { EmployeeType, toEmployeeType } from "../organization/employee.type";
import { toUnitType } from "../organization/unit.mapper";
import { UnitType } from "../organization/unit.type";
import { checkYear } from "../planning/plan-year";
import { IkmPeriodPointType, ServiceUnitType, SurveyPeriodType, toServiceUnitType, toSurveyPeriodType } from "../survey/survey.type";
import { MAX_UNITS_PER_BATCH } from "./unit-ikm.sql";
import { EvaluationInvitationStatusEnum, EvaluationLevelEnum, ImprovementSourceEnum, ImprovementStatusEnum } from "./evaluation.enums";
import { OpenImprovementActionInput, UpdateImprovementActionInput } from "./evaluation.inputs";
import {
  BatchEvaluationType,
  BehaviourEvaluationType,
  EvaluationInvitationConnection,
  EvaluationInvitationType,
  EvaluationScheduleType,
  ImprovementActionConnection,
  ImprovementActionType,
  LearningEvaluationType,
  NGainRowConnection,
  NGainRowType,
  ProgrammeEffectivenessConnection,
  ProgrammeEffectivenessType,
  ReactionEvaluationType,
  ReactionSpeakerMeanType,
  ResultsEvaluationType,
  toImprovementActionType,
  UnitIkmChangeType,
} from "./evaluation.type";
import type { EvaluationLevel } from "./evaluation-invitation.entity";
import type { ImprovementSource, ImprovementState } from "./improvement-action.entity";
import type { InvitationStatus } from "./list-invitations";

/** A change's cost: one transaction with a few statements, then whatever the answer selects. */
const CHANGE_COST = ({ childComplexity }: { childComplexity: number }) => 10 + childComplexity;

@Resolver(() => EvaluationInvitationType)
export class EvaluationInvitationResolver {
  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => EvaluationScheduleType, {
    description:
      "Schedules a COMPLETED (or EVALUATED) batch's personal evaluation links, idempotently: a reaction form per participant with an outcome (open from the last day for 14 days), and an alumnus's and a superior's behaviour follow-up per participant who completed (open from the follow-up date for 30 days). A unit operator schedules its own subtree's participants. CONFLICT BATCH_NOT_COMPLETED; BAD_USER_INPUT INVALID_VALUE (behaviourMonths).",
    complexity: CHANGE_COST,
  })
  async scheduleBatchEvaluations(
    @Arg("batchId", () => ID, { description: "The batch." }) batchId: string,
    @Arg("behaviourMonths", () => Int, { defaultValue: BEHAVIOUR_RULES.followUpMonths, description: `Months after the batch's end for the behaviour follow-up, ${BEHAVIOUR_RULES.minMonths}..${BEHAVIOUR_RULES.maxMonths}.` })
    behaviourMonths: number,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<EvaluationScheduleType> {
    return Object.assign(new EvaluationScheduleType(), await ctx.services.evaluation.schedule(caller, batchId, behaviourMonths));
  }

  @Authorized()
  @Query(() => EvaluationInvitationConnection, {
    description:
      "A batch's evaluation forms by the name of the person they are about, optionally of one level and some statuses (`[OPEN, EXPIRED]`: who has not answered). A unit operator sees its own subtree's participants' forms.",
    complexity: pagedCost(2),
  })
  async evaluationInvitations(
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Arg("batchId", () => ID, { description: "The batch." }) batchId: string,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("level", () => EvaluationLevelEnum, { nullable: true, description: "Only this level; all when omitted." }) level?: EvaluationLevel | null,
    @Arg("status", () => [EvaluationInvitationStatusEnum], { nullable: true, description: "Only these statuses; all when omitted." }) status?: InvitationStatus[] | null,
  ): Promise<EvaluationInvitationConnection> {
    const rows = await ctx.services.evaluation.invitations(caller, { batchId, level: level ?? null, statuses: status ?? null, ...page, withTotal: asksFor(info, "totalCount") });
    const analyst = caller.user.role === "ANALYST";
    return toConnection(rows, (r) =>
      Object.assign(new EvaluationInvitationType(), {
        id: r.id,
        level: r.level,
        role: r.role,
        employeeId: r.employeeId,
        opensOn: r.opensOn,
        expiresOn: r.expiresOn,
        answeredAt: r.answeredAt,
        status: r.status,
        link: analyst ? null : ctx.services.evaluation.link(r.id),
      }),
    );
  }

  @FieldResolver(() => EmployeeType, { nullable: true, description: "The participant or alumnus the form is about.", complexity: 1 })
  async employee(@Root() i: EvaluationInvitationType, @Ctx() ctx: Context): Promise<EmployeeType | null> {
    const e = await ctx.loaders.employeeById.load(i.employeeId);
    return e ? toEmployeeType(e) : null;
  }
}

@Resolver(() => BatchEvaluationType)
export class BatchEvaluationResolver {
  @Authorized()
  @Query(() => BatchEvaluationType, {
    description:
      "The four Kirkpatrick levels of a batch: reaction, learning (N-gain), behaviour and results (SKP, IKM), each counted in SQL when asked for. A unit operator sees a batch with participants of its subtree, counted over them (FORBIDDEN otherwise).",
    complexity: fixedCost(2, 1),
  })
  async batchEvaluation(@Arg("batchId", () => ID, { description: "The batch." }) batchId: string, @Ctx() ctx: Context, @CurrentCaller() caller: Caller): Promise<BatchEvaluationType> {
    await ctx.services.evaluation.batchAccess(caller, batchId);
    return Object.assign(new BatchEvaluationType(), { batchId });
  }

  @FieldResolver(() => BatchType, { description: "The batch.", complexity: 1 })
  async batch(@Root() e: BatchEvaluationType, @Ctx() ctx: Context): Promise<BatchType> {
    return toBatchType((await ctx.loaders.delivery.batchById.load(e.batchId))!);
  }

  @FieldResolver(() => ReactionEvaluationType, { description: "Level 1: the reaction forms' means per aspect, speaker and question.", complexity: fixedCost(5, 1) })
  async reaction(@Root() e: BatchEvaluationType, @Ctx() ctx: Context): Promise<ReactionEvaluationType> {
    const r = await ctx.services.evaluation.reaction(await ctx.scope(), e.batchId);
    return Object.assign(new ReactionEvaluationType(), {
      ...r,
      aspects: r.aspects.map((a) => ({ ...a })),
      questions: r.questions.map((q) => ({ ...q })),
      speakers: r.speakers.map((s) => Object.assign(new ReactionSpeakerMeanType(), s)),
    });
  }

  @FieldResolver(() => LearningEvaluationType, { description: "Level 2: pre/post tests and the N-gain distribution.", complexity: fixedCost(5, 1) })
  async learning(@Root() e: BatchEvaluationType, @Ctx() ctx: Context): Promise<LearningEvaluationType> {
    const l = await ctx.services.evaluation.learning(await ctx.scope(), e.batchId);
    return Object.assign(new LearningEvaluationType(), { ...l, batchId: e.batchId, category: l.meanNGain === null ? null : nGainCategory(l.meanNGain) });
  }

  @FieldResolver(() => BehaviourEvaluationType, { description: "Level 3: the behaviour follow-ups of alumni and superiors.", complexity: fixedCost(5, 1) })
  async behaviour(@Root() e: BatchEvaluationType, @Ctx() ctx: Context): Promise<BehaviourEvaluationType> {
    const b = await ctx.services.evaluation.behaviour(await ctx.scope(), e.batchId);
    const role = (r: "ALUMNUS" | "SUPERIOR") => {
      const x = b.roles.find((y) => y.role === r)!;
      return { invited: x.invited, respondents: x.respondents, mean: x.mean, answers: x.answers, questions: x.questions.map((q) => ({ ...q })) };
    };
    let dueOn = b.dueOn;
    if (dueOn === null) {
      const batch = await ctx.loaders.delivery.batchById.load(e.batchId);
      dueOn = batch ? behaviourFollowUpDate(batch.endsOn) : null;
    }
    return Object.assign(new BehaviourEvaluationType(), {
      dueOn,
      invited: b.invited,
      answered: b.answered,
      alumnus: role("ALUMNUS"),
      superior: role("SUPERIOR"),
      superiorMinusAlumnus: b.superiorMinusAlumnus,
    });
  }

  @FieldResolver(() => ResultsEvaluationType, { description: "Level 4: the alumni's SKP and their service units' IKM, before and after.", complexity: fixedCost(5, 1) })
  async results(@Root() e: BatchEvaluationType, @Ctx() ctx: Context): Promise<ResultsEvaluationType> {
    const batch = await ctx.loaders.delivery.batchById.load(e.batchId);
    const skp = await ctx.services.evaluation.skp(await ctx.scope(), e.batchId, Number(batch!.startsOn.slice(0, 4)));
    return Object.assign(new ResultsEvaluationType(), { batchId: e.batchId, skp });
  }
}

@Resolver(() => ResultsEvaluationType)
export class ResultsEvaluationResolver {
  @FieldResolver(() => [UnitIkmChangeType], {
    description: `The active service units the caller may see (a unit operator: of its subtree) whose organisational unit's subtree holds participants (the caller's), by name, with the IKM before and after the batch (at most ${MAX_UNITS_PER_BATCH}).`,
    complexity: fixedCost(5, 20),
  })
  async units(@Root() r: ResultsEvaluationType, @Ctx() ctx: Context): Promise<UnitIkmChangeType[]> {
    const rows = await ctx.services.evaluation.unitIkm(await ctx.scope(), [r.batchId]);
    const periodIds = [...new Set(rows.flatMap((x) => [x.before?.periodId, x.after?.periodId]).filter((id): id is string => !!id))];
    const periods = new Map((await ctx.loaders.survey.surveyPeriodById.loadMany(periodIds)).flatMap((p) => (p && !(p instanceof Error) ? [[p.id, p] as const] : [])));
    const point = (x: { periodId: string; ikm: number | null; respondents: number } | null): IkmPeriodPointType | null => {
      const period = x ? periods.get(x.periodId) : undefined;
      if (!x || !period) return null;
      return Object.assign(new IkmPeriodPointType(), { period: toSurveyPeriodType(period), ikm: x.ikm, band: x.ikm === null ? null : ikmBand(x.ikm), respondents: x.respondents });
    };
    return rows.map((x) => Object.assign(new UnitIkmChangeType(), { serviceUnitId: x.serviceUnitId, before: point(x.before), after: point(x.after), change: x.change }));
  }
}

@Resolver(() => UnitIkmChangeType)
export class UnitIkmChangeResolver {
  @FieldResolver(() => ServiceUnitType, { description: "The service unit.", complexity: 1 })
  async serviceUnit(@Root() u: UnitIkmChangeType, @Ctx() ctx: Context): Promise<ServiceUnitType> {
    return toServiceUnitType((await ctx.loaders.survey.serviceUnitById.load(u.serviceUnitId))!);
  }
}

@Resolver(() => LearningEvaluationType)
export class LearningEvaluationResolver {
  @FieldResolver(() => NGainRowConnection, { description: "The participants with their scores and N-gain, by name.", complexity: pagedCost(1) })
  async nGains(@Root() l: LearningEvaluationType, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs): Promise<NGainRowConnection> {
    const rows = await ctx.services.evaluation.nGains(await ctx.scope(), { batchId: l.batchId, ...page, withTotal: asksFor(info, "totalCount") });
    return toConnection(rows, (r) => Object.assign(new NGainRowType(), { employeeId: r.employeeId, pre: r.pre, post: r.post, nGain: r.nGain, category: r.category }));
  }
}

@Resolver(() => NGainRowType)
export class NGainRowResolver {
  @FieldResolver(() => EmployeeType, { nullable: true, description: "The participant.", complexity: 1 })
  async employee(@Root() r: NGainRowType, @Ctx() ctx: Context): Promise<EmployeeType | null> {
    const e = await ctx.loaders.employeeById.load(r.employeeId);
    return e ? toEmployeeType(e) : null;
  }
}

@Resolver(() => ReactionSpeakerMeanType)
export class ReactionSpeakerMeanResolver {
  @FieldResolver(() => SpeakerType, { nullable: true, description: "The speaker rated.", complexity: 1 })
  async speaker(@Root() s: ReactionSpeakerMeanType, @Ctx() ctx: Context): Promise<SpeakerType | null> {
    const row = await ctx.loaders.delivery.speakerById.load(s.speakerId);
    return row ? toSpeakerType(row) : null;
  }
}

@Resolver(() => ProgrammeEffectivenessType)
export class ProgrammeEffectivenessResolver {
  @Authorized()
  @Query(() => ProgrammeEffectivenessConnection, {
    description:
      "The effectiveness of a year's programmes across the four levels (programmes with a completed batch), by title: reaction, N-gain, behaviour, SKP and IKM change. A unit operator's figures count its own participants.",
    complexity: pagedCost(20),
  })
  async programmeEffectiveness(
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Arg("year", () => Int, { description: "The programmes' year." }) year: number,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ): Promise<ProgrammeEffectivenessConnection> {
    checkYear(year, "year");
    const rows = await ctx.services.evaluation.programmeEffectiveness(caller, { year, ...page, withTotal: asksFor(info, "totalCount") });
    return toConnection(rows, (r) => Object.assign(new ProgrammeEffectivenessType(), r));
  }

  @FieldResolver(() => ProgrammeType, { description: "The programme.", complexity: 1 })
  async programme(@Root() r: ProgrammeEffectivenessType, @Ctx() ctx: Context): Promise<ProgrammeType> {
    return toProgrammeType((await ctx.loaders.delivery.programmeById.load(r.programmeId))!);
  }
}

/** Per request (its loaders), whether the caller may see a batch: one statement per depth, whatever the number of actions. */
const batchVisibility = new WeakMap<object, DataLoader<string, boolean>>();
const batchVisible = async (ctx: Context, batchId: string): Promise<boolean> => {
  let loader = batchVisibility.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const seen = await ctx.services.evaluation.batchesInScope(await ctx.scope(), ids);
      return ids.map((id) => seen.has(id));
    });
    batchVisibility.set(ctx.loaders, loader);
  }
  return loader.load(batchId);
};

@Resolver(() => ImprovementActionType)
export class ImprovementActionResolver {
  @Authorized()
  @Query(() => ImprovementActionConnection, { description: "Improvement actions by due date, optionally of one status and source. A unit operator sees those owned in its subtree.", complexity: pagedCost(1) })
  async improvementActions(
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("status", () => ImprovementStatusEnum, { nullable: true, description: "Only this status; all when omitted." }) status?: ImprovementState | null,
    @Arg("source", () => ImprovementSourceEnum, { nullable: true, description: "Only this source; all when omitted." }) source?: ImprovementSource | null,
  ): Promise<ImprovementActionConnection> {
    const rows = await ctx.services.evaluation.improvementActions(caller, { status: status ?? null, source: source ?? null, ...page, withTotal: asksFor(info, "totalCount") });
    return toConnection(rows, toImprovementActionType);
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => ImprovementActionType, {
    description: "Opens an improvement action from a finding. BAD_USER_INPUT naming the field: INVALID_TEXT, UNKNOWN_REFERENCE, INVALID_VALUE. A unit operator owns it in its subtree.",
    complexity: CHANGE_COST,
  })
  async openImprovementAction(
    @Arg("input", () => OpenImprovementActionInput, { description: "The action." }) input: OpenImprovementActionInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<ImprovementActionType> {
    return toImprovementActionType(await ctx.services.evaluation.openImprovementAction(caller, input));
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => ImprovementActionType, { description: "Changes an open improvement action. CONFLICT STALE_VERSION or ACTION_CLOSED.", complexity: CHANGE_COST })
  async updateImprovementAction(
    @Arg("input", () => UpdateImprovementActionInput, { description: "The changes." }) input: UpdateImprovementActionInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<ImprovementActionType> {
    return toImprovementActionType(await ctx.services.evaluation.updateImprovementAction(caller, input));
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => ImprovementActionType, { description: "Closes an open improvement action with what changed. CONFLICT STALE_VERSION or ACTION_CLOSED.", complexity: CHANGE_COST })
  async closeImprovementAction(
    @Arg("id", () => ID, { description: "The action." }) id: string,
    @Arg("version", () => Int, { description: "The version you read." }) version: number,
    @Arg("outcome", { description: "What changed, 1..1000 characters." }) outcome: string,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<ImprovementActionType> {
    return toImprovementActionType(await ctx.services.evaluation.closeImprovementAction(caller, id, version, outcome));
  }

  @FieldResolver(() => BatchType, { nullable: true, description: "The batch the finding is about; null for a unit operator when it has no participants of its subtree.", complexity: 1 })
  async batch(@Root() a: ImprovementActionType, @Ctx() ctx: Context): Promise<BatchType | null> {
    if (!a.batchId) return null;
    const scope = await ctx.scope();
    if (scope.kind !== "ALL" && !(await batchVisible(ctx, a.batchId))) return null;
    const b = await ctx.loaders.delivery.batchById.load(a.batchId);
    return b ? toBatchType(b) : null;
  }

  @FieldResolver(() => ProgrammeType, { nullable: true, description: "The programme the finding is about.", complexity: 1 })
  async programme(@Root() a: ImprovementActionType, @Ctx() ctx: Context): Promise<ProgrammeType | null> {
    const p = a.programmeId ? await ctx.loaders.delivery.programmeById.load(a.programmeId) : null;
    return p ? toProgrammeType(p) : null;
  }

  @FieldResolver(() => ServiceUnitType, { nullable: true, description: "The service unit the finding is about; null for a unit operator when it is outside its subtree.", complexity: 1 })
  async serviceUnit(@Root() a: ImprovementActionType, @Ctx() ctx: Context): Promise<ServiceUnitType | null> {
    const s = a.serviceUnitId ? await ctx.loaders.survey.serviceUnitById.load(a.serviceUnitId) : null;
    if (!s) return null;
    const scope = await ctx.scope();
    if (scope.kind !== "ALL") {
      const unit = await ctx.loaders.unitById.load(s.unitId);
      if (!unit || !inScope(scope, unit.path)) return null;
    }
    return toServiceUnitType(s);
  }

  @FieldResolver(() => SurveyPeriodType, { nullable: true, description: "The survey period of the finding.", complexity: 1 })
  async period(@Root() a: ImprovementActionType, @Ctx() ctx: Context): Promise<SurveyPeriodType | null> {
    const p = a.periodId ? await ctx.loaders.survey.surveyPeriodById.load(a.periodId) : null;
    return p ? toSurveyPeriodType(p) : null;
  }

  @FieldResolver(() => UnitType, { nullable: true, description: "The owning unit.", complexity: 1 })
  async ownerUnit(@Root() a: ImprovementActionType, @Ctx() ctx: Context): Promise<UnitType | null> {
    const u = a.ownerUnitId ? await ctx.loaders.unitById.load(a.ownerUnitId) : null;
    return u ? toUnitType(u) : null;
  }
}
