import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import type { PlanStatus } from "./plan.entity";
import { PlanItemReasonEnum, PlanStatusEnum, SelectionMethodEnum, type PlanItemReason } from "./planning.enums";

@ObjectType("ProgrammeCandidate", { description: "A programme the yearly plan may include. Money is whole rupiah (Float in GraphQL: Int is only 32-bit)." })
export class ProgrammeCandidateType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Field(() => Int, { description: "Plan year." })
  year: number;

  @Field({ description: "Title." })
  title: string;

  competencyIds: string[];

  @Field(() => Int, { description: "Number of participants." })
  participants: number;

  @Field(() => Int, { description: "Learning hours (JP)." })
  jp: number;

  @Field(() => Float, { description: "Estimated cost, whole rupiah." })
  estimatedCost: number;

  @Field({ description: "Always in the plan." })
  mandatory: boolean;

  @Field(() => Float, { description: "estimatedCost / (participants × JP), rupiah." })
  costPerParticipantJp: number;

  @Field(() => Float, {
    description: "Worth to the optimiser: Σ over its competencies of (mean priority of the needs) × (participants it covers, at most the employees in need), from the previous year's assessment.",
  })
  value: number;

  @Field(() => Int, { description: "Optimistic-lock version." })
  version: number;
}

@ObjectType("PlanItem", { description: "One candidate as the optimiser saw it (kept with the plan, so old versions stay readable)." })
export class PlanItemType {
  @Field(() => ID, { description: "The candidate." })
  candidateId: string;

  @Field({ description: "Its title then." })
  title: string;

  @Field(() => Float, { description: "Its cost then, rupiah." })
  cost: number;

  @Field(() => Float, { description: "Its value then." })
  value: number;

  @Field(() => Int, { description: "Participants." })
  participants: number;

  @Field(() => Int, { description: "JP." })
  jp: number;

  @Field({ description: "Mandatory." })
  mandatory: boolean;

  @Field({ description: "In the plan." })
  selected: boolean;

  @Field(() => PlanItemReasonEnum, { description: "Why in or out." })
  reason: PlanItemReason;
}

@ObjectType("Plan", { description: "A version of a year's plan: the optimiser's choice within a ceiling, and why." })
export class PlanType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Field(() => Int, { description: "Plan year." })
  year: number;

  @Field(() => Int, { description: "Version within the year, 1 = first run." })
  version: number;

  @Field(() => Float, { description: "Budget ceiling (pagu), rupiah." })
  ceiling: number;

  @Field(() => PlanStatusEnum, { description: "Draft, adopted or superseded." })
  status: PlanStatus;

  @Field(() => SelectionMethodEnum, { description: "Exact or approximate." })
  method: "EXACT" | "APPROXIMATE";

  @Field(() => Float, { description: "Cost of the selected programmes, rupiah." })
  totalCost: number;

  @Field(() => Float, { description: "Value of the selected programmes." })
  totalValue: number;

  @Field(() => Float, { description: "ceiling − totalCost (sisa), rupiah." })
  remaining: number;

  @Field({ description: "The optimiser's account of its choice." })
  explanation: string;

  @Field(() => [PlanItemType], { description: "Every candidate, in or out, with the reason." })
  items: PlanItemType[];

  @Field({ description: "When this version was made." })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "When it was adopted." })
  adoptedAt: Date | null;
}
