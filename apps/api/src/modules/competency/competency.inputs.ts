import { Field, ID, InputType, Int } from "type-graphql";
import { IsOptional, IsUUID, MaxLength } from "class-validator";
import {
  COMPETENCY_CODE_MAX_LENGTH,
  COMPETENCY_DESCRIPTION_MAX_LENGTH,
  COMPETENCY_NAME_MAX_LENGTH,
  POSITION_TITLE_MAX_LENGTH,
  type CompetencyKind,
  type FunctionalGrade,
  type PositionKind,
} from "@bina/domain";
import { FunctionalGradeEnum, PositionKindEnum } from "../organization/organization.enums";
import { CompetencyKindEnum } from "./competency.enums";

/*
 * Every length here is the domain's constant, the one source the column and the admin form use too; the domain
 * (`validateCompetency`, `checkText`) counts it in code points after trimming, and refuses control characters, bidi
 * overrides, formula prefixes and blank values as field errors. MaxLength only keeps oversized strings from reaching
 * the domain: it counts UTF-16 units, so it allows two per code point.
 */
const utf16Bound = (maxCodePoints: number): number => maxCodePoints * 2;

@InputType({ description: "A new dictionary entry (validated by the domain's validateCompetency)." })
export class CompetencyInput {
  @Field({ description: `Code with the kind's prefix, e.g. \`T.PENGADAAN\`; at most ${COMPETENCY_CODE_MAX_LENGTH} characters.` })
  @MaxLength(utf16Bound(COMPETENCY_CODE_MAX_LENGTH))
  code: string;

  @Field(() => CompetencyKindEnum, { description: "Its kind." })
  kind: CompetencyKind;

  @Field({ description: `Name (Indonesian), at most ${COMPETENCY_NAME_MAX_LENGTH} characters.` })
  @MaxLength(utf16Bound(COMPETENCY_NAME_MAX_LENGTH))
  name: string;

  @Field(() => String, { nullable: true, description: `What it covers, at most ${COMPETENCY_DESCRIPTION_MAX_LENGTH} characters.` })
  @IsOptional()
  @MaxLength(utf16Bound(COMPETENCY_DESCRIPTION_MAX_LENGTH))
  description?: string | null;
}

@InputType({ description: "Changes to a dictionary entry; the code and kind cannot change." })
export class UpdateCompetencyInput {
  @Field(() => ID, { description: "The entry to change." })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one gives CONFLICT." })
  version: number;

  @Field(() => String, { nullable: true, description: `New name, at most ${COMPETENCY_NAME_MAX_LENGTH} characters.` })
  @IsOptional()
  @MaxLength(utf16Bound(COMPETENCY_NAME_MAX_LENGTH))
  name?: string | null;

  @Field(() => String, { nullable: true, description: "New description; an empty string clears it." })
  @IsOptional()
  @MaxLength(utf16Bound(COMPETENCY_DESCRIPTION_MAX_LENGTH))
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

  @Field(() => String, { nullable: true, description: `Only this position title (at most ${POSITION_TITLE_MAX_LENGTH} characters); omit for any.` })
  @IsOptional()
  @MaxLength(utf16Bound(POSITION_TITLE_MAX_LENGTH))
  positionTitle?: string | null;

  @Field(() => Int, { description: "Required level, 1..5." })
  level: number;

  @Field(() => Boolean, { nullable: true, description: "A programme for it is mandatory for the position (default false)." })
  mandatoryProgramme?: boolean | null;
}
