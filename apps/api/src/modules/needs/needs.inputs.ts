import { Field, ID, InputType, Int } from "type-graphql";
import { IsOptional, IsUUID, Max, MaxLength, Min } from "class-validator";
import { FILE_NAME_MAX_LENGTH, POSITION_TITLE_MAX_LENGTH, type CompetencyKind, type FunctionalGrade, type PositionKind, type SkpRating } from "@bina/domain";
import { DateScalar } from "../../kit/scalars";
import { CompetencyKindEnum } from "../competency/competency.enums";
import { FunctionalGradeEnum, PositionKindEnum } from "../organization/organization.enums";
import type { AssessmentSource } from "./competency-assessment.entity";
import { AssessmentSourceEnum, SkpRatingEnum } from "./needs.enums";

@InputType({ description: "Which needs: a year's assessment, narrowed by unit (with sub-units), competency kind, position kind or one competency." })
export class NeedsFilter {
  @Field(() => Int, { description: "Year of the assessment cycle." })
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => ID, { nullable: true, description: "This unit and its sub-units." })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => CompetencyKindEnum, { nullable: true, description: "Only this kind of competency." })
  competencyKind?: CompetencyKind | null;

  @Field(() => PositionKindEnum, { nullable: true, description: "Only employees in this kind of position." })
  positionKind?: PositionKind | null;

  @Field(() => ID, { nullable: true, description: "Only this competency." })
  @IsOptional()
  @IsUUID()
  competencyId?: string | null;
}

@InputType({ description: "A position to measure an employee against (the next one in a career plan)." })
export class TargetPosition {
  @Field(() => PositionKindEnum, { description: "Kind of the target position." })
  positionKind: PositionKind;

  @Field(() => FunctionalGradeEnum, { nullable: true, description: "Its functional grade, for FUNGSIONAL." })
  functionalGrade?: FunctionalGrade | null;

  @Field(() => String, { nullable: true, description: `Its title (at most ${POSITION_TITLE_MAX_LENGTH} characters), where the city set title-specific standards.` })
  @IsOptional()
  @MaxLength(POSITION_TITLE_MAX_LENGTH * 2)
  positionTitle?: string | null;
}

@InputType({ description: "A new assessment; it is added to the history and never overwrites an earlier one." })
export class RecordAssessmentInput {
  @Field(() => ID, { description: "The employee assessed." })
  @IsUUID()
  employeeId: string;

  @Field(() => ID, { description: "The competency assessed." })
  @IsUUID()
  competencyId: string;

  @Field(() => Int, { description: "Year of the assessment cycle (created when missing)." })
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => Int, { description: "Assessed level, 1..5." })
  level: number;

  @Field(() => AssessmentSourceEnum, { description: "Who assessed." })
  source: AssessmentSource;

  @Field(() => DateScalar, { description: "Date of the assessment, inside the year." })
  assessedOn: string;
}

@InputType({ description: "A CSV or XLSX of assessments: columns nip, competency_code, level, source, assessed_on." })
export class ImportAssessmentsInput {
  @Field(() => Int, { description: "Year of the assessment cycle." })
  @Min(2000)
  @Max(2100)
  year: number;

  @Field({ description: `The file's name (.csv or .xlsx), at most ${FILE_NAME_MAX_LENGTH} characters.` })
  @MaxLength(FILE_NAME_MAX_LENGTH)
  fileName: string;

  @Field({ description: "The file's content, base64-encoded." })
  contentBase64: string;

  @Field(() => Boolean, { nullable: true, description: "Check only." })
  dryRun?: boolean | null;
}

@InputType({ description: "An employee's SKP result for a year (replaces that year's result, if any)." })
export class RecordSkpInput {
  @Field(() => ID, { description: "The employee." })
  @IsUUID()
  employeeId: string;

  @Field(() => Int, { description: "The year assessed." })
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => SkpRatingEnum, { description: "Work result against expectation." })
  resultRating: SkpRating;

  @Field(() => SkpRatingEnum, { description: "Work behaviour against expectation." })
  behaviourRating: SkpRating;
}
