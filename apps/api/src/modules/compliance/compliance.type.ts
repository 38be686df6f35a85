import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { JP_LEDGER_RULES, type DevelopmentKind, type DevelopmentRoute, type EmploymentType } from "@bina/domain";
import { Connection } from "../../kit/connection";
import { DateScalar } from "../../kit/scalars";
import { DevelopmentKindEnum, DevelopmentRouteEnum } from "../delivery/delivery.enums";
import { EmploymentTypeEnum } from "../organization/organization.enums";
import { describedEnum } from "../../kit/enum-of";
import { JpLedgerStatusEnum, JpWarningEnum, LearningRecordStatusEnum, type JpLedgerStatus, type JpWarning, type LearningRecordStatus } from "./compliance.enums";

export const JP_ENTRY_SOURCES = ["BATCH", "RECORD"] as const;
export type JpEntrySource = (typeof JP_ENTRY_SOURCES)[number];
export const JpEntrySourceEnum = describedEnum("JpEntrySource", "Where a ledger entry comes from.", JP_ENTRY_SOURCES, {
  BATCH: "A completed batch (classical training delivered or attended through BKPSDM); sourceId is the nomination.",
  RECORD: "A learning record submitted by a unit operator; sourceId is the record.",
});

@ObjectType("JpEntry", { description: "One credited activity in an employee's JP ledger." })
export class JpEntryType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Field(() => DevelopmentKindEnum, { description: "The kind of development." })
  kind: DevelopmentKind;

  @Field(() => DevelopmentRouteEnum, { description: "The kind's route." })
  route: DevelopmentRoute;

  @Field(() => Int, { description: "The kind's SIASN code (1..25 by default)." })
  siasnCode: number;

  @Field(() => Float, { description: "JP credited (hundredths)." })
  jp: number;

  @Field({ description: "True when earned (a completed batch, a verified record); false while pending verification." })
  verified: boolean;

  @Field(() => JpEntrySourceEnum, { description: "Where the entry comes from." })
  source: JpEntrySource;

  @Field(() => ID, { description: "The nomination (BATCH) or learning record (RECORD) it comes from." })
  sourceId: string;

  @Field({ description: "Title of the activity." })
  title: string;

  @Field(() => DateScalar, { description: "First day of the activity." })
  startedOn: string;

  @Field(() => DateScalar, { description: "Last day of the activity; its year is the ledger year." })
  endedOn: string;
}

@ObjectType("JpKindTotal", { description: "JP of one kind of development in an employee's year." })
export class JpKindTotalType {
  @Field(() => DevelopmentKindEnum, { description: "The kind." })
  kind: DevelopmentKind;

  @Field(() => DevelopmentRouteEnum, { description: "The kind's route." })
  route: DevelopmentRoute;

  @Field(() => Int, { description: "The kind's SIASN code." })
  siasnCode: number;

  @Field(() => Float, { description: "Verified JP of this kind." })
  earnedJp: number;

  @Field(() => Float, { description: "JP of this kind awaiting verification." })
  pendingJp: number;
}

@ObjectType("JpLedger", {
  description: `An employee's JP ledger for a year: PNS owe at least ${JP_LEDGER_RULES.pnsMinimumJp} JP (PP 11/2017 art. 203(4)), PPPK at most ${JP_LEDGER_RULES.pppkMaximumJp} are counted (PP 49/2018 art. 40(1)).`,
})
export class JpLedgerType {
  employeeId: string;

  @Field(() => Int, { description: "The year (the year an activity ended)." })
  year: number;

  @Field(() => EmploymentTypeEnum, { description: "PNS or PPPK: a floor for PNS, a ceiling for PPPK." })
  employmentType: EmploymentType;

  @Field(() => Float, { description: "JP of verified entries." })
  earnedJp: number;

  @Field(() => Float, { description: "JP of entries awaiting verification." })
  pendingJp: number;

  @Field(() => Float, { description: "JP of batches the employee holds a seat in (nominated or approved) that are planned, open or running and end in the year." })
  plannedJp: number;

  @Field(() => Float, { description: `JP required (${JP_LEDGER_RULES.pnsMinimumJp} for a PNS, 0 for a PPPK).` })
  requiredJp: number;

  @Field(() => Float, { nullable: true, description: `JP counted at most (${JP_LEDGER_RULES.pppkMaximumJp} for a PPPK); null for a PNS.` })
  capJp: number | null;

  @Field(() => Float, { description: "JP counted: earned, capped for a PPPK." })
  countedJp: number;

  @Field(() => Float, { description: "JP still missing to the minimum (0 when met, and for a PPPK)." })
  shortfallJp: number;

  @Field(() => JpLedgerStatusEnum, { description: "MET, SHORT (PNS) or OVER_CAP (PPPK)." })
  status: JpLedgerStatus;

  @Field(() => JpWarningEnum, { nullable: true, description: "Early warning for a PNS as of today (Asia/Jakarta); null for a PPPK." })
  warning: JpWarning | null;

  @Field(() => Float, { description: "Verified JP through education (tugas belajar, izin belajar)." })
  earnedEducationJp: number;

