import type { EntityManager } from "typeorm";
import type { Scope } from "../../kit/caller";
import { notFound } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { inScope } from "../../kit/unit-scope";
import { EmployeeEntity } from "../organization/employee.entity";
import { AssessmentCycleEntity } from "./assessment-cycle.entity";

/*
 * The records the needs use cases share: the year's cycle, and an employee the caller may change. Not use cases
 * themselves; the use-case files import them.
 */

/** The year's cycle, created on first use (one per year; the unique index settles races). */
export async function cycleOf(m: EntityManager, year: number): Promise<AssessmentCycleEntity> {
  await m.query(`INSERT INTO assessment_cycles (year, name) VALUES ($1, $2) ON CONFLICT (year) DO NOTHING`, [year, `Analisis Kebutuhan ${year}`]);
  return m.findOneByOrFail(AssessmentCycleEntity, { year });
}

/** An employee the caller may change: exists and is inside the caller's scope; NOT_FOUND otherwise (no oracle). */
export async function employeeInScope(m: EntityManager, scope: Scope, employeeId: string): Promise<EmployeeEntity> {
  const row = isUuid(employeeId) ? await m.findOne(EmployeeEntity, { where: { id: employeeId }, relations: { unit: true } }) : null;
  if (!row || !row.unit || !inScope(scope, row.unit.path)) throw notFound("Employee", employeeId);
  return row;
}
