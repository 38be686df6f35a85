import type { DataSource } from "typeorm";
import { checkDateInYear, validateAssessmentLevel, type DomainError } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { badInput } from "../../kit/errors";
import { recordAudit } from "../audit/record-audit";
import { CompetencyEntity } from "../competency/competency.entity";
import { unknownCompetency } from "../competency/competency.errors";
import type { AssessmentCycleEntity } from "./assessment-cycle.entity";
import { CompetencyAssessmentEntity } from "./competency-assessment.entity";
import type { RecordAssessmentInput } from "./needs.inputs";
import { cycleOf, employeeInScope } from "./needs-records";

/** Kept for the assessment import until it reads them from `needs-records` and the domain's `checkDateInYear`. */
export { cycleOf } from "./needs-records";
/** @deprecated use the domain's `checkDateInYear`. */
export const dateInYear = (date: string, year: number, field: string): DomainError | null => {
  const r = checkDateInYear(date, year, field);
  return r.ok ? null : r.error;
};

export type RecordedAssessment = CompetencyAssessmentEntity & { readonly cycleYear: number };

/** Adds an assessment to the history (never overwrites), audited. Operators only for their own unit's employees. */
export async function recordAssessment({ ds, caller, input }: { ds: DataSource; caller: Caller; input: RecordAssessmentInput }): Promise<RecordedAssessment> {
  const level = validateAssessmentLevel(input.level);
  if (!level.ok) throw badInput(level.error);
  const date = checkDateInYear(input.assessedOn, input.year, "assessedOn");
  if (!date.ok) throw badInput(date.error);
  const scope = await caller.scope();
  return ds.transaction(async (m) => {
    const employee = await employeeInScope(m, scope, input.employeeId);
    if (!(await m.existsBy(CompetencyEntity, { id: input.competencyId, active: true }))) throw unknownCompetency(input.competencyId);
    const cycle: AssessmentCycleEntity = await cycleOf(m, input.year);
    const saved = await m.save(
      m.create(CompetencyAssessmentEntity, {
        cycleId: cycle.id,
        employeeId: employee.id,
        competencyId: input.competencyId,
        level: level.value,
        source: input.source,
        assessedOn: date.value,
        recordedBy: caller.user.id,
      }),
    );
    await recordAudit(m, caller.user.id, [
      {
        action: "CREATE",
        entityType: "CompetencyAssessment",
        entityId: saved.id,
        before: null,
        after: { employeeId: employee.id, competencyId: input.competencyId, level: level.value, source: input.source, assessedOn: date.value, year: input.year },
      },
    ]);
    return Object.assign(saved, { cycleYear: cycle.year });
  });
}