  @Field(() => Float, { description: "Verified JP through classical training." })
  earnedClassicalJp: number;

  @Field(() => Float, { description: "Verified JP through non-classical training." })
  earnedNonClassicalJp: number;
}

@ObjectType("JpLedgerConnection", { description: "One page of employees' JP ledgers, by name." })
export class JpLedgerConnection extends Connection(JpLedgerType, "JpLedger", "employee's ledger") {}

@ObjectType("JpUnitCompliance", { description: "The JP compliance of a unit with all its sub-units, for a year (active employees in their current unit)." })
export class JpUnitComplianceType {
  unitId: string;

  @Field(() => Int, { description: "Active PNS." })
  pnsCount: number;

  @Field(() => Int, { description: `Active PNS who earned at least the minimum (${JP_LEDGER_RULES.pnsMinimumJp} JP).` })
  pnsMet: number;

  @Field(() => Float, { nullable: true, description: "Share of the PNS at the minimum, `pnsMet / pnsCount` (0..1); null without PNS." })
  share: number | null;

  @Field(() => Int, { description: "PNS short of the minimum who cannot reach it with what is pending and planned (AT_RISK); 0 once the year is over." })
  atRisk: number;

  @Field(() => Int, { description: "PNS who missed the minimum (the year is over); 0 while it runs." })
  missed: number;

  @Field(() => Int, { description: "PNS short of the minimum whose pending and planned JP would reach it (ON_TRACK)." })
  onTrack: number;

  @Field(() => Float, { nullable: true, description: "Mean earned JP of the active PNS; null without PNS." })
  meanJp: number | null;

  @Field(() => Int, { description: "Active PPPK." })
  pppkCount: number;

  @Field(() => Int, { description: `Active PPPK who earned more than the cap (${JP_LEDGER_RULES.pppkMaximumJp} JP).` })
  pppkOverCap: number;
}

@ObjectType("JpCompliance", { description: "A unit's JP compliance for a year with its direct sub-units ranked by the share of PNS at the minimum." })
export class JpComplianceType {
  @Field(() => Int, { description: "The year." })
  year: number;

  @Field(() => JpUnitComplianceType, { description: "The unit itself with its whole subtree (the totals)." })
  total: JpUnitComplianceType;

  @Field(() => [JpUnitComplianceType], { description: "Its direct sub-units, each with its subtree: highest share first (then more PNS, then by name)." })
  units: JpUnitComplianceType[];
}

@ObjectType("LearningEvidence", { description: "An evidence file of a learning record (PDF, JPEG or PNG)." })
export class LearningEvidenceType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  recordId: string;
  submittedBy: string | null;

  @Field({ description: "The file's name as uploaded." })
  fileName: string;

  @Field({ description: "Media type, recognised from the content: application/pdf, image/jpeg or image/png." })
  mediaType: string;

  @Field(() => Int, { description: "Size in bytes." })
  size: number;
}

@ObjectType("LearningRecord", { description: "A non-classical or education activity of an employee, submitted with evidence and verified by BKPSDM; credits JP by the domain's conversion table." })
export class LearningRecordType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  employeeId: string;
  submittedBy: string | null;
  verifiedBy: string | null;

  @Field(() => DevelopmentKindEnum, { description: "The kind (education or non-classical)." })
  kind: DevelopmentKind;

  @Field(() => DevelopmentRouteEnum, { description: "The kind's route." })
  route: DevelopmentRoute;

  @Field({ description: "Title of the activity." })
  title: string;

  @Field(() => DateScalar, { description: "First day." })
  startedOn: string;

  @Field(() => DateScalar, { description: "Last day; its year is the ledger year." })
  endedOn: string;

  @Field(() => Float, { nullable: true, description: "JP as given (kinds credited by their actual JP)." })
  jp: number | null;

  @Field(() => Int, { nullable: true, description: "Days (kinds credited per day)." })
  days: number | null;

  @Field(() => [DateScalar], { nullable: true, description: "Session dates (coaching, mentoring)." })
  sessionDates: string[] | null;

  @Field(() => [Float], { nullable: true, description: "JP per day (e-learning, self-study, learning community)." })
  jpByDay: number[] | null;

  @Field(() => Int, { nullable: true, description: "How many (benchmarking, secondment, exchange, internship)." })
  count: number | null;

  @Field(() => Int, { nullable: true, description: "Semesters (degree study)." })
  semesters: number | null;

  @Field(() => Float, { description: "JP credited by the conversion table (creditJp)." })
  creditedJp: number;

  @Field(() => LearningRecordStatusEnum, { description: "SUBMITTED, VERIFIED or REJECTED." })
  status: LearningRecordStatus;

  @Field({ description: "When it was submitted." })
  submittedAt: Date;

  @Field(() => Date, { nullable: true, description: "When it was verified or rejected." })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: "Why it was rejected." })
  reason: string | null;

  @Field(() => Int, { description: "Optimistic-lock version: send it back with a decision." })
  version: number;
}

@ObjectType("LearningRecordConnection", { description: "One page of learning records, oldest submission first." })
export class LearningRecordConnection extends Connection(LearningRecordType, "LearningRecord", "learning record") {}
