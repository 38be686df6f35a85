import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { loadForChange } from "../../kit/optimistic-lock";
import { recordAudit } from "../audit/record-audit";
import { checkCompetencies, FieldErrors } from "./delivery-checks";
import type { UpdateSpeakerInput } from "./delivery.inputs";
import { SpeakerEntity } from "./speaker.entity";

/** Changes a speaker (optimistic lock; omitted fields keep their value), audited. */
export async function updateSpeaker({ ds, caller, input }: { ds: DataSource; caller: Caller; input: UpdateSpeakerInput }): Promise<SpeakerEntity> {
  return ds.transaction(async (m) => {
    const current = await loadForChange(m, SpeakerEntity, { id: input.id, version: input.version, what: "Speaker" });
    const errors = new FieldErrors();
    const fields = {
      name: input.name == null ? current.name : errors.text(input.name, "name", "speakerName"),
      institution: input.institution == null ? current.institution : errors.text(input.institution, "institution", "institution"),
      originCity: input.originCity == null ? current.originCity : errors.text(input.originCity, "originCity", "originCity"),
      email: errors.email(input.email, current.email),
      phone: errors.phone(input.phone, current.phone),
    };
    errors.done();
    const expertiseIds = input.expertiseIds ? await checkCompetencies(m, input.expertiseIds, "expertiseIds") : current.expertiseIds;
    const before = { ...current };
    const saved = await m.save(
      m.merge(SpeakerEntity, current, { ...fields, expertiseIds, level: input.level ?? current.level, internal: input.internal ?? current.internal, version: current.version + 1 }),
    );
    await recordAudit(m, caller.user.id, [{ action: "UPDATE", entityType: "Speaker", entityId: saved.id, before, after: { ...saved } }]);
    return saved;
  });
}
