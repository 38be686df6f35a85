import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import type { AssessmentSource, MappingBand, PriorityFactor, SelectionBand, SkpPredikat, SkpRating } from "@bina/domain";
import { Connection } from "../../kit/connection";
import { DateScalar } from "../../kit/scalars";
import { AssessmentSourceEnum, MappingBandEnum, PriorityFactorEnum, SelectionBandEnum, SkpPredikatEnum, SkpRatingEnum } from "./needs.enums";

@ObjectType("AssessmentCycle", { description: "One fiscal year's needs assessment." })
export class AssessmentCycleType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Field(() => Int, { description: "Fiscal year." })
  year: number;

  @Field({ description: "Name, e.g. `Analisis Kebutuhan 2026`." })
  name: string;
}

@ObjectType("CompetencyAssessment", { description: "One measured level; history is kept (a new assessment never overwrites an old one), the latest counts." })
export class CompetencyAssessmentType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  employeeId: string;
  competencyId: string;

  @Field(() => Int, { description: "Assessed level, 1..5." })
  level: number;

  @Field(() => AssessmentSourceEnum, { description: "Who assessed." })
  source: AssessmentSource;

  @Field(() => DateScalar, { description: "Date of the assessment." })
  assessedOn: string;

  @Field({ description: "When it was recorded in Bina." })
  recordedAt: Date;

  @Field(() => Int, { description: "Year of the assessment cycle." })
  cycleYear: number;
}

@ObjectType("CompetencyAssessmentConnection", { description: "One page of an employee's assessments, newest first." })
export class CompetencyAssessmentConnection extends Connection(CompetencyAssessmentType, "CompetencyAssessment", "assessment") {}

@ObjectType("SkpResult", { description: "An employee's yearly SKP result and predikat." })
export class SkpResultType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Field(() => Int, { description: "Year assessed." })
  year: number;

  @Field(() => SkpRatingEnum, { description: "Work result against expectation." })
  resultRating: SkpRating;

  @Field(() => SkpRatingEnum, { description: "Work behaviour against expectation." })
  behaviourRating: SkpRating;

  @Field(() => SkpPredikatEnum, { description: "The predikat the domain derives from the two ratings." })
  predikat: SkpPredikat;

  @Field(() => Int, { description: "Optimistic-lock version." })
  version: number;
}

@ObjectType("JobPersonMatch", { description: "Job Person Match: Σ actual / Σ standard × 100 over the assessed competencies of every standard of the position, with its bands." })
export class JobPersonMatchType {
  @Field(() => Float, { description: "Percent, 2 decimals." })
  percent: number;

  @Field(() => MappingBandEnum, { description: "Talent-mapping band." })
  mappingBand: MappingBand;

  @Field(() => SelectionBandEnum, { description: "Selection band." })
  selectionBand: SelectionBand;
}

@ObjectType("CompetencyGap", { description: "Standard − actual for one competency (a need when above 0)." })
export class CompetencyGapType {
  competencyId: string;

  @Field(() => Int, { description: "Level the position requires." })
  standard: number;

  @Field(() => Int, { nullable: true, description: "Latest assessed level in the year; null when not assessed." })
  actual: number | null;

  @Field(() => Int, { nullable: true, description: "The gap: standard − actual; null when not assessed." })
  gap: number | null;

  @Field({ description: "True when the gap is above 0." })
  isNeed: boolean;
}

@ObjectType("EmployeeNeeds", { description: "One employee's competency gaps, Job Person Match and SKP for a year." })
export class EmployeeNeedsType {
  /** Resolved by the employees loader (`employee`). */
  employeeId: string;

  @Field(() => Int, { description: "The assessment year." })
  year: number;

  @Field(() => [CompetencyGapType], { description: "Against the current position's standards." })
  gaps: CompetencyGapType[];

  @Field(() => [CompetencyGapType], { nullable: true, description: "Against the target position's standards, when a target was given." })
  targetGaps: CompetencyGapType[] | null;

  @Field(() => JobPersonMatchType, { nullable: true, description: "Over every standard of the position; null when nothing was assessed." })
  jobPersonMatch: JobPersonMatchType | null;

  @Field(() => SkpResultType, { nullable: true, description: "The latest SKP before the assessment year (the one the priority score counts)." })
  skp: SkpResultType | null;
}

@ObjectType("EmployeeJobPersonMatch", { description: "One employee's Job Person Match in a year." })
export class EmployeeJobPersonMatchType {
  employeeId: string;

