import type { DataSource } from "typeorm";
import type { DevelopmentKind, LeadershipProgramme } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { conflict } from "../../kit/errors";
import { loadForChange } from "../../kit/optimistic-lock";
import { queryRows } from "../../kit/sql";
import { recordAudit } from "../audit/record-audit";
import { BatchEntity } from "./batch.entity";
import { refreshCreditedJp } from "./batch-credit";
import { checkCompetencies, FieldErrors } from "./delivery-checks";
import type { UpdateProgrammeInput } from "./delivery.inputs";
import { CREDITED_STATUSES } from "./update-batch";
import { checkLeadership } from "./programme-checks";
import { ProgrammeEntity } from "./programme.entity";

/**
 * Changes a programme (optimistic lock); a new kind recomputes its batches' credited JP in the same transaction. Kind and
 * title are fixed once a batch of it is COMPLETED or EVALUATED (CONFLICT BATCH_CLOSED). Audited.
 */
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
    if (kind !== current.kind || title !== current.title) {
      // What a completed batch's participants were credited (the kind's JP rule) and printed (the title) is fixed.
      const [closed] = await queryRows<{ name: string; status: string }>(
        m,
        `SELECT name, status FROM batches WHERE programme_id = $1 AND status = ANY($2::text[]) ORDER BY starts_on, id LIMIT 1`,
        [current.id, [...CREDITED_STATUSES]],
      );
      if (closed) {
        const field = kind !== current.kind ? "kind" : "title";
        throw conflict(`${field}: batch ${closed.name} of this programme is ${closed.status}; what its participants were credited no longer changes`, {
          field,
          domainCode: "BATCH_CLOSED",
        });
      }
    }
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
