import { Args, Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../graphql/context";
import { ConnectionArgs, pageSize, toConnection } from "../../kit/connection";
import { asksFor } from "../../kit/selection";
import { EmployeeType } from "../organization/employee.type";
import { ASSESSMENTS_COST, EMPLOYEE_NEEDS_FIELD_COST } from "./needs.costs";
import { CompetencyAssessmentConnection, EmployeeNeedsType, SkpResultType } from "./needs.type";
import { toAssessmentType, toEmployeeNeedsType, toSkpType } from "./needs.mappers";

/**
 * Navigation from an employee to its needs: `needs(year)`, `skp(year)` and `assessments(first, after)`. Each is
 * batched per request (the needs loaders), so a page of employees asking for them costs a fixed number of statements.
 * The employee is already visible to the caller (it was reached through a scoped field); the SQL scopes again.
 */
@Resolver(() => EmployeeType)
export class EmployeeNeedsFieldsResolver {
  @FieldResolver(() => EmployeeNeedsType, {
    nullable: true,
    description: "The employee's gaps, Job Person Match and SKP for an assessment year (as `employeeNeeds`).",
    complexity: EMPLOYEE_NEEDS_FIELD_COST,
  })
  async needs(
    @Root() e: EmployeeType,
    @Arg("year", () => Int, { description: "Year of the assessment cycle." }) year: number,
    @Ctx() ctx: Context,
  ): Promise<EmployeeNeedsType | null> {
    const needs = await ctx.loaders.needs.employeeNeeds.load({ employeeId: e.id, year, scope: ctx.scope });
    return needs ? toEmployeeNeedsType(needs) : null;
  }

  @FieldResolver(() => SkpResultType, { nullable: true, description: "The employee's SKP result of a year; null when none was recorded." })
  async skp(@Root() e: EmployeeType, @Arg("year", () => Int, { description: "The year assessed." }) year: number, @Ctx() ctx: Context): Promise<SkpResultType | null> {
    const skp = await ctx.loaders.needs.skpResult.load({ employeeId: e.id, year, scope: ctx.scope });
    return skp ? toSkpType(skp) : null;
  }

  @FieldResolver(() => CompetencyAssessmentConnection, {
    description: "The employee's assessment history, newest first (every cycle).",
    complexity: ASSESSMENTS_COST,
  })
  async assessments(
    @Root() e: EmployeeType,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CompetencyAssessmentConnection> {
    const first = pageSize(page.first);
    const rows = await ctx.loaders.needs.assessmentPage.load({ employeeId: e.id, first, after: page.after ?? null, withTotal: asksFor(info, "totalCount"), scope: ctx.scope });
    return toConnection(rows, toAssessmentType);
  }
}
