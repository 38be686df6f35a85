import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import {
  allowedBatchMoves,
  allowedProgrammeMoves,
  developmentKindRoute,
  type DeliveryState,
  type DevelopmentKind,
  type DevelopmentRoute,
  type LeadershipProgramme,
  type NominationState,
} from "@bina/domain";
import { Connection } from "../../kit/connection";
import { DateScalar, RupiahScalar } from "../../kit/scalars";
import type { BatchSessionEntity } from "./batch-session.entity";
import type { BatchEntity } from "./batch.entity";
import {
  DeliveryStateEnum,
  DevelopmentKindEnum,
  DevelopmentRouteEnum,
  LeadershipProgrammeEnum,
  NominationStatusEnum,
  ProgrammeOrganiserEnum,
  SessionRoleEnum,
  SpeakerLevelEnum,
  type ProgrammeOrganiser,
} from "./delivery.enums";
import type { NominationEntity } from "./nomination.entity";
import type { ProgrammeEntity } from "./programme.entity";
import type { SpeakerEntity } from "./speaker.entity";

@ObjectType("Speaker", { description: "A speaker, moderator or teacher: internal, or invited (often from another city)." })
export class SpeakerType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Field({ description: "Full name with titles." })
  name: string;

  @Field({ description: "Institution." })
  institution: string;

  @Field({ description: "The city the speaker comes from." })
  originCity: string;

  @Field(() => SpeakerLevelEnum, { description: "Level, which sets the fee ceiling (PMK 49/2023)." })
  level: string;

  /** Resolved to `expertise` by the competency loader. */
  expertiseIds: string[];

  @Field(() => String, { nullable: true, description: "E-mail address." })
  email: string | null;

  @Field(() => String, { nullable: true, description: "Phone number." })
  phone: string | null;

  @Field({ description: "A civil servant of the city." })
  internal: boolean;

  @Field(() => Int, { description: "Optimistic-lock version: pass it back when changing the speaker." })
  version: number;

  @Field({ description: "When the speaker was registered." })
  createdAt: Date;
}

export const toSpeakerType = (s: SpeakerEntity): SpeakerType =>
  Object.assign(new SpeakerType(), {
    id: s.id,
    name: s.name,
    institution: s.institution,
    originCity: s.originCity,
    level: s.level,
    expertiseIds: s.expertiseIds,
    email: s.email,
    phone: s.phone,
    internal: s.internal,
    version: s.version,
    createdAt: s.createdAt,
  });

@ObjectType("SpeakerConnection", { description: "One page of speakers, by name." })
export class SpeakerConnection extends Connection(SpeakerType, "Speaker", "speaker") {}

@ObjectType("SpeakerYear", { description: "A speaker's sessions and fees over a year (batches not cancelled), summed in SQL." })
export class SpeakerYearType {
  @Field(() => Int, { description: "The year." })
  year: number;

  @Field(() => Int, { description: "Sessions." })
  sessions: number;

  @Field(() => Float, { description: "Hours in sessions (60 minutes each, the unit a speaker is paid in)." })
  hours: number;

  @Field(() => Float, { description: "Learning hours (JP) of those sessions." })
  jp: number;

  @Field(() => RupiahScalar, { description: "Fees, whole rupiah." })
  totalFee: number;

  @Field(() => Int, { description: "Days with a session (the days the speaker travels)." })
  days: number;

  @Field({ description: "True for a speaker who is not internal and whose origin city is not the city's own (an invited speaker travelling in)." })
  travelsFromAnotherCity: boolean;

  @Field(() => RupiahScalar, {
    description: "Daily allowance ceiling of those days for a travelling speaker: days × the out-of-town daily allowance (DOMAIN.md §8, Central Java); 0 otherwise.",
  })
  dailyAllowanceCeiling: number;
}

