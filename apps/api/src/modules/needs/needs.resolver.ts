import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../graphql/context";
import type { Caller } from "../../kit/caller";
import { ConnectionArgs, MAX_PAGE_SIZE, toConnection } from "../../kit/connection";
import { CurrentCaller } from "../../kit/current-caller";
import { AppError } from "../../kit/errors";
import { asksFor } from "../../kit/selection";
import { CompetencyType, toCompetencyType } from "../competency/competency.type";
import { EmployeeType, toEmployeeType } from "../organization/employee.type";
import { ImportResultType } from "../organization/import-result.type";
import { UnitType } from "../organization/unit.type";
import { toUnitType } from "../organization/unit.mapper";
import { EMPLOYEE_NEEDS_COST, HEATMAP_COST, RANKED_LIST_COST } from "./needs.costs";
import { ImportAssessmentsInput, NeedsFilter, RecordAssessmentInput, RecordSkpInput, TargetPosition } from "./needs.inputs";
import {
  AssessmentCycleType,
  CompetencyAssessmentType,
  CompetencyGapType,
  EmployeeJobPersonMatchConnection,
  EmployeeJobPersonMatchType,
  EmployeeNeedsType,
  NeedCellType,
  NeedsHeatmapType,
  RankedNeedConnection,
  RankedNeedType,
  SkpResultType,
} from "./needs.type";
import { toAssessmentType, toEmployeeNeedsType, toNeedCellType, toSkpType } from "./needs.mappers";

const competencyOf = async (ctx: Context, id: string) => toCompetencyType((await ctx.loaders.competencyById.load(id))!);
const employeeOf = async (ctx: Context, id: string) => toEmployeeType((await ctx.loaders.employeeById.load(id))!);
const unitOf = async (ctx: Context, id: string) => toUnitType((await ctx.loaders.unitById.load(id))!);

@Resolver()
export class NeedsResolver {
  @Authorized()
  @Query(() => [AssessmentCycleType], { description: "Assessment cycles, newest first (one per year)." })
  assessmentCycles(@Ctx() ctx: Context): Promise<AssessmentCycleType[]> {
    return ctx.services.needs.cycles();
  }

  @Authorized()
  @Query(() => EmployeeNeedsType, {
    nullable: true,
    description: "One employee's gaps, JPM and SKP for a year; null when not visible. The same as `employee(id) { needs(year) }`, plus `target`.",
    complexity: EMPLOYEE_NEEDS_COST,
  })
  async employeeNeeds(
    @Arg("year", () => Int, { description: "Year of the assessment cycle." }) year: number,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Arg("id", () => ID, { nullable: true, description: "The employee." }) id?: string | null,
    @Arg("employeeId", () => ID, { nullable: true, description: "The employee (the former name of `id`).", deprecationReason: "Use `id`." })
    employeeId?: string | null,
    @Arg("target", () => TargetPosition, { nullable: true, description: "Also measure against this position (`targetGaps`)." }) target?: TargetPosition | null,
  ): Promise<EmployeeNeedsType | null> {
    const who = id ?? employeeId;
    if (!who) throw new AppError("BAD_USER_INPUT", "id: say which employee", { field: "id", domainCode: "INVALID_FIELD" });
    const needs = await ctx.services.needs.employeeNeeds(caller, { id: who, year, target });
    return needs ? toEmployeeNeedsType(needs) : null;
  }

