import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import type { MappingBand, PriorityFactor, SelectionBand, SkpPredikat, SkpRating } from "@bina/domain";
import { PageInfo } from "../../kit/connection";
import { EmployeeType } from "../organization/employee.type";
import type { AssessmentSource } from "./competency-assessment.entity";
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

  @Field({ description: "Date of the assessment, YYYY-MM-DD." })
  assessedOn: string;

  @Field({ description: "When it was recorded in Bina." })
  recordedAt: Date;

  @Field(() => Int, { description: "Year of the assessment cycle." })
  cycleYear: number;
}

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

@ObjectType("JobPersonMatch", { description: "Σ actual / Σ standard × 100 over the assessed competencies, with its bands." })
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

  @Field(() => Int, { nullable: true, description: "standard − actual; null when not assessed." })
  gap: number | null;

  @Field({ description: "True when the gap is above 0." })
  isNeed: boolean;
}

@ObjectType("EmployeeNeeds", { description: "One employee's competency gaps, Job Person Match, SKP and assessment history for a year." })
export class EmployeeNeedsType {
  @Field(() => EmployeeType, { description: "The employee." })
  employee: EmployeeType;

  @Field(() => Int, { description: "The assessment year." })
  year: number;

  @Field(() => [CompetencyGapType], { description: "Against the current position's standards." })
  gaps: CompetencyGapType[];

  @Field(() => [CompetencyGapType], { nullable: true, description: "Against the target position's standards, when a target was given." })
  targetGaps: CompetencyGapType[] | null;

  @Field(() => JobPersonMatchType, { nullable: true, description: "Null when nothing was assessed." })
  jobPersonMatch: JobPersonMatchType | null;

  @Field(() => SkpResultType, { nullable: true, description: "The latest SKP before the assessment year." })
  skp: SkpResultType | null;

  @Field(() => [CompetencyAssessmentType], { description: "Every assessment ever recorded, newest first." })
  assessments: CompetencyAssessmentType[];
}

@ObjectType("EmployeeJobPersonMatch", { description: "One employee's Job Person Match in a year." })
export class EmployeeJobPersonMatchType {
  employeeId: string;

  @Field(() => Float, { description: "Σ actual / Σ standard × 100 over the assessed competencies, 2 decimals." })
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

@ObjectType("EmployeeJobPersonMatchEdge", { description: "A JPM row with its cursor." })
export class EmployeeJobPersonMatchEdge {
  @Field({ description: "Cursor of this row." })
  cursor: string;

  @Field(() => EmployeeJobPersonMatchType, { description: "The row." })
  node: EmployeeJobPersonMatchType;
}

@ObjectType("EmployeeJobPersonMatchConnection", { description: "One page of employees' JPM, lowest first." })
export class EmployeeJobPersonMatchConnection {
  @Field(() => [EmployeeJobPersonMatchEdge], { description: "The rows of this page." })
  edges: EmployeeJobPersonMatchEdge[];

  @Field(() => PageInfo, { description: "Whether more pages follow." })
  pageInfo: PageInfo;

  @Field(() => Int, { description: "Employees with a JPM in the filter." })
  totalCount: number;
}

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

  @Field(() => Int, { description: "Σ positive gaps (levels of shortfall)." })
  totalGap: number;

  @Field(() => Float, { nullable: true, description: "totalGap / employeesAssessed, 2 decimals; null when nobody was assessed." })
  meanGap: number | null;

  @Field(() => Float, { nullable: true, description: "Highest priority score among the needs; null when there are none." })
  maxPriority: number | null;
}

@ObjectType("PriorityPart", { description: "One factor of a priority score: weight × value = contribution." })
export class PriorityPartType {
  @Field(() => PriorityFactorEnum, { description: "The factor." })
  factor: PriorityFactor;

  @Field(() => Float, { description: "Its weight." })
  weight: number;

  @Field(() => Float, { description: "Its value, 0..1 (1 = most urgent)." })
  value: number;

  @Field(() => Float, { description: "weight × value, 2 decimals; the parts add up to the score." })
  contribution: number;
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

  @Field(() => Int, { description: "standard − actual (> 0)." })
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

@ObjectType("RankedNeedEdge", { description: "A ranked need with its cursor." })
export class RankedNeedEdge {
  @Field({ description: "Cursor of this row." })
  cursor: string;

  @Field(() => RankedNeedType, { description: "The need." })
  node: RankedNeedType;
}

@ObjectType("RankedNeedConnection", { description: "One page of needs, highest priority first." })
export class RankedNeedConnection {
  @Field(() => [RankedNeedEdge], { description: "The needs of this page." })
  edges: RankedNeedEdge[];

  @Field(() => PageInfo, { description: "Whether more pages follow." })
  pageInfo: PageInfo;

  @Field(() => Int, { description: "Number of needs matching the filter." })
  totalCount: number;
}
