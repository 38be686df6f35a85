import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { skmSampleSize, type ServiceUnitKind, type SkmBand, type SkmElementCode, type SurveyPeriodState } from "@bina/domain";
import { Connection } from "../../kit/connection";
import { DateScalar } from "../../kit/scalars";
import { IkmBandEnum, ServiceUnitKindEnum, SkmElementEnum, SurveyPeriodStatusEnum } from "./survey.enums";
import type { ServiceUnitEntity } from "./service-unit.entity";
import type { SurveyPeriodEntity } from "./survey-period.entity";

@ObjectType("ServiceUnit", { description: "A place the public is served at (Disdukcapil, a puskesmas, a kelurahan office, ...), surveyed at `/survey/<code>`." })
export class ServiceUnitType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Field({ description: "The public URL slug, e.g. `disdukcapil` or `pkm-cebongan`." })
  code: string;

  @Field({ description: "Name as the public knows it." })
  name: string;

  @Field(() => ServiceUnitKindEnum, { description: "What kind of service unit." })
  kind: ServiceUnitKind;

  /** Resolved to `unit` by the unit loader. */
  unitId: string;

  @Field(() => Int, { description: "Service users a year: the population of the required sample." })
  yearlyUsers: number;

  @Field(() => Int, { description: "Respondents needed per period: Krejcie-Morgan of the yearly users (skmSampleSize, PermenPANRB 14/2017)." })
  requiredSample: number;

  @Field({ description: "An inactive unit has no public survey page." })
  active: boolean;

  @Field(() => Int, { description: "Optimistic-lock version: pass it back when changing the service unit." })
  version: number;

  @Field({ description: "The public survey form's path, `/survey/<code>` (prefix the public address of the server)." })
  surveyUrl: string;
}

export const surveyPath = (code: string): string => `/survey/${code}`;

export const toServiceUnitType = (s: ServiceUnitEntity): ServiceUnitType =>
  Object.assign(new ServiceUnitType(), {
    id: s.id,
    code: s.code,
    name: s.name,
    kind: s.kind,
    unitId: s.unitId,
    yearlyUsers: s.yearlyUsers,
    requiredSample: skmSampleSize(s.yearlyUsers),
    active: s.active,
    version: s.version,
    surveyUrl: surveyPath(s.code),
  });

@ObjectType("ServiceUnitConnection", { description: "One page of service units, by name." })
export class ServiceUnitConnection extends Connection(ServiceUnitType, "ServiceUnit", "service unit") {}

@ObjectType("SurveyPeriod", { description: "A city-wide half-year survey period: `2026-1` (January-June) or `2026-2` (July-December)." })
export class SurveyPeriodType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Field({ description: "`<year>-<half>`, e.g. `2026-2`." })
  code: string;

  @Field(() => Int, { description: "The year." })
  year: number;

  @Field(() => Int, { description: "1 = January-June, 2 = July-December." })
  half: number;

  @Field(() => DateScalar, { description: "First day." })
  startsOn: string;

  @Field(() => DateScalar, { description: "Last day." })
  endsOn: string;

  @Field(() => SurveyPeriodStatusEnum, { description: "OPEN takes responses, CLOSED does not." })
  status: SurveyPeriodState;

  @Field(() => Int, { description: "Optimistic-lock version: pass it back when closing or reopening." })
  version: number;
}

export const toSurveyPeriodType = (p: SurveyPeriodEntity): SurveyPeriodType =>
  Object.assign(new SurveyPeriodType(), {
    id: p.id,
    code: p.code,
    year: p.year,
    half: p.half,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    status: p.status,
    version: p.version,
  });

@ObjectType("IkmElement", { description: "One element's result: its NRR (mean answer 1..4 of those who answered it) and band." })
export class IkmElementType {
  @Field(() => SkmElementEnum, { description: "The element, U1..U9." })
  element: SkmElementCode;

  @Field({ description: "The element's code as text, `U1`..`U9` (the same as `element`)." })
  code: string;

  @Field({ description: "What the element measures (English)." })
  topic: string;

  @Field({ description: "The regulation's question, word for word (Indonesian)." })
  question: string;

  @Field(() => Float, { nullable: true, description: "Mean answer (1..4) over those who answered it, unrounded; null when nobody did." })
  nrr: number | null;

  @Field(() => IkmBandEnum, { nullable: true, description: "The NRR's band (C and D are weak elements); null when nobody answered." })
  band: SkmBand | null;

  @Field(() => Int, { description: "How many respondents answered this element." })
  answers: number;
}

@ObjectType("IkmUnitResult", { description: "A service unit's IKM in a period, from its tally (summed in SQL)." })
export class IkmUnitResultType {
  @Field(() => ServiceUnitType, { description: "The service unit." })
  serviceUnit: ServiceUnitType;

