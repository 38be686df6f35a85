import type { DataSource } from "typeorm";
import type { ServiceUnitKind } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { pageSize } from "../../kit/connection";
import { createServiceUnit } from "./create-service-unit";
import { createSurveyPeriod } from "./create-survey-period";
import { ikmBeforeAfterTraining } from "./ikm-before-after-training";
import { ikmResults } from "./ikm-results";
import { ikmSummary } from "./ikm-summary";
import { ikmTrend } from "./ikm-trend";
import { listServiceUnits } from "./list-service-units";
import { listSurveyPeriods } from "./list-survey-periods";
import { listSurveySuggestions } from "./list-survey-suggestions";
import { closeSurveyPeriod, reopenSurveyPeriod } from "./set-survey-period-status";
import type { ServiceUnitInput, SurveyPeriodInput, UpdateServiceUnitInput } from "./survey.inputs";
import { updateServiceUnit } from "./update-service-unit";

type Paging = { first: number; after?: string | null; withTotal: boolean };

/** The survey module's use cases bound to the database: wiring only. The public form's are in survey-public.services.ts. */
export const surveyServices = (ds: DataSource, maxPageSize: number) => ({
  serviceUnits: (caller: Caller, a: Paging & { search?: string | null; kind?: ServiceUnitKind | null }) =>
    listServiceUnits({ ds, caller, ...a, first: pageSize(a.first, maxPageSize) }),
  createServiceUnit: (caller: Caller, input: ServiceUnitInput) => createServiceUnit({ ds, caller, input }),
  updateServiceUnit: (caller: Caller, input: UpdateServiceUnitInput) => updateServiceUnit({ ds, caller, input }),
  surveyPeriods: (year?: number | null) => listSurveyPeriods({ ds, year }),
  createSurveyPeriod: (caller: Caller, input: SurveyPeriodInput) => createSurveyPeriod({ ds, caller, input }),
  closeSurveyPeriod: (caller: Caller, id: string, version: number) => closeSurveyPeriod({ ds, caller, id, version }),
  reopenSurveyPeriod: (caller: Caller, id: string, version: number) => reopenSurveyPeriod({ ds, caller, id, version }),
  ikmResults: (caller: Caller, a: Paging & { periodId: string; unitId?: string | null }) => ikmResults({ ds, caller, ...a, first: pageSize(a.first, maxPageSize) }),
  ikmSummary: (caller: Caller, periodId: string) => ikmSummary({ ds, caller, periodId }),
  ikmTrend: (caller: Caller, serviceUnitId: string) => ikmTrend({ ds, caller, serviceUnitId }),
  ikmBeforeAfterTraining: (caller: Caller, a: Paging & { year: number }) => ikmBeforeAfterTraining({ ds, caller, ...a, first: pageSize(a.first, maxPageSize) }),
  surveySuggestions: (caller: Caller, a: Paging & { serviceUnitId: string; periodId: string }) =>
    listSurveySuggestions({ ds, caller, ...a, first: pageSize(a.first, maxPageSize) }),
});

export type SurveyServices = ReturnType<typeof surveyServices>;
