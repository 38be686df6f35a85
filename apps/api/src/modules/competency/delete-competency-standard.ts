import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { notFound } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { recordAudit } from "../audit/record-audit";
import { CompetencyStandardEntity } from "./competency-standard.entity";

/** Removes a position standard, audited; an unknown id (or one that is not a uuid) is NOT_FOUND. */
export async function deleteCompetencyStandard({ ds, caller, id }: { ds: DataSource; caller: Caller; id: string }): Promise<boolean> {
  if (!isUuid(id)) throw notFound("CompetencyStandard", id);
  return ds.transaction(async (m) => {
    const current = await m.findOne(CompetencyStandardEntity, { where: { id }, lock: { mode: "pessimistic_write" } });
    if (!current) throw notFound("CompetencyStandard", id);
    await m.delete(CompetencyStandardEntity, { id });
    await recordAudit(m, caller.user.id, [{ action: "DELETE", entityType: "CompetencyStandard", entityId: id, before: { ...current }, after: null }]);
    return true;
  });
}