@ObjectType("Programme", { description: "A development programme of a year, from an adopted plan's item or ad hoc; delivered in batches." })
export class ProgrammeType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Field(() => Int, { description: "Year." })
  year: number;

  @Field({ description: "Title." })
  title: string;

  @Field(() => DevelopmentKindEnum, { description: "Kind of development (PerLAN 10/2018)." })
  kind: DevelopmentKind;

  @Field(() => DevelopmentRouteEnum, { description: "Route of its kind: education, classical or non-classical." })
  route: DevelopmentRoute;

  @Field(() => LeadershipProgrammeEnum, { nullable: true, description: "For leadership training: which leadership programme." })
  leadershipProgramme: LeadershipProgramme | null;

  @Field(() => ProgrammeOrganiserEnum, { description: "Who organises it." })
  organiser: ProgrammeOrganiser;

  @Field(() => String, { nullable: true, description: "The organiser's name." })
  organiserName: string | null;

  @Field(() => ID, { nullable: true, description: "The adopted plan version it comes from; null for an ad hoc programme." })
  planId: string | null;

  @Field(() => ID, { nullable: true, description: "The plan's candidate it delivers; null for an ad hoc programme (or a candidate deleted since)." })
  candidateId: string | null;

  /** Resolved to `competencies` by the competency loader. */
  competencyIds: string[];

  @Field(() => DeliveryStateEnum, { description: "Where it stands." })
  status: DeliveryState;

  @Field(() => [DeliveryStateEnum], { description: "The statuses it may move to from here (the domain's transition table)." })
  allowedMoves: DeliveryState[];

  @Field(() => Int, { description: "Optimistic-lock version: pass it back when changing the programme." })
  version: number;

  @Field({ description: "When it was created." })
  createdAt: Date;
}

export const toProgrammeType = (p: ProgrammeEntity): ProgrammeType =>
  Object.assign(new ProgrammeType(), {
    id: p.id,
    year: p.year,
    title: p.title,
    kind: p.kind as DevelopmentKind,
    route: developmentKindRoute(p.kind as DevelopmentKind),
    leadershipProgramme: p.leadershipProgramme as LeadershipProgramme | null,
    organiser: p.organiser as ProgrammeOrganiser,
    organiserName: p.organiserName,
    planId: p.planId,
    candidateId: p.candidateId,
    competencyIds: p.competencyIds,
    status: p.status as DeliveryState,
    allowedMoves: [...allowedProgrammeMoves(p.status as DeliveryState)],
    version: p.version,
    createdAt: p.createdAt,
  });

@ObjectType("ProgrammeConnection", { description: "One page of a year's programmes, by title." })
export class ProgrammeConnection extends Connection(ProgrammeType, "Programme", "programme") {}

@ObjectType("Batch", { description: "A batch (angkatan) of a programme: dates, seats, venue or online link, sessions and nominations." })
export class BatchType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  /** Resolved to `programme` by the programme loader. */
  programmeId: string;

  @Field({ description: "Name, e.g. `Angkatan I`." })
  name: string;

  @Field(() => DateScalar, { description: "First day." })
  startsOn: string;

  @Field(() => DateScalar, { description: "Last day." })
  endsOn: string;

  @Field(() => Int, { description: "Seats." })
  capacity: number;

  @Field(() => String, { nullable: true, description: "Venue." })
  venue: string | null;

  @Field(() => String, { nullable: true, description: "Online link." })
  onlineUrl: string | null;

  @Field(() => DeliveryStateEnum, { description: "Where it stands; nominations only while PLANNED or OPEN." })
  status: DeliveryState;

  @Field(() => [DeliveryStateEnum], { description: "The statuses it may move to from here (the domain's transition table); COMPLETED is reached with completeBatch, not moveBatch." })
  allowedMoves: DeliveryState[];

  @Field(() => Float, { description: "JP credited to a participant who completes it: creditJp of the programme's kind over its sessions (Σ session JP, session days)." })
  creditedJp: number;

  @Field(() => Float, { nullable: true, description: "Share of its JP to attend for completion; null = the domain's default." })
  minAttendanceShare: number | null;

  @Field(() => Float, { nullable: true, description: "Post-test pass mark; null = none." })
  passMark: number | null;

  @Field(() => Int, { description: "Optimistic-lock version: pass it back when changing the batch." })
  version: number;
}

export const toBatchType = (b: BatchEntity): BatchType =>
  Object.assign(new BatchType(), {
    id: b.id,
    programmeId: b.programmeId,
    name: b.name,
    startsOn: b.startsOn,
    endsOn: b.endsOn,
    capacity: b.capacity,
    venue: b.venue,
    onlineUrl: b.onlineUrl,
    status: b.status as DeliveryState,
    allowedMoves: [...allowedBatchMoves(b.status as DeliveryState)],
    creditedJp: b.creditedJp,
    minAttendanceShare: b.minAttendanceShare,
    passMark: b.passMark,
    version: b.version,
  });

