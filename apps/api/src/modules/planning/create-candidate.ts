import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { recordAudit } from "../audit/record-audit";
import { valueCandidates, type ValuedCandidate } from "./candidate-value";
import { checkCandidate } from "./check-candidate";
import { checkYear } from "./plan-year";
import type { CandidateInput } from "./planning.inputs";
import { ProgrammeCandidateEntity } from "./programme-candidate.entity";

/** Adds a candidate programme to a plan year (audited) and returns it valued. */
export async function createCandidate({ ds, caller, input }: { ds: DataSource; caller: Caller; input: CandidateInput }): Promise<ValuedCandidate> {
  checkYear(input.year, "year");
  const saved = await ds.transaction(async (m) => {
    const valid = await checkCandidate(m, input);
    const row = await m.save(m.create(ProgrammeCandidateEntity, { ...valid, competencyIds: [...valid.competencyIds], year: input.year, proposalId: null }));
    await recordAudit(m, caller.user.id, [{ action: "CREATE", entityType: "ProgrammeCandidate", entityId: row.id, before: null, after: { ...row } }]);
    return row;
  });
  // Valued after the commit: the needs query runs on another connection.
  return (await valueCandidates(ds, saved.year, [saved]))[0]!;
}
