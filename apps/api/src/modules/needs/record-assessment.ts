import type { DataSource, EntityManager } from "typeorm";
import { domainError, validateAssessmentLevel } from "@bina/domain";
import { badInput, notFound } from "../../kit/errors";
import type { AuthUser, Scope } from "../../kit/caller";
import { inScope } from "../../kit/unit-scope";
import { recordAudit } from "../audit/record-audit";
import { CompetencyEntity } from "../competency/competency.entity";
import { EmployeeEntity } from "../organization/employee.entity";
import { AssessmentCycleEntity } from "./assessment-cycle.entity";
import { CompetencyAssessmentEntity } from "./competency-assessment.entity";
import type { RecordAssessmentInput } from "./needs.inputs";

/** The year's cycle, created on first use (one per year; the unique index settles races). */
export async function cycleOf(m: EntityManager, year: number): Promise<AssessmentCycleEntity> {
  await m.query(`INSERT INTO assessment_cycles (year, name) VALUES ($1, $2) ON CONFLICT (year) DO NOTHING`, [year, `Analisis Kebutuhan ${year}`]);
  return m.findOneByOrFail(AssessmentCycleEntity, { year });
}

/** An employee the caller may change: exists and is inside the caller's scope. */
export async function employeeInScope(m: EntityManager, scope: Scope, employeeId: string): Promise<EmployeeEntity> {
  const row = await m.findOne(EmployeeEntity, { where: { id: employeeId }, relations: { unit: true } });
  if (!row || !row.unit || !inScope(scope, row.unit.path)) throw notFound("Employee", employeeId);
  return row;
}

export const dateInYear = (date: string, year: number, field: string) => {
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
  if (!valid) return domainError("INVALID_DATE", `${field}: ${date} is not a real date (YYYY-MM-DD)`, { field });
  if (Number(date.slice(0, 4)) !== year) return domainError("DATE_OUTSIDE_YEAR", `${field}: ${date} is outside the cycle year ${year}`, { field });
  return null;
};

/** Adds an assessment to the history (never overwrites), audited. Operators only for their own unit's employees. */
export async function recordAssessment(ds: DataSource, user: AuthUser, scope: Scope, input: RecordAssessmentInput) {
  const level = validateAssessmentLevel(input.level);
  if (!level.ok) throw badInput(level.error);
  const badDate = dateInYear(input.assessedOn, input.year, "assessedOn");
  if (badDate) throw badInput(badDate);
  return ds.transaction(async (m) => {
    const employee = await employeeInScope(m, scope, input.employeeId);
    if (!(await m.existsBy(CompetencyEntity, { id: input.competencyId, active: true }))) {
      throw badInput(domainError("UNKNOWN_COMPETENCY", `competencyId: there is no active competency ${input.competencyId}`, { field: "competencyId" }));
    }
    const cycle = await cycleOf(m, input.year);
    const saved = await m.save(
      m.create(CompetencyAssessmentEntity, { cycleId: cycle.id, employeeId: employee.id, competencyId: input.competencyId, level: level.value, source: input.source, assessedOn: input.assessedOn, recordedBy: user.id }),
    );
    await recordAudit(m, user.id, [{ action: "CREATE", entityType: "CompetencyAssessment", entityId: saved.id, before: null, after: { employeeId: employee.id, competencyId: input.competencyId, level: level.value, source: input.source, assessedOn: input.assessedOn, year: input.year } }]);
    return { ...saved, cycleYear: cycle.year };
  });
}

