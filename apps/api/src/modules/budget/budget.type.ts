import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import type { SpendingCategory } from "@bina/domain";
import { Connection } from "../../kit/connection";
import { DateScalar, RupiahScalar } from "../../kit/scalars";
import type { SpendingEventKindValue } from "./budget-spending-event.entity";
import type { SpendingState } from "./budget-spending.entity";
import { SpendingCategoryEnum, SpendingEventKindEnum, SpendingStatusEnum } from "./budget.enums";
import type { LineView, SpendingEventView, SpendingView } from "./budget-views";

@ObjectType("BudgetLine", {
  description: "A budget line (mata anggaran) of a fiscal year: its ceiling (pagu), what is committed and spent (realisasi), what remains, and its monthly plan.",
})
export class BudgetLineType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Field(() => Int, { description: "The fiscal year (January to December)." })
  fiscalYear: number;

  @Field({ description: "The APBD account code, e.g. 5.1.02.02.12.0001." })
  accountCode: string;

  @Field({ description: "The line's name." })
  name: string;

  /** Resolved to `unit` (null: the agency's own line). */
  unitId: string | null;

  /** Resolved to `programme`. */
  programmeId: string | null;

  @Field(() => RupiahScalar, { description: "The ceiling (pagu), whole rupiah; changed only by an approved revision." })
  ceiling: number;

  @Field(() => RupiahScalar, {
    description:
      "Open commitments not yet spent: on the line of a programme with the lowest account code, the programme's planned cost or its sessions' scheduled fees (the larger) less everything spent for the programme (on its lines and on its batches), at most what the line has left; 0 otherwise.",
  })
  committed: number;

  @Field(() => RupiahScalar, { description: "Spent (realisasi): the sum of its active spendings." })
  spent: number;

  @Field(() => RupiahScalar, { description: "Remaining (sisa setelah komitmen): ceiling − spent − committed; never negative." })
  remaining: number;

  @Field(() => Float, { nullable: true, description: "Absorption (serapan): spent / ceiling × 100, 2 decimals; null when the ceiling is 0." })
  absorptionPercent: number | null;

  @Field(() => [RupiahScalar], { description: "The planned disbursement (rencana penarikan), January to December; it sums to the ceiling when set." })
  plannedByMonth: number[];

  @Field(() => Int, { description: "Optimistic-lock version: pass it back when changing the line." })
  version: number;
}

export const toBudgetLineType = (l: LineView): BudgetLineType =>
  Object.assign(new BudgetLineType(), {
    id: l.id,
    fiscalYear: l.fiscalYear,
    accountCode: l.accountCode,
    name: l.name,
    unitId: l.unitId,
    programmeId: l.programmeId,
    ceiling: l.ceiling,
    committed: l.committed,
    spent: l.spent,
    remaining: l.remaining,
    absorptionPercent: l.absorptionPercent,
    plannedByMonth: l.plannedByMonth,
    version: l.version,
  });

@ObjectType("Spending", { description: "A spending (realisasi) on a budget line: cancelled with a reason, never deleted, with its history." })
export class SpendingType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  /** Resolved to `budgetLine`. */
  budgetLineId: string;

  @Field(() => RupiahScalar, { description: "The amount, whole rupiah." })
  amount: number;

  @Field(() => DateScalar, { description: "When it was spent (within the line's fiscal year)." })
  spentOn: string;

  @Field({ description: "What it paid for." })
  description: string;

  @Field({ description: "The supporting document's number (receipt, SPJ, invoice)." })
  documentNumber: string;

  @Field(() => SpendingCategoryEnum, { nullable: true, description: "Its category; a category with a standard cost was checked against it." })
  category: SpendingCategory | null;

  @Field(() => Float, { nullable: true, description: "The basis of the standard cost: persons, sessions, JP or person-days." })
  quantity: number | null;

  /** Resolved to `batch`. */
  batchId: string | null;

  @Field(() => SpendingStatusEnum, { description: "Whether it counts." })
  status: SpendingState;

  @Field(() => String, { nullable: true, description: "Why it was cancelled; null while active." })
  cancelReason: string | null;

  @Field(() => Int, { description: "Optimistic-lock version: pass it back when editing or cancelling." })
  version: number;

  @Field({ description: "When it was recorded." })
  createdAt: Date;
}

export const toSpendingType = (s: SpendingView): SpendingType =>
  Object.assign(new SpendingType(), {
    id: s.id,
    budgetLineId: s.budgetLineId,
    amount: s.amount,
    spentOn: s.spentOn,
    description: s.description,
    documentNumber: s.documentNumber,
    category: s.category as SpendingCategory | null,
    quantity: s.quantity,
    batchId: s.batchId,
    status: s.status,
    cancelReason: s.cancelReason,
    version: s.version,
    createdAt: s.createdAt,
  });

