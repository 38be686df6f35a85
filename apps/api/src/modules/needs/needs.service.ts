import { LessThan, type DataSource } from "typeorm";
import { jobPersonMatch, mappingBand, priorityScore, selectionBand, type SkpPredikat } from "@bina/domain";
import { decodeOffsetCursor, encodeOffsetCursor } from "../../kit/connection";
import { isUuid } from "../../kit/ids";
import type { Caller } from "../../kit/caller";
import { inScope } from "../../kit/unit-scope";
import { EmployeeEntity } from "../organization/employee.entity";
import { AssessmentCycleEntity } from "./assessment-cycle.entity";
import { CompetencyAssessmentEntity } from "./competency-assessment.entity";
import { importAssessments } from "./import-assessments";
import type { ImportAssessmentsInput, NeedsFilter, RecordAssessmentInput, RecordSkpInput, TargetPosition } from "./needs.inputs";
import { countJobPersonMatches, countRankedNeeds, employeesGaps, jobPersonMatchesPage, needsByUnitCells, rankedNeedsPage, targetGaps } from "./needs-lists.sql";
import { recordAssessment } from "./record-assessment";
import { recordSkp } from "./record-skp";
import { SkpResultEntity } from "./skp-result.entity";

/** Needs assessment: cycles, assessments, SKP, and the analysts' aggregates (computed in SQL). */
export function needsService(ds: DataSource) {
  return {
    cycles: () => ds.getRepository(AssessmentCycleEntity).find({ order: { year: "DESC" } }),

    async employeeNeeds(c: Caller, employeeId: string, year: number, target?: TargetPosition | null) {
      if (!isUuid(employeeId)) return null;
      const scope = await c.scope();
      const employee = await ds.getRepository(EmployeeEntity).findOne({ where: { id: employeeId }, relations: { unit: true } });
      if (!employee?.unit || !inScope(scope, employee.unit.path)) return null;
      const gaps = await employeesGaps(ds, scope, [employeeId], year);
      const assessed = gaps.filter((g) => g.actual !== null).map((g) => ({ standard: g.standard, actual: g.actual! }));
      const skp = await ds.getRepository(SkpResultEntity).findOne({ where: { employeeId, year: LessThan(year) }, order: { year: "DESC" } });
      const history = await ds.getRepository(CompetencyAssessmentEntity).find({
        where: { employeeId },
        relations: { cycle: true },
        order: { assessedOn: "DESC", recordedAt: "DESC" },
      });
      return {
        employee,
        year,
        gaps: gaps.map((g) => ({ ...g, isNeed: g.gap !== null && g.gap > 0 })),
        targetGaps: target
          ? (await targetGaps(ds, [employeeId], year, { positionKind: target.positionKind, functionalGrade: target.functionalGrade ?? null, positionTitle: target.positionTitle ?? null })).map((g) => ({
              ...g,
              isNeed: g.gap !== null && g.gap > 0,
            }))
          : null,
        jobPersonMatch: assessed.some((a) => a.standard > 0) ? jobPersonMatch(assessed) : null,
        skp,
        assessments: history.map((a) => ({ ...a, cycleYear: a.cycle!.year })),
      };
    },

    async jobPersonMatches(c: Caller, filter: NeedsFilter, first: number, after?: string | null) {
      const offset = decodeOffsetCursor(after);
      const scope = await c.scope();
      const rows = await jobPersonMatchesPage(ds, scope, filter, { limit: first + 1, offset });
      const page = { rows: rows.slice(0, first), hasNextPage: rows.length > first, totalCount: await countJobPersonMatches(ds, scope, filter) };
      return {
        ...page,
        rows: page.rows.map((r, i) => ({ cursor: encodeOffsetCursor(offset + i + 1), row: { ...r, mappingBand: mappingBand(r.percent), selectionBand: selectionBand(r.percent) } })),
      };
    },

    needsByUnit: async (c: Caller, filter: NeedsFilter, parentUnitId?: string | null) => (await needsByUnitCells(ds, await c.scope(), { ...filter, parentUnitId: parentUnitId ?? null })).filter((c) => !c.isTotal),

    async rankedNeeds(c: Caller, filter: NeedsFilter, first: number, after?: string | null) {
      const offset = decodeOffsetCursor(after);
      const scope = await c.scope();
      const rows = await rankedNeedsPage(ds, scope, filter, { limit: first + 1, offset });
      const page = { rows: rows.slice(0, first), hasNextPage: rows.length > first, totalCount: await countRankedNeeds(ds, scope, filter) };
      return {
        totalCount: page.totalCount,
        hasNextPage: page.hasNextPage,
        rows: page.rows.map((r, i) => {
          // The parts come from the domain; the SQL score is its mirror (tests check they agree).
          const explained = priorityScore({ gap: r.gap, skpPredikat: r.skpPredikat as SkpPredikat | null, jpmBand: r.jpmPercent === null ? null : mappingBand(r.jpmPercent), mandatoryForPosition: r.mandatoryProgramme });
          return { cursor: encodeOffsetCursor(offset + i + 1), row: r, parts: explained.parts };
        }),
      };
    },

    recordAssessment: async (c: Caller, input: RecordAssessmentInput) => recordAssessment(ds, c.user, await c.scope(), input),
    importAssessments: async (c: Caller, input: ImportAssessmentsInput) => importAssessments(ds, c.user, await c.scope(), input),
    recordSkp: async (c: Caller, input: RecordSkpInput) => recordSkp(ds, c.user, await c.scope(), input),
  };
}
