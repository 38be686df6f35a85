import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { dailyAllowanceCeiling, venueKey, type NominationState } from "@bina/domain";
import type { Context } from "../../graphql/context";
import type { Caller } from "../../kit/caller";
import { ConnectionArgs, toConnection } from "../../kit/connection";
import { fixedCost, pagedCost } from "../../kit/cost";
import { CurrentCaller } from "../../kit/current-caller";
import { isUuid } from "../../kit/ids";
import { asksFor } from "../../kit/selection";
import { inScope } from "../../kit/unit-scope";
import { CompetencyType, toCompetencyType } from "../competency/competency.type";
import { EmployeeType, toEmployeeType } from "../organization/employee.type";
import { toUnitType } from "../organization/unit.mapper";
import { UnitType } from "../organization/unit.type";
import { checkYear } from "../planning/plan-year";
import { MAX_BATCHES_PER_PROGRAMME, MAX_QUOTAS_PER_BATCH, MAX_SESSIONS_PER_BATCH } from "./delivery-limits";
import { NominationStatusEnum } from "./delivery.enums";
import {
  BatchFilter,
  BatchInput,
  CancelNominationInput,
  DecideNominationInput,
  MoveInput,
  NominateInput,
  NominationFilter,
  ProgrammeFilter,
  ProgrammeFromPlanInput,
  ProgrammeInput,
  SessionInput,
  SpeakerFilter,
  SpeakerInput,
  UpdateBatchInput,
  UpdateProgrammeInput,
  UpdateSessionInput,
  UpdateSpeakerInput,
} from "./delivery.inputs";
import {
  BatchConnection,
  BatchSeatsType,
  BatchSessionType,
  BatchType,
  NominationConnection,
  NominationResultType,
  NominationType,
  ProgrammeConnection,
  ProgrammeType,
  SpeakerConnection,
  SpeakerType,
  SpeakerYearType,
  toBatchType,
  toNominationType,
  toProgrammeType,
  toSessionType,
  toSpeakerType,
  UnitQuotaType,
} from "./delivery.type";
import type { NominationEntity } from "./nomination.entity";

/** An invited speaker travels in: not internal, and the origin city is not in the name of the city's root unit ("Pemerintah Kota Salatiga"). */
const travelsFromAnotherCity = (s: SpeakerType, cityName: string | null): boolean => {
  const origin = venueKey(s.originCity);
  return !s.internal && !!origin && !(venueKey(cityName)?.includes(origin) ?? false);
};

/** A change's cost: one transaction with a few statements, then whatever the answer selects. */
const CHANGE_COST = ({ childComplexity }: { childComplexity: number }) => 10 + childComplexity;

/** A nomination result as the caller may see it: a promoted nominee outside an operator's subtree (then or now) is not shown. */
async function visibleResult(ctx: Context, r: { nomination: NominationEntity; promoted: NominationEntity | null }): Promise<NominationResultType> {
  let promoted: NominationType | null = null;
  if (r.promoted) {
    const [unit, employee, scope] = await Promise.all([ctx.loaders.unitById.load(r.promoted.unitId), ctx.loaders.employeeById.load(r.promoted.employeeId), ctx.scope()]);
    const current = employee ? await ctx.loaders.unitById.load(employee.unitId) : null;
    if (unit && current && inScope(scope, unit.path) && inScope(scope, current.path)) promoted = toNominationType(r.promoted);
  }
  return Object.assign(new NominationResultType(), { nomination: toNominationType(r.nomination), promoted });
}

