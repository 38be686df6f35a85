import { Field, Float, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Max, MaxLength, Min } from "class-validator";

@InputType({ description: "A new candidate programme." })
export class CandidateInput {
  @Field(() => Int, { description: "Plan year." })
  @Min(2000)
  @Max(2100)
  year: number;

  @Field({ description: "Title." })
  @MaxLength(200)
  title: string;

  @Field(() => [ID], { description: "The competencies it develops (at least one)." })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID("all", { each: true })
  competencyIds: string[];

  @Field(() => Int, { description: "Participants, 1..10000." })
  @Min(1)
  @Max(10000)
  participants: number;

  @Field(() => Int, { description: "JP, 1..2000." })
  @Min(1)
  @Max(2000)
  jp: number;

  @Field(() => Float, { description: "Estimated cost, whole rupiah." })
  estimatedCost: number;

  @Field(() => Boolean, { nullable: true, description: "Always in the plan (default false)." })
  mandatory?: boolean | null;
}

@InputType({ description: "Changes to a candidate; omitted fields keep their value." })
export class UpdateCandidateInput {
  @Field(() => ID, { description: "The candidate." })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: "The version you read." })
  version: number;

  @Field(() => String, { nullable: true, description: "New title." })
  @IsOptional()
  @MaxLength(200)
  title?: string | null;

  @Field(() => [ID], { nullable: true, description: "New competencies." })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID("all", { each: true })
  competencyIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: "New number of participants." })
  @IsOptional()
  @Min(1)
  @Max(10000)
  participants?: number | null;

  @Field(() => Int, { nullable: true, description: "New JP." })
  @IsOptional()
  @Min(1)
  @Max(2000)
  jp?: number | null;

  @Field(() => Float, { nullable: true, description: "New estimated cost, whole rupiah." })
  estimatedCost?: number | null;

  @Field(() => Boolean, { nullable: true, description: "Mandatory or not." })
  mandatory?: boolean | null;
}
