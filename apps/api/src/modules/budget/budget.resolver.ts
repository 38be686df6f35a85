import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../graphql/context";
import type { Caller } from "../../kit/caller";
import { ConnectionArgs, pageSize, toConnection } from "../../kit/connection";
import { fixedCost, pagedCost } from "../../kit/cost";
import { CurrentCaller } from "../../kit/current-caller";
import { AppError } from "../../kit/errors";
import { asksFor } from "../../kit/selection";
import { BatchType, ProgrammeType, toBatchType, toProgrammeType } from "../delivery/delivery.type";
import { toUnitType } from "../organization/unit.mapper";
import { UnitType } from "../organization/unit.type";
import { lineVisible } from "./budget-checks";
import { MAX_LINES_PER_YEAR, MAX_PROGRAMME_COSTS, MAX_SPENDING_EVENTS } from "./budget-limits";
import { CancelSpendingInput, CreateBudgetLineInput, RecordSpendingInput, UpdateBudgetLineInput, UpdateSpendingInput } from "./budget.inputs";
import {
  BudgetLineType,
  BudgetMonthType,
  BudgetTotalsType,
  BudgetType,
  ProgrammeCostType,
  SpendingConnection,
  SpendingEventType,
  SpendingType,
  toBudgetLineType,
  toSpendingEventType,
  toSpendingType,
} from "./budget.type";

/** A change's cost: one transaction with a few statements, then whatever the answer selects. */
const CHANGE_COST = ({ childComplexity }: { childComplexity: number }) => 10 + childComplexity;

/**
 * The year's lists are priced at their real maxima: every row a year may hold times what is asked of a row. A row's own
 * columns are free (the list's one statement reads them all, whatever is selected: src/graphql/cost-table.ts) and so
 * is the link to its unit or programme (one DataLoader statement for every row); what those links select, and any
 * other nested field (a line's spendings), is paid once per row. The base is the statement over every row.
 */
const LINES_COST = fixedCost(50, MAX_LINES_PER_YEAR);
const PROGRAMMES_COST = fixedCost(50, MAX_PROGRAMME_COSTS);
/** A link resolved through a per-request DataLoader: one statement whatever the number of rows; its fields are priced. */
const LOADED_LINK = 0;

const scopedCaller = (ctx: Context): Caller => {
  if (!ctx.user) throw new Error("budget field resolved without an authenticated caller");
  return { user: ctx.user, scope: () => ctx.scope() };
};

@ArgsType()
class SpendingsArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "Also the cancelled spendings (default false)." })
  includeCancelled: boolean;
}

@Resolver(() => BudgetType)
export class BudgetResolver {
  @Authorized()
  @Query(() => BudgetType, {
    description:
      "A fiscal year's budget over the lines the caller may see (a unit operator: its subtree's; administrators and analysts: every line, the agency's own too), optionally one unit with its sub-units. BAD_USER_INPUT INVALID_YEAR; NOT_FOUND for a unit outside what the caller may see.",
    complexity: fixedCost(2, 1),
  })
  async budget(
    @Arg("fiscalYear", () => Int, { description: "The fiscal year." }) fiscalYear: number,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Arg("unitId", () => ID, { nullable: true, description: "Only lines of this unit and its sub-units (the agency's own lines are then left out)." }) unitId?: string | null,
  ): Promise<BudgetType> {
    return Object.assign(new BudgetType(), await ctx.services.budget.openBudget(caller, fiscalYear, unitId));
  }

  @FieldResolver(() => BudgetTotalsType, { description: "The sums of ceiling, committed, spent and remaining, and the absorption, over the lines.", complexity: 20 })
  async totals(@Root() b: BudgetType, @Ctx() ctx: Context): Promise<BudgetTotalsType> {
    return Object.assign(new BudgetTotalsType(), await ctx.services.budget.totals(scopedCaller(ctx), b));
  }

  @FieldResolver(() => [BudgetLineType], { description: `The lines by account code and name (at most ${MAX_LINES_PER_YEAR}).`, complexity: LINES_COST })
  async lines(@Root() b: BudgetType, @Ctx() ctx: Context): Promise<BudgetLineType[]> {
    return (await ctx.services.budget.lines(scopedCaller(ctx), b)).map(toBudgetLineType);
  }

  @FieldResolver(() => [BudgetMonthType], { description: "The 12 months, January to December: planned disbursement against spending, and their running totals.", complexity: fixedCost(20, 12) })
  async months(@Root() b: BudgetType, @Ctx() ctx: Context): Promise<BudgetMonthType[]> {
    return (await ctx.services.budget.months(scopedCaller(ctx), b)).map((m) => Object.assign(new BudgetMonthType(), m));
  }

