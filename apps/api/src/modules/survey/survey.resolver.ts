import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { domainError, type ServiceUnitKind } from "@bina/domain";
import type { Context } from "../../graphql/context";
import type { Caller } from "../../kit/caller";
import { ConnectionArgs, toConnection } from "../../kit/connection";
import { fixedCost, pagedCost } from "../../kit/cost";
import { CurrentCaller } from "../../kit/current-caller";
import { badInput } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { asksFor } from "../../kit/selection";
import { inScope } from "../../kit/unit-scope";
import { toUnitType } from "../organization/unit.mapper";
import { UnitType } from "../organization/unit.type";
import { MAX_TREND_PERIODS } from "./ikm-trend";
import { MAX_PERIODS } from "./list-survey-periods";
import { ServiceUnitKindEnum } from "./survey.enums";
import { ServiceUnitInput, SurveyPeriodInput, UpdateServiceUnitInput } from "./survey.inputs";
import {
  IkmBeforeAfterTrainingConnection,
  IkmPeriodPointType,
  IkmSummaryType,
  IkmUnitResultConnection,
  ServiceUnitConnection,
  ServiceUnitType,
  SurveyPeriodType,
  SurveySuggestionConnection,
  toServiceUnitType,
  toSurveyPeriodType,
} from "./survey.type";

/** A change's cost: one transaction with a few statements, then whatever the answer selects. */
const CHANGE_COST = ({ childComplexity }: { childComplexity: number }) => 10 + childComplexity;
/** A period code as the poster route takes it. */
const PERIOD_CODE = /^\d{4}-[12]$/;

@Resolver(() => ServiceUnitType)
export class ServiceUnitResolver {
  @Authorized()
  @Query(() => ServiceUnitConnection, {
    description: "Service units by name that the caller may see (a unit operator: its subtree's), optionally of a kind or whose name or code contains a text.",
    complexity: pagedCost(1),
  })
  async serviceUnits(
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("search", () => String, { nullable: true, description: "Part of the name or code (1..100 characters, any case)." }) search?: string | null,
    @Arg("kind", () => ServiceUnitKindEnum, { nullable: true, description: "Only service units of this kind." }) kind?: ServiceUnitKind | null,
  ): Promise<ServiceUnitConnection> {
    return toConnection(await ctx.services.survey.serviceUnits(caller, { ...page, search, kind, withTotal: asksFor(info, "totalCount") }), toServiceUnitType);
  }

