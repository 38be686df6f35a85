import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from "class-validator";
import { Field, Float, ID, InputType, Int } from "type-graphql";
import type { SpeakerLevel, SpendingCategory } from "@bina/domain";
import { DateScalar, RupiahScalar } from "../../kit/scalars";
import { SpeakerLevelEnum } from "../delivery/delivery.enums";
import { BUDGET_TEXT, FISCAL_YEAR_MAX, FISCAL_YEAR_MIN, MAX_QUANTITY } from "./budget-limits";
import { SpendingCategoryEnum } from "./budget.enums";

// The decorators bound sizes before any SQL; the use cases check every field with the domain (text rules, amounts,
// account codes, standard costs) and answer BAD_USER_INPUT naming the field.

/** Generous outer bounds: the domain's checks name the exact limits. */
const TEXT_BOUND = 2000;

@InputType({ description: "A new budget line (ADMIN)." })
export class CreateBudgetLineInput {
  @Field(() => Int, { description: `The fiscal year, ${FISCAL_YEAR_MIN}..${FISCAL_YEAR_MAX}.` })
  @IsInt()
  @Min(FISCAL_YEAR_MIN)
  @Max(FISCAL_YEAR_MAX)
  fiscalYear: number;

  @Field({ description: "The APBD account code, e.g. 5.1.02.02.12.0001." })
  @MaxLength(40)
  accountCode: string;

  @Field({ description: `The line's name, ${BUDGET_TEXT.lineName.min}..${BUDGET_TEXT.lineName.max} characters; unique within the year and account.` })
  @MaxLength(TEXT_BOUND)
  name: string;

  @Field(() => RupiahScalar, { description: "The ceiling (pagu), whole rupiah, 0 or more." })
  ceiling: number;

  @Field(() => ID, { nullable: true, description: "The programme it funds (at most one line per programme and account)." })
  @IsOptional()
  @IsUUID("all")
  programmeId?: string | null;

  @Field(() => ID, { nullable: true, description: "The organisational unit whose money it is; omitted: the agency's own line." })
  @IsOptional()
  @IsUUID("all")
  unitId?: string | null;

  @Field(() => [RupiahScalar], {
    nullable: true,
    description: "The planned disbursement, 12 whole-rupiah amounts (January..December) summing to the ceiling; omitted: the default profile's plan.",
  })
  @IsOptional()
  @ArrayMinSize(12)
  @ArrayMaxSize(12)
  plannedByMonth?: number[] | null;
}

@InputType({ description: "Changes to a budget line (ADMIN); omitted fields stay. The ceiling changes only by an approved revision." })
export class UpdateBudgetLineInput {
  @Field(() => ID, { description: "The line." })
  @IsUUID("all")
  id: string;

  @Field(() => Int, { description: "The version you read (CONFLICT STALE_VERSION when it changed since)." })
  version: number;

  @Field(() => String, { nullable: true, description: `New name, ${BUDGET_TEXT.lineName.min}..${BUDGET_TEXT.lineName.max} characters.` })
  @IsOptional()
  @MaxLength(TEXT_BOUND)
  name?: string | null;

  @Field(() => [RupiahScalar], { nullable: true, description: "New planned disbursement: 12 amounts summing to the ceiling." })
  @IsOptional()
  @ArrayMinSize(12)
  @ArrayMaxSize(12)
  plannedByMonth?: number[] | null;

  @Field(() => ID, { nullable: true, description: "New programme it funds." })
  @IsOptional()
  @IsUUID("all")
  programmeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "True: the line funds no programme any more (programmeId is then ignored)." })
  clearProgramme?: boolean | null;
}

@InputType({ description: "A new spending on a budget line (ADMIN, or a unit operator on a line of its subtree)." })
export class RecordSpendingInput {
  @Field(() => ID, { description: "The budget line." })
  budgetLineId: string;

