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
    const valid = await checkCandidate(m, {
      title: input.title ?? current.title,
      competencyIds: input.competencyIds ?? current.competencyIds,
      participants: input.participants ?? current.participants,
      jp: input.jp ?? current.jp,
      cost: input.cost ?? current.cost,
      mandatory: input.mandatory ?? current.mandatory,
    });
    const before = { ...current };
    const next = await m.save(m.merge(ProgrammeCandidateEntity, current, { ...valid, competencyIds: [...valid.competencyIds], version: current.version + 1 }));
    await recordAudit(m, caller.user.id, [{ action: "UPDATE", entityType: "ProgrammeCandidate", entityId: next.id, before, after: { ...next } }]);
    return next;
  });
  return (await valueCandidates(ds, saved.year, [saved]))[0]!;
}
