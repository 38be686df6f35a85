import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { pageSize } from "../../kit/connection";
import { getEmployeeNeeds } from "./get-employee-needs";
import { importAssessments } from "./import-assessments";
import { listAssessmentCycles } from "./list-assessment-cycles";
import { listJobPersonMatches } from "./list-job-person-matches";
import { listNeedsByUnit } from "./list-needs-by-unit";
import { listRankedNeeds } from "./list-ranked-needs";
import type { ImportAssessmentsInput, NeedsFilter, RecordAssessmentInput, RecordSkpInput, TargetPosition } from "./needs.inputs";
import { recordAssessment } from "./record-assessment";
import { recordSkp } from "./record-skp";

export interface ListArgs {
  filter: NeedsFilter;
  first: number;
  after?: string | null;
  withTotal: boolean;
}

/** The needs module's use cases bound to the database: wiring only. */
export const needsServices = (ds: DataSource, maxPageSize: number) => ({
  cycles: () => listAssessmentCycles({ ds }),
  employeeNeeds: (caller: Caller, a: { id: string; year: number; target?: TargetPosition | null }) => getEmployeeNeeds({ ds, caller, ...a }),
  rankedNeeds: (caller: Caller, a: ListArgs) => listRankedNeeds({ ds, caller, ...a, first: pageSize(a.first, maxPageSize) }),
  jobPersonMatches: (caller: Caller, a: ListArgs) => listJobPersonMatches({ ds, caller, ...a, first: pageSize(a.first, maxPageSize) }),
  needsByUnit: (caller: Caller, a: { filter: NeedsFilter; parentUnitId?: string | null }) => listNeedsByUnit({ ds, caller, ...a }),
  recordAssessment: (caller: Caller, input: RecordAssessmentInput) => recordAssessment({ ds, caller, input }),
  importAssessments: (caller: Caller, input: ImportAssessmentsInput) => importAssessments({ ds, caller, input }),
  recordSkp: (caller: Caller, input: RecordSkpInput) => recordSkp({ ds, caller, input }),
});
