import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { pageSize } from "../../kit/connection";
import { createCandidateFromProposal } from "./create-candidate-from-proposal";
import { decideProposal } from "./decide-proposal";
import { listProposals } from "./list-proposals";
import type { CreateCandidateFromProposalInput, DecideProposalInput, ProposalFilter, SubmitProposalInput } from "./proposals.inputs";
import { submitProposal } from "./submit-proposal";

/** The proposals module's use cases bound to the database: wiring only. */
export const proposalsServices = (ds: DataSource, maxPageSize: number) => ({
  list: (caller: Caller, a: { filter?: ProposalFilter | null; first: number; after?: string | null; withTotal: boolean }) =>
    listProposals({ ds, caller, ...a, first: pageSize(a.first, maxPageSize) }),
  submit: (caller: Caller, input: SubmitProposalInput) => submitProposal({ ds, caller, input }),
  decide: (caller: Caller, input: DecideProposalInput) => decideProposal({ ds, caller, input }),
  createCandidate: (caller: Caller, input: CreateCandidateFromProposalInput) => createCandidateFromProposal({ ds, caller, input }),
});
