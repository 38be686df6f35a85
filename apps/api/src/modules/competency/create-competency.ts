import type { DataSource } from "typeorm";
import { validateCompetency } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { badInput, violatedUniqueIndex } from "../../kit/errors";
import { recordAudit } from "../audit/record-audit";
import { CompetencyEntity } from "./competency.entity";
import { duplicateCompetencyCode } from "./competency.errors";
import type { CompetencyInput } from "./competency.inputs";

/**
 * Adds a dictionary entry (the domain's `validateCompetency` checks and normalises it), audited. A code that exists is
 * CONFLICT DUPLICATE_CODE, also for the loser of two parallel creations (the unique index `competencies_code_key`).
 */
export async function createCompetency({ ds, caller, input }: { ds: DataSource; caller: Caller; input: CompetencyInput }): Promise<CompetencyEntity> {
  const v = validateCompetency({ code: input.code, kind: input.kind, name: input.name, description: input.description ?? null });
  if (!v.ok) throw badInput(v.error);
  try {
    return await ds.transaction(async (m) => {
      if (await m.existsBy(CompetencyEntity, { code: v.value.code })) throw duplicateCompetencyCode(v.value.code);
      const saved = await m.save(m.create(CompetencyEntity, { ...v.value }));
      await recordAudit(m, caller.user.id, [{ action: "CREATE", entityType: "Competency", entityId: saved.id, before: null, after: { ...saved } }]);
      return saved;
    });
  } catch (e) {
    if (violatedUniqueIndex(e) === "competencies_code_key") throw duplicateCompetencyCode(v.value.code);
    throw e;
  }
}
