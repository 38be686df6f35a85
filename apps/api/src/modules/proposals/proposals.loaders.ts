import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { ProgrammeCandidateEntity } from "../planning/programme-candidate.entity";
import { TrainingProposalEntity } from "./training-proposal.entity";

/** The proposals module's per-request loaders (built with the others in the GraphQL context). */
export interface ProposalsLoaders {
  readonly proposalById: DataLoader<string, TrainingProposalEntity | null>;
  /** The candidate made from a proposal, if any. */
  readonly candidateByProposalId: DataLoader<string, ProgrammeCandidateEntity | null>;
}

export const proposalsLoaders = (ds: DataSource): ProposalsLoaders => ({
  proposalById: new DataLoader(async (ids) => {
    const rows = await ds.getRepository(TrainingProposalEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }),
  candidateByProposalId: new DataLoader(async (ids) => {
    const rows = await ds.getRepository(ProgrammeCandidateEntity).findBy({ proposalId: In([...ids]) });
    const byProposal = new Map(rows.map((r) => [r.proposalId, r]));
    return ids.map((id) => byProposal.get(id) ?? null);
  }),
});
