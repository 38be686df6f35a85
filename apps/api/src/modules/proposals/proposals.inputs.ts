import { Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsOptional, IsUUID, Max, Min } from "class-validator";
import { CANDIDATE_MAX_COMPETENCIES } from "@bina/domain";
import { RupiahScalar } from "../../kit/scalars";
import { PROPOSAL_STATUSES, type ProposalStatus } from "./training-proposal.entity";
import { ProposalDecisionEnum, ProposalStatusEnum, type ProposalDecision } from "./proposals.enums";

@InputType({ description: "Which proposals; filters combine with AND. Every status when `statuses` is omitted." })
export class ProposalFilter {
  @Field(() => Int, { nullable: true, description: "Only this plan year." })
  year?: number | null;

  @Field(() => [ProposalStatusEnum], { nullable: true, description: "Only these statuses (any of them); every status when omitted." })
  @IsOptional()
  @ArrayMaxSize(PROPOSAL_STATUSES.length)
  statuses?: ProposalStatus[] | null;

  @Field(() => ID, { nullable: true, description: "Only this unit and its sub-units." })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;
}

@InputType({ description: "A unit's request for a training programme." })
export class SubmitProposalInput {
  @Field(() => ID, { description: "The proposing unit (an operator's own unit or a sub-unit)." })
  @IsUUID()
  unitId: string;

  @Field(() => Int, { description: "The plan year it is for." })
  year: number;

  @Field(() => ID, { description: "The competency it develops." })
  @IsUUID()
  competencyId: string;

  @Field({ description: "Title, 3..200 characters, e.g. `Bimtek Pengadaan Barang/Jasa`." })
  title: string;

  @Field(() => Int, { description: "Number of participants (1..1000)." })
  @Min(1)
  @Max(1000)
  participants: number;

  @Field(() => Int, { description: "Learning hours (JP, 45 minutes each), 1..1000." })
  @Min(1)
  @Max(1000)
  jp: number;

  @Field({ description: "Why: the gap or the service problem it addresses (10..4000 characters, several lines allowed)." })
  justification: string;
}

@InputType({ description: "An administrator's decision on a submitted proposal." })
export class DecideProposalInput {
  @Field(() => ID, { description: "The proposal." })
  id: string;

  @Field(() => Int, { description: "The version you read (optimistic lock)." })
  version: number;

  @Field(() => ProposalDecisionEnum, { description: "Accept or return." })
  decision: ProposalDecision;

  @Field(() => String, { nullable: true, description: "Required when returning: what the unit should change." })
  reason?: string | null;
}

@InputType({ description: "A candidate programme made from an accepted proposal: its title, participants, JP and competency, and a cost." })
export class CreateCandidateFromProposalInput {
  @Field(() => ID, { description: "The accepted proposal." })
  proposalId: string;

  @Field(() => RupiahScalar, { description: "Estimated cost, whole rupiah, 0 or more." })
  cost: number;

  @Field(() => String, { nullable: true, description: "Title; the proposal's when omitted." })
  title?: string | null;

  @Field(() => Int, { nullable: true, description: "Participants, 1..10000; the proposal's when omitted." })
  participants?: number | null;

  @Field(() => Int, { nullable: true, description: "Learning hours (JP), 1..2000; the proposal's when omitted." })
  jp?: number | null;

  @Field(() => [ID], { nullable: true, description: "The competencies it develops (each once); the proposal's competency when omitted." })
  @IsOptional()
  @ArrayMaxSize(CANDIDATE_MAX_COMPETENCIES)
  @IsUUID("all", { each: true })
  competencyIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "Always in the plan (default false)." })
  mandatory?: boolean | null;
}