  @FieldResolver(() => [ProgrammeCostType], {
    description: `Cost-effectiveness per programme with a line or spending linked to its batches, by title (at most ${MAX_PROGRAMME_COSTS}).`,
    complexity: PROGRAMMES_COST,
  })
  async programmes(@Root() b: BudgetType, @Ctx() ctx: Context): Promise<ProgrammeCostType[]> {
    return (await ctx.services.budget.programmeCosts(scopedCaller(ctx), b)).map((p) => Object.assign(new ProgrammeCostType(), p));
  }

  @FieldResolver(() => Int, { description: "Requested revisions waiting for a decision that name one of the lines.", complexity: 5 })
  async pendingRevisions(@Root() b: BudgetType, @Ctx() ctx: Context): Promise<number> {
    return ctx.services.budget.pendingRevisions(scopedCaller(ctx), b);
  }
}

@Resolver(() => BudgetLineType)
export class BudgetLineResolver {
  @Authorized()
  @Query(() => BudgetLineType, { nullable: true, description: "One budget line with its figures. NOT_FOUND when there is none or it is outside what the caller may see.", complexity: fixedCost(2, 1) })
  async budgetLine(@Arg("id", () => ID, { description: "The line's id." }) id: string, @Ctx() ctx: Context, @CurrentCaller() caller: Caller): Promise<BudgetLineType> {
    return toBudgetLineType(await ctx.services.budget.budgetLine(caller, id));
  }