@ObjectType("SpendingConnection", { description: "One page of a line's spendings, newest date first." })
export class SpendingConnection extends Connection(SpendingType, "Spending", "spending") {}

@ObjectType("SpendingEvent", { description: "One entry of a spending's history (append-only), oldest first." })
export class SpendingEventType {
  @Field(() => SpendingEventKindEnum, { description: "What happened." })
  kind: SpendingEventKindValue;

  @Field({ description: "When." })
  at: Date;

  /** Resolved to `actorName`. */
  actorId: string | null;

  @Field(() => RupiahScalar, { nullable: true, description: "The amount before (null when it was created)." })
  amountBefore: number | null;

  @Field(() => RupiahScalar, { nullable: true, description: "The amount after." })
  amountAfter: number | null;

  @Field(() => String, { nullable: true, description: "What changed besides the amount, or why it was cancelled." })
  note: string | null;
}

export const toSpendingEventType = (e: SpendingEventView): SpendingEventType => Object.assign(new SpendingEventType(), e);

@ObjectType("BudgetTotals", { description: "The sums over the budget's lines the caller sees." })
export class BudgetTotalsType {
  @Field(() => RupiahScalar, { description: "The sum of the ceilings (pagu)." })
  ceiling: number;

  @Field(() => RupiahScalar, { description: "The sum of the commitments." })
  committed: number;

  @Field(() => RupiahScalar, { description: "The sum spent (realisasi)." })
  spent: number;

  @Field(() => RupiahScalar, { description: "The sum remaining: ceiling − spent − committed." })
  remaining: number;

  @Field(() => Float, { nullable: true, description: "Absorption: spent / ceiling × 100, 2 decimals; null when the ceiling is 0." })
  absorptionPercent: number | null;
}

@ObjectType("BudgetMonth", { description: "One month of absorption against the planned disbursement, over the lines the caller sees." })
export class BudgetMonthType {
  @Field(() => Int, { description: "1 (January) .. 12 (December)." })
  month: number;

  @Field(() => RupiahScalar, { description: "Planned for the month (Σ of the lines' plans)." })
  planned: number;

  @Field(() => RupiahScalar, { description: "Spent in the month (active spendings dated in it)." })
  spent: number;

  @Field(() => RupiahScalar, { description: "Planned from January to this month." })
  cumulativePlanned: number;

  @Field(() => RupiahScalar, { description: "Spent from January to this month." })
  cumulativeSpent: number;

  @Field(() => Float, { nullable: true, description: "`cumulativePlanned` / Σ ceiling × 100, 2 decimals; null when the ceiling is 0." })
  plannedPercent: number | null;

  @Field(() => Float, { nullable: true, description: "`cumulativeSpent` / Σ ceiling × 100, 2 decimals; null when the ceiling is 0." })
  absorptionPercent: number | null;
}

@ObjectType("ProgrammeCost", {
  description:
    "A programme's cost-effectiveness: its spending (on its lines, and spending linked to its batches on other lines) against its completed participants' credited JP, N-gain and needs addressed.",
})
export class ProgrammeCostType {
  /** Resolved to `programme`. */
  programmeId: string;

  @Field(() => RupiahScalar, { description: "Active spending on the programme's lines plus spending linked to its batches on other lines (the lines the caller sees)." })
  cost: number;

  @Field(() => Int, { description: "Participants who completed one of its batches (the caller's)." })
  participants: number;

  @Field(() => Float, { description: "The JP credited to those participants, summed (participant-JP)." })
  participantJp: number;

  @Field(() => RupiahScalar, { nullable: true, description: "The cost per participant-JP, whole rupiah; null when no JP was credited." })
  costPerParticipantJp: number | null;

  @Field(() => Float, { nullable: true, description: "The mean N-gain (pre/post test) of its participants with an outcome and both scores; null when none." })
  meanNGain: number | null;

  @Field(() => RupiahScalar, { nullable: true, description: "The cost / (participants × mean N-gain × 100): rupiah per participant per N-gain point; null when there is no positive gain." })
  costPerGainPoint: number | null;

  @Field(() => Float, { nullable: true, description: "N-gain points (participants × mean N-gain × 100) per million rupiah, 2 decimals; null when the cost is 0 or there is no N-gain." })
  gainPerMillionRupiah: number | null;

  @Field(() => Int, { description: "Competency gaps (needs of the programme's year) of completed participants in the programme's competencies." })
  gapsAddressed: number;

  @Field(() => RupiahScalar, { nullable: true, description: "The cost per gap addressed, whole rupiah; null when none." })
  costPerGapAddressed: number | null;
}

@ObjectType("Budget", { description: "A fiscal year's budget as the caller may see it: totals, lines, months, cost-effectiveness and pending revisions." })
export class BudgetType {
  @Field(() => Int, { description: "The fiscal year." })
  fiscalYear: number;

  /** The unit whose subtree's lines were asked for; null for all the caller sees. */
  unitId: string | null;
}
