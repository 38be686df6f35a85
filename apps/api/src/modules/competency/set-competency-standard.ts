import type { DataSource } from "typeorm";
import { checkText, domainError, POSITION_TITLE_MAX_LENGTH, POSITION_TITLE_MIN_LENGTH, validateAssessmentLevel } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { badInput, violatedUniqueIndex } from "../../kit/errors";
import { recordAudit } from "../audit/record-audit";
import { CompetencyEntity } from "./competency.entity";
import { CompetencyStandardEntity } from "./competency-standard.entity";
import { concurrentStandard, unknownCompetency } from "./competency.errors";
import type { SetStandardInput } from "./competency.inputs";

/**
 * Sets the level a position requires of a competency: creates the row for the (competency, kind, grade, title) key or
 * replaces its level, audited. Two parallel settings of one new key: one wins, the other is CONFLICT (the unique
 * index `competency_standards_key`).
 */
export async function setCompetencyStandard({ ds, caller, input }: { ds: DataSource; caller: Caller; input: SetStandardInput }): Promise<CompetencyStandardEntity> {
  const level = validateAssessmentLevel(input.level);
  if (!level.ok) throw badInput(level.error);
  if (input.functionalGrade && input.positionKind !== "FUNGSIONAL") {
    throw badInput(domainError("FUNCTIONAL_GRADE_NOT_ALLOWED", "functionalGrade applies to FUNGSIONAL positions only", { field: "functionalGrade" }));
  }
  let positionTitle = "";
  if (input.positionTitle !== undefined && input.positionTitle !== null && input.positionTitle.trim() !== "") {
    const title = checkText(input.positionTitle, { field: "positionTitle", min: POSITION_TITLE_MIN_LENGTH, max: POSITION_TITLE_MAX_LENGTH, code: "INVALID_POSITION_TITLE" });
    if (!title.ok) throw badInput(title.error);
    positionTitle = title.value;
  }
  try {
    return await ds.transaction(async (m) => {
      if (!(await m.existsBy(CompetencyEntity, { id: input.competencyId }))) throw unknownCompetency(input.competencyId);
      const key = { competencyId: input.competencyId, positionKind: input.positionKind, functionalGrade: input.functionalGrade ?? "", positionTitle };
      const current = await m.findOne(CompetencyStandardEntity, { where: key, lock: { mode: "pessimistic_write" } });
      const before = current ? { ...current } : null;
      const saved = await m.save(
        current
          ? m.merge(CompetencyStandardEntity, current, { level: level.value, mandatoryProgramme: input.mandatoryProgramme ?? current.mandatoryProgramme })
          : m.create(CompetencyStandardEntity, { ...key, level: level.value, mandatoryProgramme: input.mandatoryProgramme ?? false }),
      );
      await recordAudit(m, caller.user.id, [
        { action: current ? "UPDATE" : "CREATE", entityType: "CompetencyStandard", entityId: saved.id, before, after: { ...saved } },
      ]);
      return saved;
    });
  } catch (e) {
    if (violatedUniqueIndex(e) === "competency_standards_key") throw concurrentStandard();
    throw e;
  }
}
