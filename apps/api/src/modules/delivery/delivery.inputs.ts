import { Field, Float, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsOptional, IsUUID, ValidateNested } from "class-validator";
import { JP_MINUTES, type DeliveryState, type DevelopmentKind, type LeadershipProgramme, type NominationState } from "@bina/domain";
import { DateScalar, RupiahScalar } from "../../kit/scalars";
import { MAX_COMPETENCIES, MAX_QUOTAS_PER_BATCH, MAX_SESSION_JP } from "./delivery-limits";
import {
  DeliveryStateEnum,
  DevelopmentKindEnum,
  LeadershipProgrammeEnum,
  NominationDecisionEnum,
  NominationStatusEnum,
  ProgrammeOrganiserEnum,
  SessionRoleEnum,
  SpeakerLevelEnum,
  type NominationDecision,
  type ProgrammeOrganiser,
} from "./delivery.enums";

// Text fields are checked by the domain's checkText in the use cases (field errors naming the field); the decorators
// keep ids well-formed and lists bounded before any SQL.

@InputType({ description: "Which speakers: all when omitted." })
export class SpeakerFilter {
  @Field(() => String, { nullable: true, description: "Part of the name, institution or origin city (1..100 characters, any case)." })
  search?: string | null;
}

@InputType({ description: "A new speaker." })
export class SpeakerInput {
  @Field({ description: "Full name with titles, 2..200 characters." })
  name: string;

  @Field({ description: "Institution, 2..200 characters." })
  institution: string;

  @Field({ description: "The city the speaker comes from, 2..100 characters (e.g. Semarang)." })
  originCity: string;

  @Field(() => SpeakerLevelEnum, { description: "Level, which sets the fee ceiling." })
  level: string;

  @Field(() => [ID], { nullable: true, description: "Competencies of expertise, each once (at most 20)." })
  @IsOptional()
  @ArrayMaxSize(MAX_COMPETENCIES)
  @IsUUID("all", { each: true })
  expertiseIds?: string[] | null;

  @Field(() => String, { nullable: true, description: "E-mail address." })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "Phone number." })
  phone?: string | null;

  @Field(() => Boolean, { nullable: true, description: "A civil servant of the city (default false)." })
  internal?: boolean | null;
}

@InputType({ description: "Changes to a speaker; omitted fields keep their value." })
export class UpdateSpeakerInput {
  @Field(() => ID, { description: "The speaker." })
  id: string;

  @Field(() => Int, { description: "The version you read (optimistic lock)." })
  version: number;

  @Field(() => String, { nullable: true, description: "New name." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "New institution." })
  institution?: string | null;

  @Field(() => String, { nullable: true, description: "New origin city." })
  originCity?: string | null;

  @Field(() => SpeakerLevelEnum, { nullable: true, description: "New level." })
  level?: string | null;

  @Field(() => [ID], { nullable: true, description: "New competencies of expertise." })
  @IsOptional()
  @ArrayMaxSize(MAX_COMPETENCIES)
  @IsUUID("all", { each: true })
  expertiseIds?: string[] | null;

  @Field(() => String, { nullable: true, description: "New e-mail address; an empty text removes it." })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "New phone number; an empty text removes it." })
  phone?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Internal or not." })
  internal?: boolean | null;
}

@InputType({ description: "A programme made from an adopted plan's selected or mandatory item." })
export class ProgrammeFromPlanInput {
  @Field(() => ID, { description: "The adopted plan version." })
  planId: string;

  @Field(() => ID, { description: "The candidate of that plan (selected or mandatory)." })
  candidateId: string;

  @Field(() => DevelopmentKindEnum, { description: "Kind of development." })
  kind: DevelopmentKind;

  @Field(() => LeadershipProgrammeEnum, { nullable: true, description: "For LEADERSHIP_TRAINING: which leadership programme." })
  leadershipProgramme?: LeadershipProgramme | null;

  @Field(() => ProgrammeOrganiserEnum, { description: "Who organises it." })
  organiser: ProgrammeOrganiser;

  @Field(() => String, { nullable: true, description: "The organiser's name (e.g. BPSDMD Jawa Tengah), 2..200 characters." })
  organiserName?: string | null;
}

@InputType({ description: "A programme outside the plan (ad hoc)." })
export class ProgrammeInput {
  @Field(() => Int, { description: "Year." })
  year: number;

  @Field({ description: "Title, 3..200 characters." })
  title: string;

  @Field(() => DevelopmentKindEnum, { description: "Kind of development." })
  kind: DevelopmentKind;

  @Field(() => LeadershipProgrammeEnum, { nullable: true, description: "For LEADERSHIP_TRAINING: which leadership programme." })
  leadershipProgramme?: LeadershipProgramme | null;

  @Field(() => ProgrammeOrganiserEnum, { description: "Who organises it." })
  organiser: ProgrammeOrganiser;

  @Field(() => String, { nullable: true, description: "The organiser's name, 2..200 characters." })
  organiserName?: string | null;