@Resolver(() => SpeakerType)
export class SpeakerResolver {
  @Authorized()
  @Query(() => SpeakerConnection, { description: "Speakers by name, optionally those whose name, institution or origin city contains a text.", complexity: pagedCost(1) })
  async speakers(
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => SpeakerFilter, { nullable: true, description: "Which speakers; all when omitted." }) filter?: SpeakerFilter | null,
  ): Promise<SpeakerConnection> {
    return toConnection(await ctx.services.delivery.speakers({ ...page, filter, withTotal: asksFor(info, "totalCount") }), toSpeakerType);
  }

  @Authorized()
  @Query(() => SpeakerType, { nullable: true, description: "One speaker; null when there is none with this id." })
  async speaker(@Arg("id", () => ID, { description: "The speaker's id." }) id: string, @Ctx() ctx: Context): Promise<SpeakerType | null> {
    const s = isUuid(id) ? await ctx.loaders.delivery.speakerById.load(id) : null;
    return s ? toSpeakerType(s) : null;
  }

  @Authorized("ADMIN")
  @Mutation(() => SpeakerType, { description: "Registers a speaker. BAD_USER_INPUT naming the field: INVALID_TEXT, INVALID_EMAIL, INVALID_PHONE, UNKNOWN_COMPETENCY.", complexity: CHANGE_COST })
  async createSpeaker(@Arg("input", () => SpeakerInput, { description: "The speaker." }) input: SpeakerInput, @Ctx() ctx: Context, @CurrentCaller() caller: Caller): Promise<SpeakerType> {
    return toSpeakerType(await ctx.services.delivery.createSpeaker(caller, input));
  }

  @Authorized("ADMIN")
  @Mutation(() => SpeakerType, { description: "Changes a speaker. CONFLICT STALE_VERSION when someone changed it since you read it.", complexity: CHANGE_COST })
  async updateSpeaker(
    @Arg("input", () => UpdateSpeakerInput, { description: "The changes." }) input: UpdateSpeakerInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<SpeakerType> {
    return toSpeakerType(await ctx.services.delivery.updateSpeaker(caller, input));
  }

  @FieldResolver(() => [CompetencyType], { description: "Competencies of expertise.", complexity: fixedCost(1, 5) })
  async expertise(@Root() s: SpeakerType, @Ctx() ctx: Context): Promise<CompetencyType[]> {
    const rows = await ctx.loaders.competencyById.loadMany(s.expertiseIds);
    return rows.flatMap((r) => (r && !(r instanceof Error) ? [toCompetencyType(r)] : []));
  }

  @FieldResolver(() => [BatchSessionType], { description: "The speaker's sessions in a year (batches not cancelled), by date and time.", complexity: fixedCost(5, 50) })
  async sessions(@Root() s: SpeakerType, @Arg("year", () => Int, { description: "The year." }) year: number, @Ctx() ctx: Context): Promise<BatchSessionType[]> {
    checkYear(year, "year");
    return (await ctx.loaders.delivery.speakerSessions.load(`${s.id}|${year}`)).map(toSessionType);
  }

  @FieldResolver(() => SpeakerYearType, { description: "The speaker's sessions, days, hours, JP, fees and daily allowance ceiling over a year (batches not cancelled).", complexity: fixedCost(6, 1) })
  async yearTotals(@Root() s: SpeakerType, @Arg("year", () => Int, { description: "The year." }) year: number, @Ctx() ctx: Context): Promise<SpeakerYearType> {
    checkYear(year, "year");
    const [totals, city] = await Promise.all([ctx.loaders.delivery.speakerYear.load(`${s.id}|${year}`), ctx.loaders.delivery.cityName.load("root")]);
    const travels = travelsFromAnotherCity(s, city);
    return Object.assign(new SpeakerYearType(), {
      year,
      ...totals,
      travelsFromAnotherCity: travels,
      dailyAllowanceCeiling: travels ? totals.days * dailyAllowanceCeiling("OUT_OF_TOWN") : 0,
    });
  }
}

@Resolver(() => ProgrammeType)
export class ProgrammeResolver {
  @Authorized()
  @Query(() => ProgrammeConnection, { description: "A year's programmes by title, optionally of some kinds or statuses.", complexity: pagedCost(1) })
  async programmes(
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
    @Arg("filter", () => ProgrammeFilter, { description: "Which year, kinds and statuses." }) filter: ProgrammeFilter,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ): Promise<ProgrammeConnection> {
    return toConnection(await ctx.services.delivery.programmes({ ...page, filter, withTotal: asksFor(info, "totalCount") }), toProgrammeType);
  }

