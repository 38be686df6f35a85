import type { DataSource } from "typeorm";
import type { DevelopmentKind, LeadershipProgramme } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { loadForChange } from "../../kit/optimistic-lock";
import { recordAudit } from "../audit/record-audit";
import { BatchEntity } from "./batch.entity";
import { refreshCreditedJp } from "./batch-credit";
import { checkCompetencies, FieldErrors } from "./delivery-checks";
import type { UpdateProgrammeInput } from "./delivery.inputs";
import { checkLeadership } from "./programme-checks";
import { ProgrammeEntity } from "./programme.entity";

/** Changes a programme (optimistic lock); a new kind recomputes its batches' credited JP in the same transaction. Audited. */
export async function updateProgramme({ ds, caller, input }: { ds: DataSource; caller: Caller; input: UpdateProgrammeInput }): Promise<ProgrammeEntity> {
  return ds.transaction(async (m) => {
    const current = await loadForChange(m, ProgrammeEntity, { id: input.id, version: input.version, what: "Programme" });
    const errors = new FieldErrors();
    const kind = (input.kind ?? current.kind) as DevelopmentKind;
    const title = input.title == null ? current.title : errors.text(input.title, "title", "programmeTitle", "INVALID_TITLE");
    const organiserName = errors.optionalText(input.organiserName, "organiserName", "organiserName", current.organiserName);
    // A kind other than leadership training drops a leadership programme kept from before.
    const leadership = (input.leadershipProgramme ?? (kind === "LEADERSHIP_TRAINING" ? current.leadershipProgramme : null)) as LeadershipProgramme | null;
    const leadershipProgramme = checkLeadership(errors, kind, leadership);
    errors.done();
    const competencyIds = input.competencyIds ? await checkCompetencies(m, input.competencyIds, "competencyIds") : current.competencyIds;
    const before = { ...current };
    const saved = await m.save(
      m.merge(ProgrammeEntity, current, {
        title,
        kind,
        leadershipProgramme,
        organiser: input.organiser ?? current.organiser,
        organiserName,
        competencyIds,
        version: current.version + 1,
      }),
    );
    if (kind !== before.kind) {
      const batches = await m.find(BatchEntity, { where: { programmeId: saved.id }, select: { id: true } });
      await refreshCreditedJp(m, batches.map((b) => b.id));
    }
    await recordAudit(m, caller.user.id, [{ action: "UPDATE", entityType: "Programme", entityId: saved.id, before, after: { ...saved } }]);
    return saved;
  });
}
