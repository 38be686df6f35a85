import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Connection } from "../../kit/connection";
import { RupiahScalar } from "../../kit/scalars";
import type { SelectionMethod } from "@bina/domain";
import type { PlanStatus } from "./plan.entity";
import type { PlanValuation } from "./plan-explanation";
import { PlanItemReasonEnum, PlanStatusEnum, PlanValuationEnum, SelectionMethodEnum, type PlanItemReason } from "./planning.enums";

@ObjectType("ProgrammeCandidate", { description: "A programme the yearly plan may include. Money is whole rupiah (the Rupiah scalar)." })
export class ProgrammeCandidateType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Field(() => Int, { description: "Plan year." })
  year: number;

  @Field({ description: "Title." })
  title: string;

  /** Resolved to `competencies` by the competency loader. */
  competencyIds: string[];

  /** Resolved to `proposal` by the proposal loader. */
  proposalId: string | null;

  @Field(() => Int, { description: "Number of participants." })
  participants: number;

  @Field(() => Int, { description: "Learning hours (JP)." })
  jp: number;

  @Field(() => RupiahScalar, { description: "Estimated cost, whole rupiah." })
  cost: number;

  @Field({ description: "Always in the plan." })
  mandatory: boolean;

  @Field(() => RupiahScalar, { description: "Cost per participant-JP: cost / (participants × JP), rounded to whole rupiah." })
  costPerParticipantJp: number;

  @Field(() => Float, {
    description:
      "Its value on its own: Σ over its competencies of (mean priority of the needs) × min(participants, employees in need), from the previous year's assessment. A plan values a set of programmes by coverage, so two programmes for the same need are not worth the sum of these.",
  })
  value: number;

  @Field(() => Int, { description: "Optimistic-lock version: pass it back when changing the candidate." })
  version: number;
}

@ObjectType("ProgrammeCandidateConnection", { description: "One page of a year's candidate programmes, mandatory first, then by title." })
export class ProgrammeCandidateConnection extends Connection(ProgrammeCandidateType, "ProgrammeCandidate", "candidate programme") {}

@ObjectType("PlanItem", { description: "One candidate as the optimiser saw it (kept with the plan, so old versions stay readable)." })
export class PlanItemType {
  @Field(() => ID, { description: "Id of the candidate (it may have been deleted since; see `candidate`)." })
  candidateId: string;

  @Field({ description: "Its title then." })
  title: string;

  @Field(() => RupiahScalar, { description: "Its cost then, whole rupiah." })
  cost: number;

  @Field(() => Float, { description: "Its value on its own then (a plan valued by coverage counts shared needs once, so these do not add up to the plan's value)." })
  value: number;

  @Field(() => Int, { description: "Participants." })
  participants: number;

  @Field(() => Int, { description: "Learning hours (JP)." })
  jp: number;

  @Field({ description: "Mandatory." })
  mandatory: boolean;

  @Field({ description: "In the plan." })
  selected: boolean;

  @Field(() => PlanItemReasonEnum, { description: "Why in or out." })
  reason: PlanItemReason;
}

@ObjectType("LeftOutCount", { description: "How many candidates were left out of a plan for one reason." })
export class LeftOutCountType {
  @Field(() => PlanItemReasonEnum, { description: "The reason." })
  reason: PlanItemReason;

  @Field(() => Int, { description: "How many candidates." })
  count: number;
}

@ObjectType("PlanExplanation", { description: "The optimiser's account of a plan as facts, for the reader's language to word." })
export class PlanExplanationType {
  @Field(() => SelectionMethodEnum, { description: "Exact or approximate." })
  method: SelectionMethod;

  @Field(() => PlanValuationEnum, { description: "How the programmes were valued: together by coverage, or each on its own." })
  valuation: PlanValuation;

  @Field(() => Int, { description: "Candidates considered." })
  candidateCount: number;

  @Field(() => Int, { description: "Candidates in the plan, mandatory ones included." })
  selectedCount: number;

  @Field(() => Int, { description: "Mandatory candidates (all in the plan)." })
  mandatoryCount: number;

  @Field(() => RupiahScalar, { description: "Budget ceiling (pagu), whole rupiah." })
  ceiling: number;

  @Field(() => RupiahScalar, { description: "Cost of the plan, whole rupiah." })
  totalCost: number;

  @Field(() => Float, { description: "Value of the plan: the needs its programmes cover together." })
  totalValue: number;

  @Field(() => RupiahScalar, { description: "Ceiling − total cost (sisa), whole rupiah." })
  remaining: number;

  @Field(() => Float, { nullable: true, description: "For an APPROXIMATE plan, an upper bound on the best total value; null when exact." })
  upperBound: number | null;

  @Field({ description: "False when the search stopped early: the value is proven the best, but among equally valuable plans the cheapest, fewest, earliest was not checked exhaustively." })
  tieBreakProven: boolean;

  @Field(() => [LeftOutCountType], { description: "Left-out candidates counted by reason (reasons with none are omitted)." })
  leftOutByReason: LeftOutCountType[];
}

@ObjectType("Plan", { description: "A version of a year's plan: the optimiser's choice within a ceiling, and why." })
export class PlanType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Field(() => Int, { description: "Plan year." })
  year: number;

  @Field(() => Int, { description: "Version within the year, 1 = first run." })
  version: number;

  @Field(() => RupiahScalar, { description: "Budget ceiling (pagu), whole rupiah." })
  ceiling: number;

  @Field(() => PlanStatusEnum, { description: "Draft, adopted or superseded." })
  status: PlanStatus;

  @Field(() => SelectionMethodEnum, { description: "Exact or approximate." })
  method: SelectionMethod;

  @Field(() => RupiahScalar, { description: "Cost of the selected programmes, whole rupiah." })
  totalCost: number;

  @Field(() => Float, { description: "Value of the selected programmes together (by coverage)." })
  totalValue: number;

  @Field(() => RupiahScalar, { description: "Ceiling − total cost (sisa), whole rupiah." })
  remaining: number;

  @Field(() => PlanExplanationType, { description: "The optimiser's account of its choice, as facts." })
  explanation: PlanExplanationType;

  @Field(() => [PlanItemType], {
    description: "Every candidate, in or out, with the reason.",
    complexity: ({ childComplexity }) => 10 * childComplexity,
  })
  items: PlanItemType[];

  @Field({ description: "When this version was made." })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "When it was adopted." })
  adoptedAt: Date | null;
}

@ObjectType("PlanConnection", { description: "One page of a year's plan versions, newest first." })
export class PlanConnection extends Connection(PlanType, "Plan", "plan version") {}
