import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { recordAudit } from "../audit/record-audit";
import { checkCompetencies, FieldErrors } from "./delivery-checks";
import type { SpeakerInput } from "./delivery.inputs";
import { SpeakerEntity } from "./speaker.entity";

/** Registers a speaker (texts through the domain's checks, expertise existing), audited. */
export async function createSpeaker({ ds, caller, input }: { ds: DataSource; caller: Caller; input: SpeakerInput }): Promise<SpeakerEntity> {
  const errors = new FieldErrors();
  const fields = {
    name: errors.text(input.name, "name", "speakerName"),
    institution: errors.text(input.institution, "institution", "institution"),
    originCity: errors.text(input.originCity, "originCity", "originCity"),
    email: errors.email(input.email),
    phone: errors.phone(input.phone),
  };
  errors.done();
  return ds.transaction(async (m) => {
    const expertiseIds = await checkCompetencies(m, input.expertiseIds ?? [], "expertiseIds");
    const saved = await m.save(m.create(SpeakerEntity, { ...fields, level: input.level, expertiseIds, internal: input.internal ?? false }));
    await recordAudit(m, caller.user.id, [{ action: "CREATE", entityType: "Speaker", entityId: saved.id, before: null, after: { ...saved } }]);
    return saved;
  });
}
