import { Field, ID, InputType, Int } from "type-graphql";
import { IsOptional, IsUUID, MaxLength } from "class-validator";
import type { CompetencyKind, FunctionalGrade, PositionKind } from "@bina/domain";
import { FunctionalGradeEnum, PositionKindEnum } from "../organization/organization.enums";
import { CompetencyKindEnum } from "./competency.enums";

@InputType({ description: "A new dictionary entry (validated by the domain's validateCompetency)." })
export class CompetencyInput {
  @Field({ description: "Code with the kind's prefix, e.g. `T.PENGADAAN`." })
  @MaxLength(60)
  code: string;

  @Field(() => CompetencyKindEnum, { description: "Its kind." })
  kind: CompetencyKind;

  @Field({ description: "Name (Indonesian)." })
  @MaxLength(300)
  name: string;

  @Field(() => String, { nullable: true, description: "What it covers." })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;
}

@InputType({ description: "Changes to a dictionary entry; the code and kind cannot change." })
export class UpdateCompetencyInput {
  @Field(() => ID, { description: "The entry to change." })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one gives CONFLICT." })
  version: number;

  @Field(() => String, { nullable: true, description: "New name." })
  @IsOptional()
  @MaxLength(300)
  name?: string | null;

  @Field(() => String, { nullable: true, description: "New description; an empty string clears it." })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Retire (false) or restore (true)." })
  active?: boolean | null;
}

@InputType({ description: "Sets the level a position requires (creates or replaces the row for the same competency, kind, grade and title)." })
export class SetStandardInput {
  @Field(() => ID, { description: "The competency." })
  @IsUUID()
  competencyId: string;

  @Field(() => PositionKindEnum, { description: "Kind of position." })
  positionKind: PositionKind;

  @Field(() => FunctionalGradeEnum, { nullable: true, description: "Only this functional grade; omit for any." })
  functionalGrade?: FunctionalGrade | null;

  @Field(() => String, { nullable: true, description: "Only this position title; omit for any." })
  @IsOptional()
  @MaxLength(150)
  positionTitle?: string | null;

  @Field(() => Int, { description: "Required level, 1..5." })
  level: number;

  @Field(() => Boolean, { nullable: true, description: "A programme for it is mandatory for the position (default false)." })
  mandatoryProgramme?: boolean | null;
}