  @Authorized()
  @Query(() => ProgrammeType, { nullable: true, description: "One programme; null when there is none with this id." })
  async programme(@Arg("id", () => ID, { description: "The programme's id." }) id: string, @Ctx() ctx: Context): Promise<ProgrammeType | null> {
    const p = isUuid(id) ? await ctx.loaders.delivery.programmeById.load(id) : null;
    return p ? toProgrammeType(p) : null;
  }

  @Authorized("ADMIN")
  @Mutation(() => ProgrammeType, {
    description:
      "Makes a programme from the adopted plan's selected or mandatory item, keeping the plan, the candidate, its title, competencies and year. CONFLICT PLAN_NOT_ADOPTED or PROGRAMME_ALREADY_CREATED; BAD_USER_INPUT NOT_IN_PLAN (field candidateId).",
    complexity: CHANGE_COST,
  })
  async createProgrammeFromPlan(
    @Arg("input", () => ProgrammeFromPlanInput, { description: "The plan item, kind and organiser." }) input: ProgrammeFromPlanInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<ProgrammeType> {
    return toProgrammeType(await ctx.services.delivery.createProgrammeFromPlan(caller, input));
  }

  @Authorized("ADMIN")
  @Mutation(() => ProgrammeType, { description: "Makes a programme outside the plan (ad hoc), DRAFT. BAD_USER_INPUT naming the field.", complexity: CHANGE_COST })
  async createProgramme(@Arg("input", () => ProgrammeInput, { description: "The programme." }) input: ProgrammeInput, @Ctx() ctx: Context, @CurrentCaller() caller: Caller): Promise<ProgrammeType> {
    return toProgrammeType(await ctx.services.delivery.createProgramme(caller, input));
  }

  @Authorized("ADMIN")
  @Mutation(() => ProgrammeType, { description: "Changes a programme; a new kind recomputes its batches' credited JP. CONFLICT STALE_VERSION.", complexity: CHANGE_COST })
  async updateProgramme(
    @Arg("input", () => UpdateProgrammeInput, { description: "The changes." }) input: UpdateProgrammeInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<ProgrammeType> {
    return toProgrammeType(await ctx.services.delivery.updateProgramme(caller, input));
  }

  @Authorized("ADMIN")
  @Mutation(() => ProgrammeType, { description: "Moves a programme to another status. BAD_USER_INPUT INVALID_TRANSITION (field status) for a move the lifecycle forbids.", complexity: CHANGE_COST })
  async moveProgramme(@Arg("input", () => MoveInput, { description: "The programme and its new status." }) input: MoveInput, @Ctx() ctx: Context, @CurrentCaller() caller: Caller): Promise<ProgrammeType> {
    return toProgrammeType(await ctx.services.delivery.moveProgramme(caller, input));
  }

  @FieldResolver(() => [CompetencyType], { description: "The competencies it develops.", complexity: fixedCost(1, 5) })
  async competencies(@Root() p: ProgrammeType, @Ctx() ctx: Context): Promise<CompetencyType[]> {
    const rows = await ctx.loaders.competencyById.loadMany(p.competencyIds);
    return rows.flatMap((r) => (r && !(r instanceof Error) ? [toCompetencyType(r)] : []));
  }

  @FieldResolver(() => [BatchType], { description: `Its batches by first day (at most ${MAX_BATCHES_PER_PROGRAMME}).`, complexity: fixedCost(1, 10) })
  async batches(@Root() p: ProgrammeType, @Ctx() ctx: Context): Promise<BatchType[]> {
    return (await ctx.loaders.delivery.batchesByProgramme.load(p.id)).slice(0, MAX_BATCHES_PER_PROGRAMME).map(toBatchType);
  }
}

@Resolver(() => BatchType)
export class BatchResolver {
  @Authorized()
  @Query(() => BatchConnection, { description: "Batches starting in a date range (a calendar), by first day.", complexity: pagedCost(1) })
  async batches(
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
    @Arg("filter", () => BatchFilter, { description: "The date range, and optionally a programme or statuses." }) filter: BatchFilter,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ): Promise<BatchConnection> {
    return toConnection(await ctx.services.delivery.batches({ ...page, filter, withTotal: asksFor(info, "totalCount") }), toBatchType);
  }

  @Authorized()
  @Query(() => BatchType, { nullable: true, description: "One batch; null when there is none with this id." })
  async batch(@Arg("id", () => ID, { description: "The batch's id." }) id: string, @Ctx() ctx: Context): Promise<BatchType | null> {
    const b = isUuid(id) ? await ctx.loaders.delivery.batchById.load(id) : null;
    return b ? toBatchType(b) : null;
  }

  @Authorized("ADMIN")
  @Mutation(() => BatchType, { description: "Adds a batch to a programme (DRAFT), with its unit quotas. BAD_USER_INPUT naming the field.", complexity: CHANGE_COST })
  async createBatch(@Arg("input", () => BatchInput, { description: "The batch." }) input: BatchInput, @Ctx() ctx: Context, @CurrentCaller() caller: Caller): Promise<BatchType> {
    return toBatchType(await ctx.services.delivery.createBatch(caller, input));
  }

  @Authorized("ADMIN")
  @Mutation(() => BatchType, {
    description: "Changes a batch; more seats or new quotas promote waitlisted nominees in the same transaction. BAD_USER_INPUT INVALID_CAPACITY below the seats held; CONFLICT STALE_VERSION.",
    complexity: CHANGE_COST,
  })
  async updateBatch(@Arg("input", () => UpdateBatchInput, { description: "The changes." }) input: UpdateBatchInput, @Ctx() ctx: Context, @CurrentCaller() caller: Caller): Promise<BatchType> {
    return toBatchType((await ctx.services.delivery.updateBatch(caller, input)).batch);
  }

  @Authorized("ADMIN")
  @Mutation(() => BatchType, { description: "Moves a batch to another status. BAD_USER_INPUT INVALID_TRANSITION (field status) for a move the lifecycle forbids, and for COMPLETED: a batch is completed with completeBatch.", complexity: CHANGE_COST })
  async moveBatch(@Arg("input", () => MoveInput, { description: "The batch and its new status." }) input: MoveInput, @Ctx() ctx: Context, @CurrentCaller() caller: Caller): Promise<BatchType> {
    return toBatchType(await ctx.services.delivery.moveBatch(caller, input));
  }

  @FieldResolver(() => ProgrammeType, { description: "Its programme." })
  async programme(@Root() b: BatchType, @Ctx() ctx: Context): Promise<ProgrammeType> {
    return toProgrammeType((await ctx.loaders.delivery.programmeById.load(b.programmeId))!);
  }

  @FieldResolver(() => [BatchSessionType], { description: `Its sessions by date and time (at most ${MAX_SESSIONS_PER_BATCH}).`, complexity: fixedCost(1, 50) })
  async sessions(@Root() b: BatchType, @Ctx() ctx: Context): Promise<BatchSessionType[]> {
    return (await ctx.loaders.delivery.sessionsByBatch.load(b.id)).map(toSessionType);
  }

  @FieldResolver(() => [UnitQuotaType], { description: `Seats reserved per unit, with the seats each unit's nominees hold (at most ${MAX_QUOTAS_PER_BATCH}).`, complexity: fixedCost(2, 20) })
  async quotas(@Root() b: BatchType, @Ctx() ctx: Context): Promise<UnitQuotaType[]> {
    // An operator sees the quotas of units inside its subtree only (not an ancestor's, not a sibling's): UnitQuota.unit
    // must not name a unit outside the scope, as `unit(id)` would answer null for it.
    const [quotas, scope] = await Promise.all([ctx.loaders.delivery.quotasByBatch.load(b.id), ctx.scope()]);
    return quotas.filter((q) => inScope(scope, q.unitPath)).map((q) => Object.assign(new UnitQuotaType(), { unitId: q.unitId, seats: q.seats, seatsTaken: q.seatsTaken }));
  }

  @FieldResolver(() => BatchSeatsType, { description: "Seats held and waiting, over every unit.", complexity: fixedCost(2, 1) })
  async seats(@Root() b: BatchType, @Ctx() ctx: Context): Promise<BatchSeatsType> {
    const s = await ctx.loaders.delivery.seatsByBatch.load(b.id);
    return Object.assign(new BatchSeatsType(), { taken: s.taken, waitlisted: s.waitlisted, free: Math.max(0, b.capacity - s.taken) });
  }

  @FieldResolver(() => NominationConnection, { description: "Its nominations in request order (the waitlist's); an operator sees only its unit's and sub-units' nominees.", complexity: pagedCost(2) })
  async nominations(
    @Root() b: BatchType,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("statuses", () => [NominationStatusEnum], { nullable: true, description: "Only these statuses; all when omitted." }) statuses?: NominationState[] | null,
  ): Promise<NominationConnection> {
    const first = ctx.services.delivery.pageSize(page.first);
    if (statuses && statuses.length === 0) return toConnection({ rows: [], hasNextPage: false, hasPreviousPage: !!page.after, totalCount: 0 }, toNominationType);
    const result = await ctx.loaders.delivery.nominationsByBatch.load({
      batchId: b.id,
      scope: await ctx.scope(),
      statuses: statuses ? [...new Set(statuses)].sort() : null,
      first,
      after: page.after ?? null,
      withTotal: asksFor(info, "totalCount"),
    });
    return toConnection(result, toNominationType);
  }
}

@Resolver(() => BatchSessionType)
export class BatchSessionResolver {
  @Authorized("ADMIN")
  @Mutation(() => BatchSessionType, {
    description:
      "Adds a session to a batch and recomputes its credited JP. CONFLICT SCHEDULE_CONFLICT naming the clashing session (extensions clashingSessionId, clashingBatchName, clashingDate, clashingStart, clashingEnd, resource SPEAKER, VENUE or PARTICIPANT); BAD_USER_INPUT FEE_ABOVE_CEILING (field fee), INVALID_TIME, INVALID_DATE, INVALID_JP.",
    complexity: CHANGE_COST,
  })
  async addSession(@Arg("input", () => SessionInput, { description: "The session." }) input: SessionInput, @Ctx() ctx: Context, @CurrentCaller() caller: Caller): Promise<BatchSessionType> {
    return toSessionType(await ctx.services.delivery.addSession(caller, input));
  }

  @Authorized("ADMIN")
  @Mutation(() => BatchSessionType, { description: "Changes a session, with the same checks as addSession. CONFLICT STALE_VERSION.", complexity: CHANGE_COST })
  async updateSession(
    @Arg("input", () => UpdateSessionInput, { description: "The changes." }) input: UpdateSessionInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<BatchSessionType> {
    return toSessionType(await ctx.services.delivery.updateSession(caller, input));
  }

  @Authorized("ADMIN")
  @Mutation(() => Boolean, { description: "Removes a session and recomputes the batch's credited JP. CONFLICT STALE_VERSION, or SESSION_IN_USE once attendance refers to it." })
  removeSession(
    @Arg("id", () => ID, { description: "The session." }) id: string,
    @Arg("version", () => Int, { description: "The version you read." }) version: number,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<boolean> {
    return ctx.services.delivery.removeSession(caller, id, version);
  }

  @FieldResolver(() => SpeakerType, { nullable: true, description: "The speaker; null when none is set." })
  async speaker(@Root() s: BatchSessionType, @Ctx() ctx: Context): Promise<SpeakerType | null> {
    const row = s.speakerId ? await ctx.loaders.delivery.speakerById.load(s.speakerId) : null;
    return row ? toSpeakerType(row) : null;
  }

  @FieldResolver(() => BatchType, { description: "Its batch." })
  async batch(@Root() s: BatchSessionType, @Ctx() ctx: Context): Promise<BatchType> {
    return toBatchType((await ctx.loaders.delivery.batchById.load(s.batchId))!);
  }
}

@Resolver(() => UnitQuotaType)
export class UnitQuotaResolver {
  @FieldResolver(() => UnitType, { description: "The unit (its sub-units' staff count against it too)." })
  async unit(@Root() q: UnitQuotaType, @Ctx() ctx: Context): Promise<UnitType> {
    return toUnitType((await ctx.loaders.unitById.load(q.unitId))!);
  }
}

@Resolver(() => NominationType)
export class NominationResolver {
  @Authorized()
  @Query(() => NominationConnection, {
    description: "Nominations the caller may see (an operator: its unit's and sub-units'), in request order, optionally of one batch, unit or some statuses.",
    complexity: pagedCost(1),
  })
  async nominations(
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => NominationFilter, { nullable: true, description: "Which nominations; all the caller may see when omitted." }) filter?: NominationFilter | null,
  ): Promise<NominationConnection> {
    return toConnection(await ctx.services.delivery.nominations(caller, { ...page, filter, withTotal: asksFor(info, "totalCount") }), toNominationType);
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => NominationType, {
    description:
      "Puts an employee forward for a batch (an operator: staff of its unit or a sub-unit). NOMINATED when a seat is free (capacity and the unit's quota), else WAITLISTED. CONFLICT ALREADY_NOMINATED or NOMINATIONS_CLOSED (batch not PLANNED or OPEN); FORBIDDEN outside the operator's units.",
    complexity: CHANGE_COST,
  })
  async nominate(@Arg("input", () => NominateInput, { description: "The batch and the employee." }) input: NominateInput, @Ctx() ctx: Context, @CurrentCaller() caller: Caller): Promise<NominationType> {
    return toNominationType(await ctx.services.delivery.nominate(caller, input));
  }

  @Authorized("ADMIN")
  @Mutation(() => NominationResultType, {
    description: "Approves a nominee holding a seat, or rejects a nomination; rejecting a seat holder promotes the first waitlisted nominee in the same transaction. BAD_USER_INPUT INVALID_TRANSITION (field status).",
    complexity: CHANGE_COST,
  })
  async decideNomination(
    @Arg("input", () => DecideNominationInput, { description: "The decision." }) input: DecideNominationInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<NominationResultType> {
    return visibleResult(ctx, await ctx.services.delivery.decideNomination(caller, input));
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => NominationResultType, {
    description:
      "Withdraws a nomination (an operator: of its own staff) while the batch is PLANNED or OPEN; the seat goes to the first waitlisted nominee in the same transaction. BAD_USER_INPUT INVALID_TRANSITION (field status); CONFLICT NOMINATIONS_CLOSED.",
    complexity: CHANGE_COST,
  })
  async cancelNomination(
    @Arg("input", () => CancelNominationInput, { description: "The nomination." }) input: CancelNominationInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<NominationResultType> {
    return visibleResult(ctx, await ctx.services.delivery.cancelNomination(caller, input));
  }

  @FieldResolver(() => BatchType, { description: "The batch." })
  async batch(@Root() n: NominationType, @Ctx() ctx: Context): Promise<BatchType> {
    return toBatchType((await ctx.loaders.delivery.batchById.load(n.batchId))!);
  }

  @FieldResolver(() => EmployeeType, { description: "The nominee." })
  async employee(@Root() n: NominationType, @Ctx() ctx: Context): Promise<EmployeeType> {
    return toEmployeeType((await ctx.loaders.employeeById.load(n.employeeId))!);
  }

  @FieldResolver(() => UnitType, { description: "The nominee's unit when nominated (quotas count by it)." })
  async unit(@Root() n: NominationType, @Ctx() ctx: Context): Promise<UnitType> {
    return toUnitType((await ctx.loaders.unitById.load(n.unitId))!);
  }
}
