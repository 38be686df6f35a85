import type { EmployeeNeeds } from "./load-employee-needs";
import type { NeedCellRow } from "./needs-lists.sql";
import type { AssessmentRow, SkpRow } from "./employee-records.sql";
import { CompetencyAssessmentType, CompetencyGapType, EmployeeNeedsType, JobPersonMatchType, NeedCellType, SkpResultType } from "./needs.type";

/** Use-case results as GraphQL objects. */

export const toSkpType = (s: SkpRow | { id: string; year: number; resultRating: string; behaviourRating: string; predikat: string; version: number }): SkpResultType =>
  Object.assign(new SkpResultType(), { id: s.id, year: s.year, resultRating: s.resultRating, behaviourRating: s.behaviourRating, predikat: s.predikat, version: s.version });

export const toAssessmentType = (a: AssessmentRow | (Omit<AssessmentRow, "assessedOn"> & { assessedOn: string })): CompetencyAssessmentType =>
  Object.assign(new CompetencyAssessmentType(), {
    id: a.id,
    employeeId: a.employeeId,
    competencyId: a.competencyId,
    level: a.level,
    source: a.source,
    assessedOn: a.assessedOn,
    recordedAt: a.recordedAt,
    cycleYear: a.cycleYear,
  });

export const toNeedCellType = (c: NeedCellRow): NeedCellType => Object.assign(new NeedCellType(), c);

export const toEmployeeNeedsType = (n: EmployeeNeeds): EmployeeNeedsType =>
  Object.assign(new EmployeeNeedsType(), {
    employeeId: n.employeeId,
    year: n.year,
    gaps: n.gaps.map((g) => Object.assign(new CompetencyGapType(), g)),
    targetGaps: n.targetGaps ? n.targetGaps.map((g) => Object.assign(new CompetencyGapType(), g)) : null,
    jobPersonMatch: n.jobPersonMatch ? Object.assign(new JobPersonMatchType(), n.jobPersonMatch) : null,
    skp: n.skp ? toSkpType(n.skp) : null,
  });