  @Authorized()
  @Query(() => EmployeeJobPersonMatchConnection, {
    description: "Job Person Match of every employee assessed in the year, lowest first (computed in SQL over every standard of each position).",
    complexity: RANKED_LIST_COST,
  })
  async jobPersonMatches(
    @Arg("filter", () => NeedsFilter, { description: "Year and narrowing filters; a competency filter chooses employees, never their JPM." }) filter: NeedsFilter,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EmployeeJobPersonMatchConnection> {
    const rows = await ctx.services.needs.jobPersonMatches(caller, { filter, ...page, withTotal: asksFor(info, "totalCount") });
    return toConnection(rows, (r) => Object.assign(new EmployeeJobPersonMatchType(), r));
  }

  @Authorized()
  @Query(() => NeedsHeatmapType, {
    description:
      "The needs heatmap, computed in SQL: the rows are the children of `parentUnitId` (default: the caller's root unit), each with its whole subtree, per competency, and the total per competency.",
    complexity: HEATMAP_COST,
  })
  async needsHeatmap(
    @Arg("filter", () => NeedsFilter, { description: "Year and narrowing filters." }) filter: NeedsFilter,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Arg("parentUnitId", () => ID, { nullable: true, description: "Whose sub-units make the rows." }) parentUnitId?: string | null,
  ): Promise<NeedsHeatmapType> {
    const heatmap = await ctx.services.needs.needsByUnit(caller, { filter, parentUnitId });
    return Object.assign(new NeedsHeatmapType(), { parentUnitId: heatmap.parentUnitId, rows: heatmap.rows.map(toNeedCellType), total: heatmap.total.map(toNeedCellType) });
  }

  @Authorized()
  @Query(() => [NeedCellType], {
    description: "Needs per unit × competency: the rows of `needsHeatmap` (without its total).",
    deprecationReason: "Use `needsHeatmap { rows total }`, which adds the total row.",
    complexity: HEATMAP_COST,
  })
  async needsByUnit(
    @Arg("filter", () => NeedsFilter, { description: "Year and narrowing filters." }) filter: NeedsFilter,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Arg("parentUnitId", () => ID, { nullable: true, description: "Whose sub-units make the rows." }) parentUnitId?: string | null,
  ): Promise<NeedCellType[]> {
    return (await ctx.services.needs.needsByUnit(caller, { filter, parentUnitId })).rows.map(toNeedCellType);
  }

  @Authorized()
  @Query(() => RankedNeedConnection, {
    description: "Needs (gap > 0) ranked by priority score, highest first, with the parts of each score.",
    complexity: RANKED_LIST_COST,
  })
  async rankedNeeds(
    @Arg("filter", () => NeedsFilter, { description: "Year and narrowing filters; they choose rows, never change a score." }) filter: NeedsFilter,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RankedNeedConnection> {
    const rows = await ctx.services.needs.rankedNeeds(caller, { filter, ...page, withTotal: asksFor(info, "totalCount") });
    return toConnection(rows, (r) => Object.assign(new RankedNeedType(), r, { parts: [...r.parts] }));
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => CompetencyAssessmentType, { description: "Adds an assessment to the history (never overwrites one)." })
  async recordAssessment(
    @Arg("input", () => RecordAssessmentInput, { description: "The assessment." }) input: RecordAssessmentInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<CompetencyAssessmentType> {
    return toAssessmentType(await ctx.services.needs.recordAssessment(caller, input));
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => ImportResultType, { description: "Imports assessments from CSV or XLSX, all or nothing, reporting every bad row." })
  importAssessments(
    @Arg("input", () => ImportAssessmentsInput, { description: "The file." }) input: ImportAssessmentsInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<ImportResultType> {
    return ctx.services.needs.importAssessments(caller, input) as Promise<ImportResultType>;
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => SkpResultType, { description: "Records or replaces an employee's SKP result for a year. CONFLICT when someone records it at the same time." })
  async recordSkpResult(
    @Arg("input", () => RecordSkpInput, { description: "The result." }) input: RecordSkpInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<SkpResultType> {
    return toSkpType(await ctx.services.needs.recordSkp(caller, input));
  }
}

@Resolver(() => EmployeeNeedsType)
export class EmployeeNeedsResolver {
  @FieldResolver(() => EmployeeType, { description: "The employee." })
  employee(@Root() n: EmployeeNeedsType, @Ctx() ctx: Context) {
    return employeeOf(ctx, n.employeeId);
  }

  @FieldResolver(() => [CompetencyAssessmentType], {
    description: `The latest ${MAX_PAGE_SIZE} assessments ever recorded, newest first.`,
    deprecationReason: "Use `Employee.assessments(first, after)`, a connection with every assessment.",
  })
  async assessments(@Root() n: EmployeeNeedsType, @Ctx() ctx: Context): Promise<CompetencyAssessmentType[]> {
    const page = await ctx.loaders.needs.assessmentPage.load({ employeeId: n.employeeId, first: MAX_PAGE_SIZE, after: null, withTotal: false, scope: ctx.scope });
    return page.rows.map((r) => toAssessmentType(r.node));
  }
}

@Resolver(() => CompetencyAssessmentType)
export class CompetencyAssessmentResolver {
  @FieldResolver(() => EmployeeType, { description: "The employee assessed." })
  employee(@Root() a: CompetencyAssessmentType, @Ctx() ctx: Context) {
    return employeeOf(ctx, a.employeeId);
  }

  @FieldResolver(() => CompetencyType, { description: "The competency assessed." })
  competency(@Root() a: CompetencyAssessmentType, @Ctx() ctx: Context) {
    return competencyOf(ctx, a.competencyId);
  }
}

@Resolver(() => CompetencyGapType)
export class CompetencyGapResolver {
  @FieldResolver(() => CompetencyType, { description: "The competency." })
  competency(@Root() g: CompetencyGapType, @Ctx() ctx: Context) {
    return competencyOf(ctx, g.competencyId);
  }
}

@Resolver(() => EmployeeJobPersonMatchType)
export class EmployeeJobPersonMatchResolver {
  @FieldResolver(() => EmployeeType, { description: "The employee." })
  employee(@Root() r: EmployeeJobPersonMatchType, @Ctx() ctx: Context) {
    return employeeOf(ctx, r.employeeId);
  }
}

@Resolver(() => NeedCellType)
export class NeedCellResolver {
  @FieldResolver(() => UnitType, { description: "The unit (with its sub-units); for a total cell, the parent unit." })
  unit(@Root() c: NeedCellType, @Ctx() ctx: Context) {
    return unitOf(ctx, c.unitId);
  }

  @FieldResolver(() => CompetencyType, { description: "The competency." })
  competency(@Root() c: NeedCellType, @Ctx() ctx: Context) {
    return competencyOf(ctx, c.competencyId);
  }
}

@Resolver(() => NeedsHeatmapType)
export class NeedsHeatmapResolver {
  @FieldResolver(() => UnitType, { nullable: true, description: "The unit whose sub-units are the rows; null when there are no rows." })
  async parent(@Root() h: NeedsHeatmapType, @Ctx() ctx: Context): Promise<UnitType | null> {
    return h.parentUnitId && h.total.length > 0 ? unitOf(ctx, h.parentUnitId) : null;
  }
}

@Resolver(() => RankedNeedType)
export class RankedNeedResolver {
  @FieldResolver(() => EmployeeType, { description: "The employee in need." })
  employee(@Root() r: RankedNeedType, @Ctx() ctx: Context) {
    return employeeOf(ctx, r.employeeId);
  }

  @FieldResolver(() => CompetencyType, { description: "The competency." })
  competency(@Root() r: RankedNeedType, @Ctx() ctx: Context) {
    return competencyOf(ctx, r.competencyId);
  }

  @FieldResolver(() => UnitType, { description: "The employee's unit." })
  unit(@Root() r: RankedNeedType, @Ctx() ctx: Context) {
    return unitOf(ctx, r.unitId);
  }
}
