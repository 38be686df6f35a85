import type { DataSource } from "typeorm";
import { domainError } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { badInput, conflict, notFound, violatedUniqueIndex } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { recordAudit } from "../audit/record-audit";
import { PlanEntity } from "../planning/plan.entity";
import { ProgrammeCandidateEntity } from "../planning/programme-candidate.entity";
import { FieldErrors } from "./delivery-checks";
import type { ProgrammeFromPlanInput } from "./delivery.inputs";
import { checkLeadership } from "./programme-checks";
import { ProgrammeEntity } from "./programme.entity";

const alreadyMade = () =>
  conflict("This plan item already has a programme; add a batch to it instead", { field: "candidateId", domainCode: "PROGRAMME_ALREADY_CREATED" });

/**
 * A programme from an ADOPTED plan's selected or mandatory item: it keeps the plan version, the candidate, the
 * candidate's title (as the plan recorded it), competencies and year. CONFLICT PLAN_NOT_ADOPTED for another plan
 * state; BAD_USER_INPUT NOT_IN_PLAN (field candidateId) for a candidate the plan left out; CONFLICT
 * PROGRAMME_ALREADY_CREATED when the item has one (a unique index holds it under races). Audited.
 */
export async function createProgrammeFromPlan({ ds, caller, input }: { ds: DataSource; caller: Caller; input: ProgrammeFromPlanInput }): Promise<ProgrammeEntity> {
  const errors = new FieldErrors();
  const organiserName = errors.optionalText(input.organiserName, "organiserName", "organiserName");
  const leadershipProgramme = checkLeadership(errors, input.kind, input.leadershipProgramme ?? null);
  errors.done();
  if (!isUuid(input.planId)) throw notFound("Plan", input.planId);
  if (!isUuid(input.candidateId)) throw badInput(domainError("NOT_IN_PLAN", "candidateId: not a candidate of this plan", { field: "candidateId" }));
  try {
    return await ds.transaction(async (m) => {
      const plan = await m.findOne(PlanEntity, { where: { id: input.planId }, lock: { mode: "pessimistic_read" } });
      if (!plan) throw notFound("Plan", input.planId);
      if (plan.status !== "ADOPTED") throw conflict(`Plan version ${plan.version} of ${plan.year} is ${plan.status}; programmes come from the adopted plan`, { domainCode: "PLAN_NOT_ADOPTED" });
      const item = plan.items.find((i) => i.candidateId === input.candidateId);
      if (!item || !(item.selected || item.mandatory)) {
        throw badInput(domainError("NOT_IN_PLAN", "candidateId: the adopted plan does not include this candidate", { field: "candidateId" }));
      }
      const candidate = await m.findOneBy(ProgrammeCandidateEntity, { id: input.candidateId });
      if (await m.existsBy(ProgrammeEntity, { planId: plan.id, candidateId: input.candidateId })) throw alreadyMade();
      const saved = await m.save(
        m.create(ProgrammeEntity, {
          year: plan.year,
          title: item.title,
          kind: input.kind,
          leadershipProgramme,
          organiser: input.organiser,
          organiserName,
          planId: plan.id,
          candidateId: candidate ? candidate.id : null,
          competencyIds: candidate ? [...candidate.competencyIds] : [],
          status: "DRAFT",
          createdBy: caller.user.id,
        }),
      );
      await recordAudit(m, caller.user.id, [
        { action: "CREATE", entityType: "Programme", entityId: saved.id, before: null, after: { ...saved, fromPlan: plan.id, planVersion: plan.version, fromCandidate: input.candidateId } },
      ]);
      return saved;
    });
  } catch (e) {
    if (violatedUniqueIndex(e) === "programmes_plan_candidate_key") throw alreadyMade();
    throw e;
  }
}
