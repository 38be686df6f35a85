import { In, type EntityManager } from "typeorm";
import { CANDIDATE_TITLE_MAX_LENGTH, CANDIDATE_TITLE_MIN_LENGTH, checkText, domainError, type DomainError } from "@bina/domain";
import { badInput } from "../../kit/errors";
import { CompetencyEntity } from "../competency/competency.entity";

/** The fields of a candidate a caller sets (a new one, or the changed fields of an existing one). */
export interface CandidateFields {
  readonly title?: string | null;
  readonly competencyIds?: readonly string[] | null;
  readonly cost?: number | null;
}

/**
 * Checks a candidate's free text and competencies before anything is stored: the title through the domain's text rule,
 * the competencies at least one, none twice (DUPLICATE_COMPETENCY: it would count its participants twice) and all
 * existing. Returns the normalised title. Every problem is a field error; all found are reported.
 */
export async function checkCandidate(m: EntityManager, fields: CandidateFields, fieldPrefix = ""): Promise<{ title: string | undefined }> {
  const errors: DomainError[] = [];
  let title: string | undefined;
  if (fields.title !== undefined && fields.title !== null) {
    const t = checkText(fields.title, { field: `${fieldPrefix}title`, min: CANDIDATE_TITLE_MIN_LENGTH, max: CANDIDATE_TITLE_MAX_LENGTH, code: "INVALID_TITLE" });
    if (t.ok) title = t.value;
    else errors.push(t.error);
  }
  const ids = fields.competencyIds;
  if (ids !== undefined && ids !== null) {
    const field = `${fieldPrefix}competencyIds`;
    if (ids.length === 0) errors.push(domainError("INVALID_COMPETENCIES", `${field}: at least one competency`, { field, reason: "EMPTY" }));
    else if (new Set(ids).size !== ids.length) {
      errors.push(domainError("DUPLICATE_COMPETENCY", `${field}: a competency is listed twice (it would count its participants twice)`, { field }));
    } else if ((await m.countBy(CompetencyEntity, { id: In([...ids]) })) !== ids.length) {
      errors.push(domainError("UNKNOWN_COMPETENCY", `${field}: a competency does not exist`, { field }));
    }
  }
  if (fields.cost !== undefined && fields.cost !== null && (!Number.isSafeInteger(fields.cost) || fields.cost < 0)) {
    errors.push(domainError("INVALID_COST", `${fieldPrefix}cost: whole rupiah, 0 or more`, { field: `${fieldPrefix}cost`, reason: "NEGATIVE" }));
  }
  if (errors.length > 0) throw badInput(errors);
  return { title };
}