  @Authorized("ADMIN")
  @Mutation(() => BudgetLineType, {
    description:
      "Creates a budget line (ADMIN). BAD_USER_INPUT naming the field: INVALID_ACCOUNT_CODE, INVALID_TEXT (name), INVALID_AMOUNT (ceiling, plannedByMonth), UNKNOWN_REFERENCE or INVALID_FIELD (programmeId), UNKNOWN_UNIT; CONFLICT DUPLICATE_CODE for the same year, account and name, or a second line of a programme on one account.",
    complexity: CHANGE_COST,
  })
  async createBudgetLine(
    @Arg("input", () => CreateBudgetLineInput, { description: "The line." }) input: CreateBudgetLineInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<BudgetLineType> {
    return toBudgetLineType(await ctx.services.budget.createBudgetLine(caller, input));
  }

  @Authorized("ADMIN")
  @Mutation(() => BudgetLineType, {
    description: "Changes a line's name, monthly plan or programme (ADMIN); the ceiling changes only by a revision. CONFLICT STALE_VERSION, DUPLICATE_CODE; BAD_USER_INPUT naming the field.",
    complexity: CHANGE_COST,
  })
  async updateBudgetLine(
    @Arg("input", () => UpdateBudgetLineInput, { description: "The changes." }) input: UpdateBudgetLineInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<BudgetLineType> {
    return toBudgetLineType(await ctx.services.budget.updateBudgetLine(caller, input));
  }

  @FieldResolver(() => UnitType, { nullable: true, description: "The organisational unit whose money it is; null for the agency's own line.", complexity: LOADED_LINK })
  async unit(@Root() l: BudgetLineType, @Ctx() ctx: Context): Promise<UnitType | null> {
    if (!l.unitId) return null;
    const unit = await ctx.loaders.unitById.load(l.unitId);
    return unit ? toUnitType(unit) : null;
  }

  @FieldResolver(() => ProgrammeType, { nullable: true, description: "The programme it funds, if any.", complexity: LOADED_LINK })
  async programme(@Root() l: BudgetLineType, @Ctx() ctx: Context): Promise<ProgrammeType | null> {
    if (!l.programmeId) return null;
    const p = await ctx.loaders.delivery.programmeById.load(l.programmeId);
    return p ? toProgrammeType(p) : null;
  }

  @FieldResolver(() => SpendingConnection, { description: "Its spendings, newest date first; the cancelled ones only when asked.", complexity: pagedCost(2) })
  async spendings(@Root() l: BudgetLineType, @Args(() => SpendingsArgs) args: SpendingsArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context): Promise<SpendingConnection> {
    const page = await ctx.loaders.budget.spendingsByLine.load({
      lineId: l.id,
      first: pageSize(args.first),
      after: args.after ?? null,
      includeCancelled: args.includeCancelled ?? false,
      withTotal: asksFor(info, "totalCount"),
    });
    return toConnection(page, toSpendingType);
  }
}

@Resolver(() => SpendingType)
export class SpendingResolver {
  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => SpendingType, {
    description:
      "Records a spending on a line (ADMIN, or a unit operator on a line of its subtree; NOT_FOUND otherwise), race-free under the line's row lock. BAD_USER_INPUT naming the field: BUDGET_EXCEEDED (amount; `extensions.remaining` is what still fits), INVALID_AMOUNT, ABOVE_STANDARD_COST (amount; `extensions.ceiling`), INVALID_STANDARD_COST_INPUT (quantity, speakerLevel, minutes), INVALID_TEXT, INVALID_DATE or DATE_OUTSIDE_YEAR (spentOn), UNKNOWN_REFERENCE or INVALID_FIELD (batchId: OTHER_YEAR, OTHER_PROGRAMME, BATCH_CANCELLED — the batch must be of a programme of the line's year, of the line's programme when it funds one, not cancelled).",
    complexity: CHANGE_COST,
  })
  async recordSpending(
    @Arg("input", () => RecordSpendingInput, { description: "The spending." }) input: RecordSpendingInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<SpendingType> {
    return toSpendingType(await ctx.services.budget.recordSpending(caller, input));
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => SpendingType, {
    description:
      "Edits an active spending, keeping its history (an EDITED event with the amounts before and after). A larger amount is checked again (BUDGET_EXCEEDED, ABOVE_STANDARD_COST). CONFLICT STALE_VERSION, SPENDING_CANCELLED; NOT_FOUND outside the caller's scope.",
    complexity: CHANGE_COST,
  })
  async updateSpending(
    @Arg("input", () => UpdateSpendingInput, { description: "The changes." }) input: UpdateSpendingInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<SpendingType> {
    return toSpendingType(await ctx.services.budget.updateSpending(caller, input));
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => SpendingType, {
    description: "Cancels an active spending with a reason: its amount is released from the line, it stays with a CANCELLED event. CONFLICT STALE_VERSION, SPENDING_CANCELLED; NOT_FOUND outside the caller's scope.",
    complexity: CHANGE_COST,
  })
  async cancelSpending(
    @Arg("input", () => CancelSpendingInput, { description: "The spending and why." }) input: CancelSpendingInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<SpendingType> {
    return toSpendingType(await ctx.services.budget.cancelSpending(caller, input));
  }

  @FieldResolver(() => BudgetLineType, { description: "The line it was spent on.", complexity: 2 })
  async budgetLine(@Root() s: SpendingType, @Ctx() ctx: Context): Promise<BudgetLineType> {
    const line = await ctx.loaders.budget.lineById.load(s.budgetLineId);
    // A spending is reached only through a line the caller sees; the check keeps it so whatever path leads here.
    if (!line || !lineVisible(await ctx.scope(), line.unitPath)) throw new AppError("NOT_FOUND", `Budget line ${s.budgetLineId} was not found`);
    return toBudgetLineType(line);
  }

  @FieldResolver(() => BatchType, { nullable: true, description: "The batch it paid for, if linked.", complexity: 1 })
  async batch(@Root() s: SpendingType, @Ctx() ctx: Context): Promise<BatchType | null> {
    if (!s.batchId) return null;
    const b = await ctx.loaders.delivery.batchById.load(s.batchId);
    return b ? toBatchType(b) : null;
  }

  @FieldResolver(() => [SpendingEventType], { description: `Its history, oldest first (at most the latest ${MAX_SPENDING_EVENTS}).`, complexity: fixedCost(2, 5) })
  async history(@Root() s: SpendingType, @Ctx() ctx: Context): Promise<SpendingEventType[]> {
    return (await ctx.loaders.budget.historyBySpending.load(s.id)).map(toSpendingEventType);
  }
}

@Resolver(() => SpendingEventType)
export class SpendingEventResolver {
  @FieldResolver(() => String, { nullable: true, description: "Who did it (the user's display name).", complexity: 1 })
  async actorName(@Root() e: SpendingEventType, @Ctx() ctx: Context): Promise<string | null> {
    return e.actorId ? ((await ctx.loaders.userById.load(e.actorId))?.displayName ?? null) : null;
  }
}

@Resolver(() => ProgrammeCostType)
export class ProgrammeCostResolver {
  @FieldResolver(() => ProgrammeType, { description: "The programme.", complexity: LOADED_LINK })
  async programme(@Root() p: ProgrammeCostType, @Ctx() ctx: Context): Promise<ProgrammeType> {
    const programme = await ctx.loaders.delivery.programmeById.load(p.programmeId);
    if (!programme) throw new Error(`programme ${p.programmeId} is missing`);
    return toProgrammeType(programme);
  }
}
