import { Field, Float, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsOptional, IsUUID } from "class-validator";
import type { DevelopmentKind } from "@bina/domain";
import { DateScalar } from "../../kit/scalars";
import { DevelopmentKindEnum } from "../delivery/delivery.enums";
import { LEARNING_RECORD_STATUSES, LearningRecordStatusEnum, type LearningRecordStatus } from "./compliance.enums";
import { EVIDENCE_LIMITS } from "./evidence-file";

/** Longest list of session dates or daily JP a record may carry (a year of days). */
export const MAX_ACTIVITY_DAYS = 366;

@InputType({ description: `An evidence file, at most ${EVIDENCE_LIMITS.maxFileBytes / 1024 / 1024} MB: PDF, JPEG or PNG, recognised by its content.` })
export class EvidenceFileInput {
  @Field({ description: "The file's name; its extension must match the content (.pdf, .jpg/.jpeg, .png)." })
  fileName: string;

  @Field({ description: "The file's bytes as standard base64." })
  contentBase64: string;
}

@InputType({ description: "A non-classical or education activity of an employee, with the fields its kind's conversion rule reads." })
export class SubmitLearningRecordInput {
  @Field(() => ID, { description: "The employee (an operator: staff of its unit or a sub-unit)." })
  employeeId: string;

  @Field(() => DevelopmentKindEnum, { description: "The kind: an education or non-classical kind (classical training is delivered as batches)." })
  kind: DevelopmentKind;

  @Field({ description: "Title, 3..200 characters." })
  title: string;

  @Field(() => DateScalar, { description: "First day." })
  startedOn: string;

  @Field(() => DateScalar, { description: "Last day (on or after the first); its year is the ledger year." })
  endedOn: string;

  @Field(() => Float, { nullable: true, description: "JP as given (distance learning, outbound, on-the-job guidance)." })
  jp?: number | null;

  @Field(() => Int, { nullable: true, description: "Days (kinds credited per day)." })
  days?: number | null;

  @Field(() => [DateScalar], { nullable: true, description: `Session dates (coaching, mentoring), at most ${MAX_ACTIVITY_DAYS}, between the first and last day.` })
  sessionDates?: string[] | null;

  @Field(() => [Float], { nullable: true, description: `JP per day (e-learning, self-study, learning community), at most ${MAX_ACTIVITY_DAYS} days.` })
  jpByDay?: number[] | null;

  @Field(() => Int, { nullable: true, description: "How many (benchmarking, secondment, exchange, internship; 1 when omitted)." })
  count?: number | null;

  @Field(() => Int, { nullable: true, description: "Semesters (degree study)." })
  semesters?: number | null;

  @Field(() => [EvidenceFileInput], { description: `Evidence, 1..${EVIDENCE_LIMITS.maxFiles} files.` })
  evidence: EvidenceFileInput[];
}

@InputType({ description: "BKPSDM's verification of a submitted record." })
export class VerifyLearningRecordInput {
  @Field(() => ID, { description: "The record." })
  id: string;

  @Field(() => Int, { description: "The version you read (optimistic lock)." })
  version: number;
}

@InputType({ description: "BKPSDM's rejection of a submitted record, with the reason." })
export class RejectLearningRecordInput {
  @Field(() => ID, { description: "The record." })
  id: string;

  @Field(() => Int, { description: "The version you read (optimistic lock)." })
  version: number;

  @Field({ description: "Why (3..500 characters, several lines allowed); required." })
  reason: string;
}

@InputType({ description: "Which learning records; filters combine with AND." })
export class LearningRecordFilter {
  @Field(() => [LearningRecordStatusEnum], { nullable: true, description: "Only these statuses; every status when omitted (the verification queue: SUBMITTED)." })
  @IsOptional()
  @ArrayMaxSize(LEARNING_RECORD_STATUSES.length)
  statuses?: LearningRecordStatus[] | null;

  @Field(() => ID, { nullable: true, description: "Only employees of this unit and its sub-units." })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this employee." })
  @IsOptional()
  @IsUUID()
  employeeId?: string | null;

  @Field(() => Int, { nullable: true, description: "Only activities ending in this year." })
  year?: number | null;
}
