import type { DataSource } from "typeorm";
import { validateCompetency } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { badInput } from "../../kit/errors";
import { loadForChange } from "../../kit/optimistic-lock";
import { recordAudit } from "../audit/record-audit";
import { CompetencyEntity } from "./competency.entity";
import type { UpdateCompetencyInput } from "./competency.inputs";

/** Changes a dictionary entry's name, description or status (code and kind never change), audited; a stale version is CONFLICT. */
export async function updateCompetency({ ds, caller, input }: { ds: DataSource; caller: Caller; input: UpdateCompetencyInput }): Promise<CompetencyEntity> {
  return ds.transaction(async (m) => {
    const current = await loadForChange(m, CompetencyEntity, { id: input.id, version: input.version, what: "Competency" });
    const v = validateCompetency({
      code: current.code,
      kind: current.kind,
      name: input.name ?? current.name,
      description: input.description === undefined || input.description === null ? current.description : input.description,
    });
    if (!v.ok) throw badInput(v.error);
    const before = { ...current };
    const saved = await m.save(
      m.merge(CompetencyEntity, current, { name: v.value.name, description: v.value.description, active: input.active ?? current.active, version: current.version + 1 }),
    );
    await recordAudit(m, caller.user.id, [{ action: "UPDATE", entityType: "Competency", entityId: saved.id, before, after: { ...saved } }]);
    return saved;
  });
}