  @Field(() => SurveyPeriodType, { description: "The period." })
  period: SurveyPeriodType;

  @Field(() => Int, { description: "Responses received." })
  respondents: number;

  @Field(() => Int, { description: "Responses needed (the service unit's required sample)." })
  requiredSample: number;

  @Field({ description: "True when the responses reach the required sample." })
  sampleMet: boolean;

  @Field(() => Float, { nullable: true, description: "IKM = 25 × Σ NRR × 1/9 (exact 1/9), rounded half up to 2 decimals; null without responses or when an element has no answer." })
  ikm: number | null;

  @Field(() => IkmBandEnum, { nullable: true, description: "The IKM's band; null when there is no IKM." })
  band: SkmBand | null;

  @Field(() => [IkmElementType], { description: "U1..U9 in order." })
  elements: IkmElementType[];
}

@ObjectType("IkmUnitResultConnection", { description: "One page of service units' results, weakest IKM first, units without an IKM last." })
export class IkmUnitResultConnection extends Connection(IkmUnitResultType, "IkmUnitResult", "service unit's result") {}

@ObjectType("IkmSummary", { description: "A period's IKM over every response the caller may see (the city for administrators and analysts)." })
export class IkmSummaryType {
  @Field(() => SurveyPeriodType, { description: "The period." })
  period: SurveyPeriodType;

  @Field(() => Int, { description: "Responses received." })
  respondents: number;

  @Field(() => Int, { description: "Service units counted: the active ones and any inactive one with responses in the period (its answers are in the IKM)." })
  units: number;

  @Field(() => Int, { description: "Of the units counted, those with at least one response in the period." })
  unitsWithResponses: number;

  @Field(() => Int, { description: "Service units whose responses reach their required sample." })
  unitsMeetingSample: number;

  @Field(() => Float, { nullable: true, description: "IKM over all responses (every answer pooled per element); null without responses." })
  ikm: number | null;

  @Field(() => IkmBandEnum, { nullable: true, description: "The IKM's band." })
  band: SkmBand | null;

  @Field(() => [IkmElementType], { description: "U1..U9 over all responses." })
  elements: IkmElementType[];
}

@ObjectType("IkmPeriodPoint", { description: "A service unit's IKM in one period." })
export class IkmPeriodPointType {
  @Field(() => SurveyPeriodType, { description: "The period." })
  period: SurveyPeriodType;

  @Field(() => Float, { nullable: true, description: "The IKM (2 decimals); null without responses or when an element has no answer." })
  ikm: number | null;

  @Field(() => IkmBandEnum, { nullable: true, description: "The IKM's band." })
  band: SkmBand | null;

  @Field(() => Int, { description: "Responses received." })
  respondents: number;
}

@ObjectType("IkmBeforeAfterTraining", {
  description:
    "A service unit's IKM before and after its staff's training in a year: the latest period with responses ending before the first such batch starts, and the earliest starting after the last one ends.",
})
export class IkmBeforeAfterTrainingType {
  @Field(() => ServiceUnitType, { description: "The service unit." })
  serviceUnit: ServiceUnitType;

  @Field(() => Int, { description: "Distinct employees nominated from the unit's subtree who completed a batch of a programme of the year." })
  trainedStaff: number;

  @Field(() => Int, { description: "Distinct batches those employees completed." })
  completedBatches: number;

  @Field(() => IkmPeriodPointType, { nullable: true, description: "Before the training; null when no trained staff or no earlier period with responses." })
  before: IkmPeriodPointType | null;

  @Field(() => IkmPeriodPointType, { nullable: true, description: "After the training; null when no later period with responses yet." })
  after: IkmPeriodPointType | null;

  @Field(() => Float, { nullable: true, description: "The IKM after minus the IKM before (2 decimals); null when either is missing." })
  change: number | null;
}

@ObjectType("IkmBeforeAfterTrainingConnection", { description: "One page of service units' before and after, by name." })
export class IkmBeforeAfterTrainingConnection extends Connection(IkmBeforeAfterTrainingType, "IkmBeforeAfterTraining", "service unit's before and after") {}

@ObjectType("SurveySuggestion", { description: "One respondent's free-text suggestion from the public survey, as typed (neutralise it before any spreadsheet export)." })
export class SurveySuggestionType {
  @Field(() => Date, { description: "When the response was submitted." })
  submittedAt: Date;

  @Field(() => String, { description: "The suggestion, as typed (never empty)." })
  suggestion: string;

  @Field(() => String, { nullable: true, description: "The service the respondent said they received; null when not given." })
  serviceReceived: string | null;
}

@ObjectType("SurveySuggestionConnection", { description: "One page of a service unit's suggestions in a period, newest first." })
export class SurveySuggestionConnection extends Connection(SurveySuggestionType, "SurveySuggestion", "suggestion") {}
