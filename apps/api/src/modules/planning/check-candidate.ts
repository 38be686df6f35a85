import { In, type EntityManager } from "typeorm";
import { domainError, validateCandidate, type CandidateDraft, type ValidCandidate } from "@bina/domain";
import { badInput } from "../../kit/errors";
import { CompetencyEntity } from "../competency/competency.entity";

/**
 * A candidate's fields by the domain's rules (validateCandidate: the title through checkText, competencies at least one
 * and none twice, participants, JP, whole-rupiah cost), then whether every competency exists. All problems are field
 * errors; the domain's are reported together. Returns the normalised candidate.
 */
export async function checkCandidate(m: EntityManager, draft: CandidateDraft): Promise<ValidCandidate> {
  const checked = validateCandidate(draft);
  if (!checked.ok) throw badInput(checked.error);
  const ids = checked.value.competencyIds;
  if ((await m.countBy(CompetencyEntity, { id: In([...ids]) })) !== ids.length) {
    throw badInput(domainError("UNKNOWN_COMPETENCY", "competencyIds: a competency does not exist", { field: "competencyIds" }));
  }
  return checked.value;
}