  @Field(() => RupiahScalar, { description: "The amount, whole rupiah, more than 0; refused with BUDGET_EXCEEDED (and the remaining amount) when it does not fit." })
  amount: number;

  @Field(() => DateScalar, { description: "When it was spent, within the line's fiscal year." })
  spentOn: string;

  @Field({ description: `What it paid for, ${BUDGET_TEXT.description.min}..${BUDGET_TEXT.description.max} characters.` })
  @MaxLength(TEXT_BOUND)
  description: string;

  @Field({ description: `The supporting document's number, ${BUDGET_TEXT.documentNumber.min}..${BUDGET_TEXT.documentNumber.max} characters.` })
  @MaxLength(TEXT_BOUND)
  documentNumber: string;

  @Field(() => SpendingCategoryEnum, { nullable: true, description: "Its category; one with a standard cost is checked (ABOVE_STANDARD_COST)." })
  category?: SpendingCategory | null;

  @Field(() => Float, { nullable: true, description: `The standard cost's basis: persons (speakers), sessions (moderators), JP (teachers) or person-days (allowances); more than 0, at most ${MAX_QUANTITY}, 2 decimals.` })
  @IsOptional()
  @Min(0)
  @Max(MAX_QUANTITY)
  quantity?: number | null;

  @Field(() => SpeakerLevelEnum, { nullable: true, description: "SPEAKER_FEE: the speakers' level." })
  speakerLevel?: SpeakerLevel | null;

  @Field(() => Int, { nullable: true, description: "SPEAKER_FEE: the minutes spoken per person." })
  @IsOptional()
  @Min(0)
  @Max(100_000)
  minutes?: number | null;

  @Field(() => ID, { nullable: true, description: "The batch it paid for (counts in the batch's programme's cost)." })
  @IsOptional()
  @IsUUID("all")
  batchId?: string | null;
}

@InputType({ description: "Changes to an active spending; omitted fields stay. A larger amount is checked again (BUDGET_EXCEEDED, standard cost)." })
export class UpdateSpendingInput {
  @Field(() => ID, { description: "The spending." })
  id: string;

  @Field(() => Int, { description: "The version you read (CONFLICT STALE_VERSION when it changed since)." })
  version: number;

  @Field(() => RupiahScalar, { nullable: true, description: "New amount, whole rupiah, more than 0." })
  amount?: number | null;

  @Field(() => DateScalar, { nullable: true, description: "New date, within the line's fiscal year." })
  spentOn?: string | null;

  @Field(() => String, { nullable: true, description: `New description, ${BUDGET_TEXT.description.min}..${BUDGET_TEXT.description.max} characters.` })
  @IsOptional()
  @MaxLength(TEXT_BOUND)
  description?: string | null;

  @Field(() => String, { nullable: true, description: `New document number, ${BUDGET_TEXT.documentNumber.min}..${BUDGET_TEXT.documentNumber.max} characters.` })
  @IsOptional()
  @MaxLength(TEXT_BOUND)
  documentNumber?: string | null;

  @Field(() => SpeakerLevelEnum, { nullable: true, description: "SPEAKER_FEE: the speakers' level, needed when the amount changes." })
  speakerLevel?: SpeakerLevel | null;

  @Field(() => Int, { nullable: true, description: "SPEAKER_FEE: the minutes per person, needed when the amount changes." })
  @IsOptional()
  @Min(0)
  @Max(100_000)
  minutes?: number | null;
}

@InputType({ description: "Cancels an active spending: its amount is released from the line; it stays with its history." })
export class CancelSpendingInput {
  @Field(() => ID, { description: "The spending." })
  id: string;

  @Field(() => Int, { description: "The version you read (CONFLICT STALE_VERSION when it changed since)." })
  version: number;

  @Field({ description: `Why, ${BUDGET_TEXT.reason.min}..${BUDGET_TEXT.reason.max} characters (lines allowed).` })
  @MaxLength(TEXT_BOUND)
  reason: string;
}