  @Field(() => [ID], { nullable: true, description: "The competencies it develops, each once (at most 20)." })
  @IsOptional()
  @ArrayMaxSize(MAX_COMPETENCIES)
  @IsUUID("all", { each: true })
  competencyIds?: string[] | null;
}

@InputType({ description: "Changes to a programme; omitted fields keep their value. The status moves with moveProgramme." })
export class UpdateProgrammeInput {
  @Field(() => ID, { description: "The programme." })
  id: string;

  @Field(() => Int, { description: "The version you read (optimistic lock)." })
  version: number;

  @Field(() => String, { nullable: true, description: "New title." })
  title?: string | null;

  @Field(() => DevelopmentKindEnum, { nullable: true, description: "New kind (its batches' credited JP is recomputed)." })
  kind?: DevelopmentKind | null;

  @Field(() => LeadershipProgrammeEnum, { nullable: true, description: "New leadership programme." })
  leadershipProgramme?: LeadershipProgramme | null;

  @Field(() => ProgrammeOrganiserEnum, { nullable: true, description: "New organiser." })
  organiser?: ProgrammeOrganiser | null;

  @Field(() => String, { nullable: true, description: "New organiser's name; an empty text removes it." })
  organiserName?: string | null;

  @Field(() => [ID], { nullable: true, description: "New competencies." })
  @IsOptional()
  @ArrayMaxSize(MAX_COMPETENCIES)
  @IsUUID("all", { each: true })
  competencyIds?: string[] | null;
}

@InputType({ description: "Which programmes: one year's, optionally of some kinds or statuses." })
export class ProgrammeFilter {
  @Field(() => Int, { description: "Year." })
  year: number;

  @Field(() => [DevelopmentKindEnum], { nullable: true, description: "Only these kinds." })
  @IsOptional()
  @ArrayMaxSize(25)
  kinds?: DevelopmentKind[] | null;

  @Field(() => [DeliveryStateEnum], { nullable: true, description: "Only these statuses." })
  @IsOptional()
  @ArrayMaxSize(7)
  statuses?: DeliveryState[] | null;
}

@InputType({ description: "A move of a programme or batch to another status." })
export class MoveInput {
  @Field(() => ID, { description: "The programme or batch." })
  id: string;

  @Field(() => Int, { description: "The version you read (optimistic lock)." })
  version: number;

  @Field(() => DeliveryStateEnum, { description: "The status to move to." })
  status: DeliveryState;
}

@InputType({ description: "Seats of a batch reserved for a unit and its sub-units." })
export class UnitQuotaInput {
  @Field(() => ID, { description: "The unit." })
  @IsUUID()
  unitId: string;

  @Field(() => Int, { description: "Seats, 0..10000 (0 waitlists every nominee of the unit)." })
  seats: number;
}

@InputType({ description: "A new batch of a programme." })
export class BatchInput {
  @Field(() => ID, { description: "The programme." })
  programmeId: string;

  @Field({ description: "Name, e.g. `Angkatan I`, 1..100 characters." })
  name: string;

  @Field(() => DateScalar, { description: "First day." })
  startsOn: string;

  @Field(() => DateScalar, { description: "Last day (on or after the first)." })
  endsOn: string;

  @Field(() => Int, { description: "Seats, 1..10000." })
  capacity: number;

  @Field(() => String, { nullable: true, description: "Venue, 2..200 characters." })
  venue?: string | null;

  @Field(() => String, { nullable: true, description: "Online link (https://...), at most 500 characters." })
  onlineUrl?: string | null;

  @Field(() => Float, { nullable: true, description: "Share of the batch's JP a participant must attend to complete, 0..1; the domain's default when omitted." })
  minAttendanceShare?: number | null;

  @Field(() => Float, { nullable: true, description: "Post-test pass mark, 0..100; none when omitted." })
  passMark?: number | null;

  @Field(() => [UnitQuotaInput], { nullable: true, description: "Seats per unit (each unit once, at most 200)." })
  @IsOptional()
  @ArrayMaxSize(MAX_QUOTAS_PER_BATCH)
  @ValidateNested({ each: true })
  quotas?: UnitQuotaInput[] | null;
}

@InputType({ description: "Changes to a batch; omitted fields keep their value. The status moves with moveBatch." })
export class UpdateBatchInput {
  @Field(() => ID, { description: "The batch." })
  id: string;

  @Field(() => Int, { description: "The version you read (optimistic lock)." })
  version: number;

  @Field(() => String, { nullable: true, description: "New name." })
  name?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "New first day." })
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "New last day." })
  endsOn?: string | null;

  @Field(() => Int, { nullable: true, description: "New capacity (not below the seats taken); a larger one promotes waitlisted nominees." })
  capacity?: number | null;

  @Field(() => String, { nullable: true, description: "New venue; an empty text removes it." })
  venue?: string | null;

  @Field(() => String, { nullable: true, description: "New online link; an empty text removes it." })
  onlineUrl?: string | null;

  @Field(() => Float, { nullable: true, description: "New minimum attendance share, 0..1." })
  minAttendanceShare?: number | null;

  @Field(() => Float, { nullable: true, description: "New pass mark, 0..100." })
  passMark?: number | null;

  @Field(() => [UnitQuotaInput], { nullable: true, description: "The quotas replacing the current ones (an empty list removes them all)." })
  @IsOptional()
  @ArrayMaxSize(MAX_QUOTAS_PER_BATCH)
  @ValidateNested({ each: true })
  quotas?: UnitQuotaInput[] | null;
}