  @Field(() => Float, { description: "The percent Σ actual / Σ standard × 100 over the assessed competencies of every standard of the position, rounded to 2 decimals (the bands use the exact ratio)." })
  percent: number;

  @Field(() => MappingBandEnum, { description: "Talent-mapping band." })
  mappingBand: MappingBand;

  @Field(() => SelectionBandEnum, { description: "Selection band." })
  selectionBand: SelectionBand;

  @Field(() => Int, { description: "Competencies assessed." })
  assessed: number;

  @Field(() => Int, { description: "Competencies the position has a standard for." })
  withStandard: number;
}

@ObjectType("EmployeeJobPersonMatchConnection", { description: "One page of employees' JPM, lowest first." })
export class EmployeeJobPersonMatchConnection extends Connection(EmployeeJobPersonMatchType, "EmployeeJobPersonMatch", "employee's Job Person Match") {}

@ObjectType("NeedCell", { description: "Needs of one unit (with its sub-units) for one competency: a cell of the heatmap." })
export class NeedCellType {
  unitId: string;
  competencyId: string;

  @Field(() => Int, { description: "Employees whose position has a standard for the competency." })
  employeesWithStandard: number;

  @Field(() => Int, { description: "Of those, employees assessed in the year." })
  employeesAssessed: number;

  @Field(() => Int, { description: "Employees with a gap above 0." })
  employeesInNeed: number;

  @Field(() => Int, { description: "The sum of positive gaps (levels of shortfall)." })
  totalGap: number;

  @Field(() => Float, { nullable: true, description: "The mean gap, totalGap / employeesAssessed, 2 decimals; null when nobody was assessed." })
  meanGap: number | null;

  @Field(() => Float, { nullable: true, description: "Highest priority score among the needs; null when there are none." })
  maxPriority: number | null;
}

@ObjectType("NeedsHeatmap", {
  description: "The needs heatmap: one row per sub-unit of the parent (each with its whole subtree) per competency, and the parent's total per competency.",
})
export class NeedsHeatmapType {
  /** Resolved by the units loader (`parent`). */
  parentUnitId: string | null;

  @Field(() => [NeedCellType], { description: "One cell per sub-unit of the parent and competency." })
  rows: NeedCellType[];

  @Field(() => [NeedCellType], {
    description: "The total row: one cell per competency over all the rows (for the city, when the parent is the city); its unit is the parent.",
  })
  total: NeedCellType[];
}

@ObjectType("PriorityPart", { description: "One factor of a priority score: weight × value = contribution." })
export class PriorityPartType {
  @Field(() => PriorityFactorEnum, { description: "The factor." })
  factor: PriorityFactor;

  @Field(() => Float, { description: "Its weight." })
  weight: number;

  @Field(() => Float, { description: "Its value, 0..1 (1 = most urgent)." })
  value: number;

  @Field(() => Float, { description: "The contribution, weight × value, 2 decimals; the parts add up to the score." })
  contribution: number;

  @Field(() => String, {
    nullable: true,
    description:
      "Why the factor has its value, where known: for PUBLIC_SERVICE the weak public-survey elements of the employee's service units (e.g. \"U7 staff behaviour, NRR 2.71, band C, period 2026-1\"; several joined by \"; \"); null otherwise.",
  })
  reason: string | null;
}

@ObjectType("RankedNeed", { description: "One employee's need for one competency, with its priority score and the parts it is made of." })
export class RankedNeedType {
  employeeId: string;
  competencyId: string;
  unitId: string;

  @Field(() => Int, { description: "Required level." })
  standard: number;

  @Field(() => Int, { description: "Assessed level." })
  actual: number;

  @Field(() => Int, { description: "The gap, standard − actual (> 0)." })
  gap: number;

  @Field(() => SkpPredikatEnum, { nullable: true, description: "Latest SKP predikat before the year." })
  skpPredikat: SkpPredikat | null;

  @Field(() => Float, { nullable: true, description: "The employee's Job Person Match percent in the year." })
  jpmPercent: number | null;

  @Field(() => Float, { description: "Priority score (0..100 with the default weights)." })
  score: number;

  @Field(() => [PriorityPartType], { description: "What the score is made of." })
  parts: PriorityPartType[];
}

@ObjectType("RankedNeedConnection", { description: "One page of needs, highest priority first." })
export class RankedNeedConnection extends Connection(RankedNeedType, "RankedNeed", "need") {}