  @Authorized()
  @Query(() => ServiceUnitType, { nullable: true, description: "One service unit; null when there is none with this id or it is outside the caller's subtree." })
  async serviceUnit(@Arg("id", () => ID, { description: "The service unit's id." }) id: string, @Ctx() ctx: Context): Promise<ServiceUnitType | null> {
    const s = isUuid(id) ? await ctx.loaders.survey.serviceUnitById.load(id) : null;
    if (!s) return null;
    const scope = await ctx.scope();
    if (scope.kind !== "ALL") {
      const unit = await ctx.loaders.unitById.load(s.unitId);
      if (!unit || !inScope(scope, unit.path)) return null;
    }
    return toServiceUnitType(s);
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => ServiceUnitType, {
    description:
      "Registers a service unit (a unit operator: in its subtree). BAD_USER_INPUT naming the field: INVALID_FIELD (code), INVALID_TEXT (name), INVALID_VALUE (yearlyUsers), UNKNOWN_UNIT; CONFLICT DUPLICATE_CODE.",
    complexity: CHANGE_COST,
  })
  async createServiceUnit(
    @Arg("input", () => ServiceUnitInput, { description: "The service unit." }) input: ServiceUnitInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<ServiceUnitType> {
    return toServiceUnitType(await ctx.services.survey.createServiceUnit(caller, input));
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => ServiceUnitType, {
    description: "Changes a service unit (a unit operator: one of its subtree, kept inside it). CONFLICT STALE_VERSION when someone changed it since you read it; DUPLICATE_CODE.",
    complexity: CHANGE_COST,
  })
  async updateServiceUnit(
    @Arg("input", () => UpdateServiceUnitInput, { description: "The changes." }) input: UpdateServiceUnitInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<ServiceUnitType> {
    return toServiceUnitType(await ctx.services.survey.updateServiceUnit(caller, input));
  }

  @FieldResolver(() => UnitType, { description: "The organisational unit whose staff serve there.", complexity: 1 })
  async unit(@Root() s: ServiceUnitType, @Ctx() ctx: Context): Promise<UnitType> {
    const unit = await ctx.loaders.unitById.load(s.unitId);
    if (!unit) throw new Error(`service unit ${s.id}: its unit ${s.unitId} is missing`);
    return toUnitType(unit);
  }

  @FieldResolver(() => String, {
    description: "The QR poster's path (A4 PDF, no login): `/survey/<code>/poster.pdf?period=<periodCode>`; without a period, the poster of the period open today.",
    complexity: 1,
  })
  posterUrl(
    @Root() s: ServiceUnitType,
    @Arg("periodCode", () => String, { nullable: true, description: "The period, e.g. `2026-2`." }) periodCode?: string | null,
  ): string {
    if (periodCode == null) return `${s.surveyUrl}/poster.pdf`;
    if (!PERIOD_CODE.test(periodCode)) throw badInput(domainError("INVALID_FIELD", "periodCode: a period such as 2026-2", { field: "periodCode" }));
    return `${s.surveyUrl}/poster.pdf?period=${periodCode}`;
  }
}

@Resolver()
export class SurveyResolver {
  @Authorized()
  @Query(() => [SurveyPeriodType], { description: `A year's survey periods (both halves), or the latest ${MAX_PERIODS}; oldest first.`, complexity: fixedCost(1, 2) })
  async surveyPeriods(
    @Ctx() ctx: Context,
    @Arg("year", () => Int, { nullable: true, description: "The year; all (the latest) when omitted." }) year?: number | null,
  ): Promise<SurveyPeriodType[]> {
    return (await ctx.services.survey.surveyPeriods(year)).map(toSurveyPeriodType);
  }

  @Authorized("ADMIN")
  @Mutation(() => SurveyPeriodType, { description: "Opens a half-year survey period, city-wide. BAD_USER_INPUT INVALID_YEAR, INVALID_VALUE (half); CONFLICT DUPLICATE_CODE.", complexity: CHANGE_COST })
  async createSurveyPeriod(
    @Arg("input", () => SurveyPeriodInput, { description: "The year and half." }) input: SurveyPeriodInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<SurveyPeriodType> {
    return toSurveyPeriodType(await ctx.services.survey.createSurveyPeriod(caller, input));
  }

  @Authorized("ADMIN")
  @Mutation(() => SurveyPeriodType, { description: "Closes a survey period: the public form stops taking responses. CONFLICT STALE_VERSION; BAD_USER_INPUT INVALID_TRANSITION when already closed.", complexity: CHANGE_COST })
  async closeSurveyPeriod(
    @Arg("id", () => ID, { description: "The period." }) id: string,
    @Arg("version", () => Int, { description: "The version you read." }) version: number,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<SurveyPeriodType> {
    return toSurveyPeriodType(await ctx.services.survey.closeSurveyPeriod(caller, id, version));
  }

  @Authorized("ADMIN")
  @Mutation(() => SurveyPeriodType, { description: "Reopens a closed survey period. CONFLICT STALE_VERSION; BAD_USER_INPUT INVALID_TRANSITION when already open.", complexity: CHANGE_COST })
  async reopenSurveyPeriod(
    @Arg("id", () => ID, { description: "The period." }) id: string,
    @Arg("version", () => Int, { description: "The version you read." }) version: number,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<SurveyPeriodType> {
    return toSurveyPeriodType(await ctx.services.survey.reopenSurveyPeriod(caller, id, version));
  }

  @Authorized()
  @Query(() => IkmUnitResultConnection, {
    description: "Per service unit the caller may see, its IKM, band, elements and respondents against the required sample in a period: weakest IKM first, units without an IKM last.",
    complexity: pagedCost(5),
  })
  async ikmResults(
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Arg("periodId", () => ID, { description: "The period." }) periodId: string,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("unitId", () => ID, { nullable: true, description: "Only service units of this organisational unit's subtree." }) unitId?: string | null,
  ): Promise<IkmUnitResultConnection> {
    return toConnection(await ctx.services.survey.ikmResults(caller, { ...page, periodId, unitId, withTotal: asksFor(info, "totalCount") }), (r) => r);
  }

  @Authorized()
  @Query(() => SurveySuggestionConnection, {
    description: "A service unit's non-empty free-text suggestions from the public survey in a period, newest first (a unit operator: its subtree's service units only; NOT_FOUND otherwise).",
    complexity: pagedCost(1),
  })
  async surveySuggestions(
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Arg("serviceUnitId", () => ID, { description: "The service unit." }) serviceUnitId: string,
    @Arg("periodId", () => ID, { description: "The period." }) periodId: string,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ): Promise<SurveySuggestionConnection> {
    return toConnection(await ctx.services.survey.surveySuggestions(caller, { ...page, serviceUnitId, periodId, withTotal: asksFor(info, "totalCount") }), (r) => r);
  }

  @Authorized()
  @Query(() => IkmSummaryType, { description: "A period's IKM over every response the caller may see (the city for administrators and analysts), with unit and sample counts.", complexity: fixedCost(10, 1) })
  async ikmSummary(@Arg("periodId", () => ID, { description: "The period." }) periodId: string, @Ctx() ctx: Context, @CurrentCaller() caller: Caller): Promise<IkmSummaryType> {
    return ctx.services.survey.ikmSummary(caller, periodId);
  }

  @Authorized()
  @Query(() => [IkmPeriodPointType], { description: `A service unit's IKM in every period, oldest first (at most the latest ${MAX_TREND_PERIODS}).`, complexity: fixedCost(5, 10) })
  async ikmTrend(
    @Arg("serviceUnitId", () => ID, { description: "The service unit." }) serviceUnitId: string,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<IkmPeriodPointType[]> {
    return ctx.services.survey.ikmTrend(caller, serviceUnitId);
  }

  @Authorized()
  @Query(() => IkmBeforeAfterTrainingConnection, {
    description:
      "IKM before and after training per service unit, by name: the staff of its subtree who completed a batch of a programme of the year, and the unit's IKM in the last period with responses before the first batch and the first after the last.",
    complexity: pagedCost(10),
  })
  async ikmBeforeAfterTraining(
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Arg("year", () => Int, { description: "The programmes' year." }) year: number,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ): Promise<IkmBeforeAfterTrainingConnection> {
    return toConnection(await ctx.services.survey.ikmBeforeAfterTraining(caller, { ...page, year, withTotal: asksFor(info, "totalCount") }), (r) => r);
  }
}
