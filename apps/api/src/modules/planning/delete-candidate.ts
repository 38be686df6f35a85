import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { loadForChange } from "../../kit/optimistic-lock";
import { recordAudit } from "../audit/record-audit";
import { ProgrammeCandidateEntity } from "./programme-candidate.entity";

/** Removes a candidate (plans keep their own copy), audited. With `version`, a stale one is CONFLICT. */
export async function deleteCandidate({ ds, caller, id, version }: { ds: DataSource; caller: Caller; id: string; version: number | null }): Promise<boolean> {
  return ds.transaction(async (m) => {
    const current = await loadForChange(m, ProgrammeCandidateEntity, { id, version, what: "ProgrammeCandidate" });
    await m.delete(ProgrammeCandidateEntity, { id });
    await recordAudit(m, caller.user.id, [{ action: "DELETE", entityType: "ProgrammeCandidate", entityId: id, before: { ...current }, after: null }]);
    return true;
  });
}
