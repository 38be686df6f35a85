import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { loadForChange } from "../../kit/optimistic-lock";
import { recordAudit } from "../audit/record-audit";
import { valueCandidates, type ValuedCandidate } from "./candidate-value";
import { checkCandidate } from "./check-candidate";
import type { UpdateCandidateInput } from "./planning.inputs";
import { ProgrammeCandidateEntity } from "./programme-candidate.entity";

/** Changes a candidate (optimistic lock on `version`; omitted fields keep their value), audited; returns it valued. */
export async function updateCandidate({ ds, caller, input }: { ds: DataSource; caller: Caller; input: UpdateCandidateInput }): Promise<ValuedCandidate> {
  const saved = await ds.transaction(async (m) => {
    const current = await loadForChange(m, ProgrammeCandidateEntity, { id: input.id, version: input.version, what: "ProgrammeCandidate" });
    const { title } = await checkCandidate(m, input);
    const before = { ...current };
    const changes = {
      title,
      competencyIds: input.competencyIds ?? undefined,
      participants: input.participants ?? undefined,
      jp: input.jp ?? undefined,
      cost: input.cost ?? undefined,
      mandatory: input.mandatory ?? undefined,
    };
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    const next = await m.save(m.merge(ProgrammeCandidateEntity, current, { ...defined, version: current.version + 1 }));
    await recordAudit(m, caller.user.id, [{ action: "UPDATE", entityType: "ProgrammeCandidate", entityId: next.id, before, after: { ...next } }]);
    return next;
  });
  return (await valueCandidates(ds, saved.year, [saved]))[0]!;
}
