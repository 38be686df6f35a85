import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { caller, type Context } from "../../graphql/context";
import { CompetencyType, toCompetencyType } from "../competency/competency.type";
import { EmployeeType, toEmployeeType } from "../organization/employee.type";
import { ImportResultType } from "../organization/import-result.type";
import { UnitType } from "../organization/unit.type";
import { toUnitType } from "../organization/unit.mapper";
import { ImportAssessmentsInput, NeedsFilter, RecordAssessmentInput, RecordSkpInput, TargetPosition } from "./needs.inputs";
import { pageSize } from "../../kit/connection";
import {
  AssessmentCycleType,
  CompetencyAssessmentType,
  CompetencyGapType,
  EmployeeJobPersonMatchConnection,
  EmployeeJobPersonMatchType,
  EmployeeNeedsType,
  NeedCellType,
  RankedNeedConnection,
  RankedNeedType,
  SkpResultType,
} from "./needs.type";

const competencyOf = async (ctx: Context, id: string) => toCompetencyType((await ctx.loaders.competencyById.load(id))!);
const employeeOf = async (ctx: Context, id: string) => toEmployeeType((await ctx.loaders.employeeById.load(id))!);
const unitOf = async (ctx: Context, id: string) => toUnitType((await ctx.loaders.unitById.load(id))!);

@Resolver()
export class NeedsResolver {
  @Authorized()
  @Query(() => [AssessmentCycleType], { description: "Assessment cycles, newest first." })
  assessmentCycles(@Ctx() ctx: Context): Promise<AssessmentCycleType[]> {
    return ctx.services.needs.cycles();
  }

  @Authorized()
  @Query(() => EmployeeNeedsType, { nullable: true, description: "One employee's gaps, JPM, SKP and assessment history; null when not visible." })
  employeeNeeds(
    @Arg("employeeId", () => ID, { description: "The employee." }) employeeId: string,
    @Arg("year", () => Int, { description: "Year of the assessment cycle." }) year: number,
    @Ctx() ctx: Context,
    @Arg("target", () => TargetPosition, { nullable: true, description: "Also measure against this position (`targetGaps`)." }) target?: TargetPosition | null,
  ): Promise<EmployeeNeedsType | null> {
    return ctx.services.needs.employeeNeeds(caller(ctx), employeeId, year, target) as Promise<EmployeeNeedsType | null>;
  }

  @Authorized()
  @Query(() => EmployeeJobPersonMatchConnection, {
    description: "Job Person Match of every employee assessed in the year, lowest first (computed in SQL).",
    complexity: ({ args, childComplexity }) => 1 + childComplexity * Number(args.first ?? 20),
  })
  async jobPersonMatches(
    @Arg("filter", () => NeedsFilter, { description: "Year and narrowing filters." }) filter: NeedsFilter,
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20, description: "Page size, 1..100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "`endCursor` of the previous page." }) after?: string | null,
  ): Promise<EmployeeJobPersonMatchConnection> {
    const page = await ctx.services.needs.jobPersonMatches(caller(ctx), filter, pageSize(first, 100), after);
    return {
      edges: page.rows.map((r) => ({ cursor: r.cursor, node: Object.assign(new EmployeeJobPersonMatchType(), r.row) })),
      pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: !!after, startCursor: page.rows[0]?.cursor ?? null, endCursor: page.rows.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
    };
  }

  @Authorized()
  @Query(() => [NeedCellType], {
    description: "Needs per unit × competency, computed in SQL: the rows are the children of `parentUnitId` (default: the caller's root unit), each with its whole subtree.",
  })
  needsByUnit(
    @Arg("filter", () => NeedsFilter, { description: "Year and narrowing filters." }) filter: NeedsFilter,
    @Ctx() ctx: Context,
    @Arg("parentUnitId", () => ID, { nullable: true, description: "Whose sub-units make the rows." }) parentUnitId?: string | null,
  ): Promise<NeedCellType[]> {
    return ctx.services.needs.needsByUnit(caller(ctx), filter, parentUnitId) as Promise<NeedCellType[]>;
  }

  @Authorized()
  @Query(() => RankedNeedConnection, {
    description: "Needs (gap > 0) ranked by priority score, highest first, with the parts of each score.",
    complexity: ({ args, childComplexity }) => 1 + childComplexity * Number(args.first ?? 20),
  })
  async rankedNeeds(
    @Arg("filter", () => NeedsFilter, { description: "Year and narrowing filters." }) filter: NeedsFilter,
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20, description: "Page size, 1..100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "`endCursor` of the previous page." }) after?: string | null,
  ): Promise<RankedNeedConnection> {
    const page = await ctx.services.needs.rankedNeeds(caller(ctx), filter, pageSize(first, 100), after);
    return {
      edges: page.rows.map((r) => ({ cursor: r.cursor, node: Object.assign(new RankedNeedType(), r.row, { parts: [...r.parts] }) })),
      pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: !!after, startCursor: page.rows[0]?.cursor ?? null, endCursor: page.rows.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
    };
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => CompetencyAssessmentType, { description: "Adds an assessment to the history (never overwrites one)." })
  async recordAssessment(@Arg("input", () => RecordAssessmentInput, { description: "The assessment." }) input: RecordAssessmentInput, @Ctx() ctx: Context): Promise<CompetencyAssessmentType> {
    return Object.assign(new CompetencyAssessmentType(), await ctx.services.needs.recordAssessment(caller(ctx), input));
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => ImportResultType, { description: "Imports assessments from CSV or XLSX, all or nothing, reporting every bad row." })
  importAssessments(@Arg("input", () => ImportAssessmentsInput, { description: "The file." }) input: ImportAssessmentsInput, @Ctx() ctx: Context): Promise<ImportResultType> {
    return ctx.services.needs.importAssessments(caller(ctx), input) as Promise<ImportResultType>;
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => SkpResultType, { description: "Records or replaces an employee's SKP result for a year." })
  recordSkpResult(@Arg("input", () => RecordSkpInput, { description: "The result." }) input: RecordSkpInput, @Ctx() ctx: Context): Promise<SkpResultType> {
    return ctx.services.needs.recordSkp(caller(ctx), input);
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
  @FieldResolver(() => UnitType, { description: "The unit (with its sub-units)." })
  unit(@Root() c: NeedCellType, @Ctx() ctx: Context) {
    return unitOf(ctx, c.unitId);
  }

  @FieldResolver(() => CompetencyType, { description: "The competency." })
  competency(@Root() c: NeedCellType, @Ctx() ctx: Context) {
    return competencyOf(ctx, c.competencyId);
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
