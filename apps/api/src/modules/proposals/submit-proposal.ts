import type { DataSource } from "typeorm";
import { domainError, type DomainError } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { badInput } from "../../kit/errors";
import { recordAudit } from "../audit/record-audit";
import { CompetencyEntity } from "../competency/competency.entity";
import { unitForChange } from "../organization/employee-record";
import { checkYear } from "../planning/plan-year";
import { proposalJustification, proposalTitle } from "./proposal-text";
import type { SubmitProposalInput } from "./proposals.inputs";
import { TrainingProposalEntity } from "./training-proposal.entity";

/** A unit proposes a programme (an operator: for their own unit or a sub-unit); free text through the domain's rule. Audited. */
export async function submitProposal({ ds, caller, input }: { ds: DataSource; caller: Caller; input: SubmitProposalInput }): Promise<TrainingProposalEntity> {
  checkYear(input.year, "year");
  const title = proposalTitle(input.title);
  const justification = proposalJustification(input.justification);
  const errors: DomainError[] = [...(title.ok ? [] : [title.error]), ...(justification.ok ? [] : [justification.error])];
  if (errors.length > 0 || !title.ok || !justification.ok) throw badInput(errors);
  const scope = await caller.scope();
  return ds.transaction(async (m) => {
    const unit = await unitForChange(m, scope, input.unitId);
    if (!(await m.existsBy(CompetencyEntity, { id: input.competencyId, active: true }))) {
      throw badInput(domainError("UNKNOWN_COMPETENCY", `competencyId: there is no active competency ${input.competencyId}`, { field: "competencyId" }));
    }
    const saved = await m.save(
      m.create(TrainingProposalEntity, {
        unitId: unit.id,
        year: input.year,
        competencyId: input.competencyId,
        title: title.value,
        participants: input.participants,
        jp: input.jp,
        justification: justification.value,
        proposedBy: caller.user.id,
        status: "SUBMITTED",
      }),
    );
    await recordAudit(m, caller.user.id, [{ action: "CREATE", entityType: "TrainingProposal", entityId: saved.id, before: null, after: { ...saved } }]);
    return saved;
  });
}