@ObjectType("BatchConnection", { description: "One page of batches, by first day." })
export class BatchConnection extends Connection(BatchType, "Batch", "batch") {}

@ObjectType("BatchSeats", { description: "Seats of a batch: held (NOMINATED or APPROVED) and waiting, over every unit." })
export class BatchSeatsType {
  @Field(() => Int, { description: "Seats held." })
  taken: number;

  @Field(() => Int, { description: "Seats left (capacity − taken, at least 0)." })
  free: number;

  @Field(() => Int, { description: "Nominations waiting for a seat." })
  waitlisted: number;
}

@ObjectType("UnitQuota", { description: "Seats of a batch reserved for a unit and its sub-units." })
export class UnitQuotaType {
  /** Resolved to `unit` by the unit loader. */
  unitId: string;

  @Field(() => Int, { description: "Seats at most for the unit's nominees." })
  seats: number;

  @Field(() => Int, { description: "Seats its nominees hold now." })
  seatsTaken: number;
}

@ObjectType("BatchSession", { description: "A session of a batch; date and times in Asia/Jakarta." })
export class BatchSessionType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  /** Resolved to `batch` by the batch loader. */
  batchId: string;

  /** Resolved to `speaker` by the speaker loader. */
  speakerId: string | null;

  @Field(() => DateScalar, { description: "Day." })
  date: string;

  @Field({ description: "Start, `HH:MM`." })
  start: string;

  @Field({ description: "End, `HH:MM`." })
  end: string;

  @Field(() => Int, { description: "Length in minutes." })
  minutes: number;

  @Field(() => Float, { description: "Learning hours (JP)." })
  jp: number;

  @Field({ description: "Topic." })
  topic: string;

  @Field(() => String, { nullable: true, description: "Venue." })
  venue: string | null;

  @Field(() => SessionRoleEnum, { description: "The speaker's role." })
  role: string;

  @Field(() => RupiahScalar, { nullable: true, description: "The speaker's fee, whole rupiah." })
  fee: number | null;

  @Field(() => Int, { description: "Optimistic-lock version: pass it back when changing the session." })
  version: number;
}

const hhmm = (t: string): string => t.slice(0, 5);
const minutesOf = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

export const toSessionType = (s: BatchSessionEntity): BatchSessionType =>
  Object.assign(new BatchSessionType(), {
    id: s.id,
    batchId: s.batchId,
    speakerId: s.speakerId,
    date: s.date,
    start: hhmm(s.startsAt),
    end: hhmm(s.endsAt),
    minutes: minutesOf(s.endsAt) - minutesOf(s.startsAt),
    jp: s.jp,
    topic: s.topic,
    venue: s.venue,
    role: s.role,
    fee: s.fee,
    version: s.version,
  });

@ObjectType("Nomination", { description: "An employee put forward for a batch, and where the nomination stands." })
export class NominationType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  /** Resolved by loaders. */
  batchId: string;
  employeeId: string;
  unitId: string;

  @Field(() => NominationStatusEnum, { description: "Where it stands; NOMINATED and APPROVED hold a seat." })
  status: NominationState;

  @Field({ description: "When it was made (the waitlist's order)." })
  requestedAt: Date;

  @Field(() => Date, { nullable: true, description: "When an administrator decided, or it was cancelled." })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The reason given for a rejection or cancellation." })
  reason: string | null;

  @Field(() => Int, { description: "Optimistic-lock version: pass it back when deciding or cancelling." })
  version: number;
}

export const toNominationType = (n: NominationEntity): NominationType =>
  Object.assign(new NominationType(), {
    id: n.id,
    batchId: n.batchId,
    employeeId: n.employeeId,
    unitId: n.unitId,
    status: n.status as NominationState,
    requestedAt: n.requestedAt,
    decidedAt: n.decidedAt,
    reason: n.reason,
    version: n.version,
  });

@ObjectType("NominationConnection", { description: "One page of nominations." })
export class NominationConnection extends Connection(NominationType, "Nomination", "nomination") {}

@ObjectType("NominationResult", { description: "A nomination after a change, and the waitlisted nomination promoted to the seat it freed, if any." })
export class NominationResultType {
  @Field(() => NominationType, { description: "The nomination changed." })
  nomination: NominationType;

  @Field(() => NominationType, { nullable: true, description: "The first waitlisted nomination, promoted to NOMINATED in the same transaction; null when none was." })
  promoted: NominationType | null;
}