@InputType({ description: "Which batches: those starting in a date range, optionally of one programme or some statuses." })
export class BatchFilter {
  @Field(() => DateScalar, { description: "Batches starting on or after this day." })
  from: string;

  @Field(() => DateScalar, { description: "Batches starting on or before this day (at most 400 days after `from`)." })
  to: string;

  @Field(() => ID, { nullable: true, description: "Only this programme's." })
  @IsOptional()
  @IsUUID()
  programmeId?: string | null;

  @Field(() => [DeliveryStateEnum], { nullable: true, description: "Only these statuses." })
  @IsOptional()
  @ArrayMaxSize(7)
  statuses?: DeliveryState[] | null;
}

@InputType({ description: "A session of a batch (times in Asia/Jakarta)." })
export class SessionInput {
  @Field(() => ID, { description: "The batch." })
  batchId: string;

  @Field(() => DateScalar, { description: "Day, within the batch's dates." })
  date: string;

  @Field({ description: "Start, `HH:MM`." })
  start: string;

  @Field({ description: "End, `HH:MM`, after the start." })
  end: string;

  @Field(() => Float, { description: `Learning hours (JP, ${JP_MINUTES} minutes each), 0..${MAX_SESSION_JP}, at most two decimals.` })
  jp: number;

  @Field({ description: "Topic, 2..200 characters." })
  topic: string;

  @Field(() => String, { nullable: true, description: "Venue (room), 2..200 characters; the batch's venue when omitted." })
  venue?: string | null;

  @Field(() => ID, { nullable: true, description: "The speaker." })
  @IsOptional()
  @IsUUID()
  speakerId?: string | null;

  @Field(() => SessionRoleEnum, { nullable: true, description: "The speaker's role (default SPEAKER)." })
  role?: string | null;

  @Field(() => RupiahScalar, { nullable: true, description: "The speaker's fee, whole rupiah, at most the ceiling of the speaker's level and role." })
  fee?: number | null;
}

@InputType({ description: "Changes to a session; omitted fields keep their value." })
export class UpdateSessionInput {
  @Field(() => ID, { description: "The session." })
  id: string;

  @Field(() => Int, { description: "The version you read (optimistic lock)." })
  version: number;

  @Field(() => DateScalar, { nullable: true, description: "New day." })
  date?: string | null;

  @Field(() => String, { nullable: true, description: "New start, `HH:MM`." })
  start?: string | null;

  @Field(() => String, { nullable: true, description: "New end, `HH:MM`." })
  end?: string | null;

  @Field(() => Float, { nullable: true, description: "New JP." })
  jp?: number | null;

  @Field(() => String, { nullable: true, description: "New topic." })
  topic?: string | null;

  @Field(() => String, { nullable: true, description: "New venue; an empty text removes it." })
  venue?: string | null;

  @Field(() => ID, { nullable: true, description: "New speaker." })
  @IsOptional()
  @IsUUID()
  speakerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "True removes the speaker (and the fee)." })
  removeSpeaker?: boolean | null;

  @Field(() => SessionRoleEnum, { nullable: true, description: "New role." })
  role?: string | null;

  @Field(() => RupiahScalar, { nullable: true, description: "New fee, whole rupiah." })
  fee?: number | null;
}

@InputType({ description: "An employee put forward for a batch." })
export class NominateInput {
  @Field(() => ID, { description: "The batch (PLANNED or OPEN)." })
  batchId: string;

  @Field(() => ID, { description: "The employee (an operator: of its own unit or a sub-unit)." })
  employeeId: string;
}

@InputType({ description: "An administrator's decision on a nomination." })
export class DecideNominationInput {
  @Field(() => ID, { description: "The nomination." })
  id: string;

  @Field(() => Int, { description: "The version you read (optimistic lock)." })
  version: number;

  @Field(() => NominationDecisionEnum, { description: "Approve or reject." })
  decision: NominationDecision;

  @Field(() => String, { nullable: true, description: "Why (3..500 characters); required to reject." })
  reason?: string | null;
}

@InputType({ description: "A nomination withdrawn." })
export class CancelNominationInput {
  @Field(() => ID, { description: "The nomination." })
  id: string;

  @Field(() => Int, { description: "The version you read (optimistic lock)." })
  version: number;

  @Field(() => String, { nullable: true, description: "Why (3..500 characters)." })
  reason?: string | null;
}

@InputType({ description: "Which nominations; an operator sees only its unit's and sub-units'." })
export class NominationFilter {
  @Field(() => ID, { nullable: true, description: "Only this batch's." })
  @IsOptional()
  @IsUUID()
  batchId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this unit's and its sub-units'." })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => [NominationStatusEnum], { nullable: true, description: "Only these statuses." })
  @IsOptional()
  @ArrayMaxSize(5)
  statuses?: NominationState[] | null;
}
