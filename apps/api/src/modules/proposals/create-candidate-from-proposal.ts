import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { conflict, violatedUniqueIndex } from "../../kit/errors";
import { loadForChange } from "../../kit/optimistic-lock";
import { recordAudit } from "../audit/record-audit";
import { valueCandidates, type ValuedCandidate } from "../planning/candidate-value";
import { checkCandidate } from "../planning/check-candidate";
import { ProgrammeCandidateEntity } from "../planning/programme-candidate.entity";
import type { CreateCandidateFromProposalInput } from "./proposals.inputs";
import { TrainingProposalEntity } from "./training-proposal.entity";

const alreadyMade = (proposalId: string) =>
  conflict(`Proposal ${proposalId} already has a candidate programme`, { field: "proposalId", domainCode: "PROPOSAL_ALREADY_HAS_CANDIDATE" });

/**
 * Turns an ACCEPTED proposal into a candidate programme of its plan year, in one step: the proposal's title,
 * participants, JP and competency unless given, linked to the proposal. Only an accepted proposal (CONFLICT
 * PROPOSAL_NOT_ACCEPTED), and only once (CONFLICT PROPOSAL_ALREADY_HAS_CANDIDATE; a unique index holds it under races). Audited.
 */
export async function createCandidateFromProposal({
  ds,
  caller,
  input,
}: {
  ds: DataSource;
  caller: Caller;
  input: CreateCandidateFromProposalInput;
}): Promise<ValuedCandidate> {
  let saved: ProgrammeCandidateEntity;
  try {
    saved = await ds.transaction(async (m) => {
      const proposal = await loadForChange(m, TrainingProposalEntity, { id: input.proposalId, version: null, what: "TrainingProposal" });
      if (proposal.status !== "ACCEPTED") {
        throw conflict(`Proposal ${proposal.id} is ${proposal.status}; only an accepted proposal becomes a candidate`, { field: "proposalId", domainCode: "PROPOSAL_NOT_ACCEPTED" });
      }
      if (await m.existsBy(ProgrammeCandidateEntity, { proposalId: proposal.id })) throw alreadyMade(proposal.id);
      const valid = await checkCandidate(m, {
        title: input.title ?? proposal.title,
        competencyIds: input.competencyIds ?? [proposal.competencyId],
        participants: input.participants ?? proposal.participants,
        jp: input.jp ?? proposal.jp,
        cost: input.cost,
        mandatory: input.mandatory ?? false,
      });
      const row = await m.save(m.create(ProgrammeCandidateEntity, { ...valid, competencyIds: [...valid.competencyIds], year: proposal.year, proposalId: proposal.id }));
      await recordAudit(m, caller.user.id, [
        { action: "CREATE", entityType: "ProgrammeCandidate", entityId: row.id, before: null, after: { ...row, fromProposal: proposal.id } },
      ]);
      return row;
    });
  } catch (e) {
    if (violatedUniqueIndex(e) === "programme_candidates_proposal_id_key") throw alreadyMade(input.proposalId);
    throw e;
  }
  return (await valueCandidates(ds, saved.year, [saved]))[0]!;
}
