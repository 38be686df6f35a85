import { Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsOptional, IsUUID } from "class-validator";
import { CANDIDATE_MAX_COMPETENCIES } from "@bina/domain";
import { RupiahScalar } from "../../kit/scalars";

// Field rules are the domain's validateCandidate (run by the use cases); the decorators only keep ids well-formed
// and lists bounded before any SQL.

@InputType({ description: "Which candidate programmes: one plan year's." })
export class CandidateFilter {
  @Field(() => Int, { description: "Plan year." })
  year: number;
}

@InputType({ description: "Which plan versions: one plan year's." })
export class PlanFilter {
  @Field(() => Int, { description: "Plan year." })
  year: number;
}

@InputType({ description: "A new candidate programme." })
export class CandidateInput {
  @Field(() => Int, { description: "Plan year." })
  year: number;

  @Field({ description: "Title, 3..200 characters; no control characters, no leading formula sign." })
  title: string;

  @Field(() => [ID], { description: "The competencies it develops: at least one, each once." })
  @ArrayMaxSize(CANDIDATE_MAX_COMPETENCIES)
  @IsUUID("all", { each: true })
  competencyIds: string[];

  @Field(() => Int, { description: "Participants, 1..10000." })
  participants: number;

  @Field(() => Int, { description: "Learning hours (JP), 1..2000." })
  jp: number;

  @Field(() => RupiahScalar, { description: "Estimated cost, whole rupiah, 0 or more." })
  cost: number;

  @Field(() => Boolean, { nullable: true, description: "Always in the plan (default false)." })
  mandatory?: boolean | null;
}

@InputType({ description: "Changes to a candidate; omitted fields keep their value." })
export class UpdateCandidateInput {
  @Field(() => ID, { description: "The candidate." })
  id: string;

  @Field(() => Int, { description: "The version you read (optimistic lock)." })
  version: number;

  @Field(() => String, { nullable: true, description: "New title." })
  title?: string | null;

  @Field(() => [ID], { nullable: true, description: "New competencies: at least one, each once." })
  @IsOptional()
  @ArrayMaxSize(CANDIDATE_MAX_COMPETENCIES)
  @IsUUID("all", { each: true })
  competencyIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: "New number of participants, 1..10000." })
  participants?: number | null;

  @Field(() => Int, { nullable: true, description: "New JP, 1..2000." })
  jp?: number | null;

  @Field(() => RupiahScalar, { nullable: true, description: "New estimated cost, whole rupiah, 0 or more." })
  cost?: number | null;

  @Field(() => Boolean, { nullable: true, description: "Mandatory or not." })
  mandatory?: boolean | null;
}
