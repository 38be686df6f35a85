import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { recordAudit } from "../audit/record-audit";
import { checkYear } from "../planning/plan-year";
import { checkCompetencies, FieldErrors } from "./delivery-checks";
import type { ProgrammeInput } from "./delivery.inputs";
import { checkLeadership } from "./programme-checks";
import { ProgrammeEntity } from "./programme.entity";

/** An ad hoc programme (outside the plan), DRAFT; audited. */
export async function createProgramme({ ds, caller, input }: { ds: DataSource; caller: Caller; input: ProgrammeInput }): Promise<ProgrammeEntity> {
  const year = checkYear(input.year, "year");
  const errors = new FieldErrors();
  const title = errors.text(input.title, "title", "programmeTitle", "INVALID_TITLE");
  const organiserName = errors.optionalText(input.organiserName, "organiserName", "organiserName");
  const leadershipProgramme = checkLeadership(errors, input.kind, input.leadershipProgramme ?? null);
  errors.done();
  return ds.transaction(async (m) => {
    const competencyIds = await checkCompetencies(m, input.competencyIds ?? [], "competencyIds");
    const saved = await m.save(
      m.create(ProgrammeEntity, {
        year,
        title,
        kind: input.kind,
        leadershipProgramme,
        organiser: input.organiser,
        organiserName,
        planId: null,
        candidateId: null,
        competencyIds,
        status: "DRAFT",
        createdBy: caller.user.id,
      }),
    );
    await recordAudit(m, caller.user.id, [{ action: "CREATE", entityType: "Programme", entityId: saved.id, before: null, after: { ...saved } }]);
    return saved;
  });
}
