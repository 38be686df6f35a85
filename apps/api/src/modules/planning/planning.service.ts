import { In, type DataSource } from "typeorm";
import { domainError, explainSelection, roundHalfUp, selectProgrammesWithinBudget } from "@bina/domain";
import { badInput, conflict, notFound } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import type { Caller } from "../../kit/caller";
import { recordAudit } from "../audit/record-audit";
import { CompetencyEntity } from "../competency/competency.entity";
import { candidateValue, competencyNeeds } from "./candidate-values";
import { PlanEntity, type PlanItem } from "./plan.entity";
import type { CandidateInput, UpdateCandidateInput } from "./planning.inputs";
import { ProgrammeCandidateEntity } from "./programme-candidate.entity";

const checkCost = (cost: number, field = "estimatedCost") => {
  if (!Number.isSafeInteger(cost) || cost < 0) throw badInput(domainError("INVALID_AMOUNT", `${field}: whole rupiah, 0 or more`, { field }));
};

/** Candidate programmes and yearly plans: the optimiser run against a ceiling, versions kept, one adopted. */
export function planningService(ds: DataSource) {
  const candidatesWithValues = async (year: number) => {
    const [candidates, needs] = await Promise.all([
      ds.getRepository(ProgrammeCandidateEntity).find({ where: { year }, order: { mandatory: "DESC", title: "ASC" } }),
      competencyNeeds(ds, year),
    ]);
    return candidates.map((c) => ({ ...c, value: candidateValue(c, needs), costPerParticipantJp: Math.round(c.estimatedCost / (c.participants * c.jp)) }));
  };

  const checkCompetencies = async (ids: readonly string[]) => {
    const found = await ds.getRepository(CompetencyEntity).countBy({ id: In([...new Set(ids)]) });
    if (found !== new Set(ids).size) throw badInput(domainError("UNKNOWN_COMPETENCY", "competencyIds: a competency does not exist", { field: "competencyIds" }));
  };

  return {
    candidates: candidatesWithValues,

    async createCandidate(c: Caller, input: CandidateInput) {
      checkCost(input.estimatedCost);
      await checkCompetencies(input.competencyIds);
      const saved = await ds.transaction(async (m) => {
        const row = await m.save(m.create(ProgrammeCandidateEntity, { ...input, title: input.title.trim(), mandatory: input.mandatory ?? false }));
        await recordAudit(m, c.user.id, [{ action: "CREATE", entityType: "ProgrammeCandidate", entityId: row.id, before: null, after: { ...row } }]);
        return row;
      });
      // Valued after the commit: the needs query runs on another connection.
      return (await candidatesWithValues(saved.year)).find((x) => x.id === saved.id)!;
    },

    async updateCandidate(c: Caller, input: UpdateCandidateInput) {
      if (input.estimatedCost !== undefined && input.estimatedCost !== null) checkCost(input.estimatedCost);
      if (input.competencyIds) await checkCompetencies(input.competencyIds);
      const saved = await ds.transaction(async (m) => {
        const current = await m.findOne(ProgrammeCandidateEntity, { where: { id: input.id }, lock: { mode: "pessimistic_write" } });
        if (!current) throw notFound("ProgrammeCandidate", input.id);
        if (current.version !== input.version) throw conflict("This candidate was changed by someone else; reload and try again", { field: "version", domainCode: "STALE_VERSION" });
        const before = { ...current };
        const { id: _id, version: _v, ...changes } = input;
        const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined && v !== null));
        const next = await m.save(m.merge(ProgrammeCandidateEntity, current, { ...defined, version: current.version + 1 }));
        await recordAudit(m, c.user.id, [{ action: "UPDATE", entityType: "ProgrammeCandidate", entityId: next.id, before, after: { ...next } }]);
        return next;
      });
      return (await candidatesWithValues(saved.year)).find((x) => x.id === saved.id)!;
    },

    async deleteCandidate(c: Caller, id: string) {
      if (!isUuid(id)) throw notFound("ProgrammeCandidate", id);
      return ds.transaction(async (m) => {
        const current = await m.findOneBy(ProgrammeCandidateEntity, { id });
        if (!current) throw notFound("ProgrammeCandidate", id);
        await m.delete(ProgrammeCandidateEntity, { id });
        await recordAudit(m, c.user.id, [{ action: "DELETE", entityType: "ProgrammeCandidate", entityId: id, before: { ...current }, after: null }]);
        return true;
      });
    },

    plans: (year: number) => ds.getRepository(PlanEntity).find({ where: { year }, order: { version: "DESC" } }),
    plan: (id: string) => (isUuid(id) ? ds.getRepository(PlanEntity).findOneBy({ id }) : Promise.resolve(null)),

    /** Runs the optimiser against a ceiling and keeps the result as a new DRAFT version. */
    async runPlan(c: Caller, year: number, ceiling: number) {
      checkCost(ceiling, "ceiling");
      const candidates = await candidatesWithValues(year);
      const input = candidates.map((x) => ({ id: x.id, cost: x.estimatedCost, value: x.value, mandatory: x.mandatory }));
      const selection = selectProgrammesWithinBudget(input, ceiling);
      if (!selection.ok) throw badInput(selection.error);
      const s = selection.value;
      const leftOut = new Map(explainSelection(input, s).map((l) => [l.id, l]));
      const chosen = new Set(s.selectedIds);
      const items: PlanItem[] = candidates.map((x) => ({
        candidateId: x.id,
        title: x.title,
        cost: x.estimatedCost,
        value: x.value,
        participants: x.participants,
        jp: x.jp,
        mandatory: x.mandatory,
        selected: chosen.has(x.id),
        reason: x.mandatory ? "MANDATORY" : chosen.has(x.id) ? "SELECTED" : (leftOut.get(x.id)?.reason ?? "LOWER_VALUE_FOR_COST"),
      }));
      const mandatory = items.filter((i) => i.mandatory);
      const explanation = [
        `${s.method === "EXACT" ? "The best" : "An approximately best"} combination of ${items.length} candidates within the ceiling of Rp ${ceiling.toLocaleString("id-ID")}:`,
        `${chosen.size} selected (${mandatory.length} mandatory), total cost Rp ${s.totalCost.toLocaleString("id-ID")}, total value ${roundHalfUp(s.totalValue, 2)}, Rp ${s.remaining.toLocaleString("id-ID")} left.`,
        `${items.length - chosen.size} left out: ${[...leftOut.values()].filter((l) => l.reason === "OVER_REMAINING_BUDGET").length} cost more than the ceiling leaves after the mandatory programmes, the others fit but a better combination was chosen.`,
        s.note ?? "",
      ].filter(Boolean).join(" ");
      return ds.transaction(async (m) => {
        const [{ next }] = await m.query(`SELECT COALESCE(max(version), 0) + 1 AS next FROM plans WHERE year = $1`, [year]);
        const saved = await m.save(
          m.create(PlanEntity, { year, version: Number(next), ceiling, status: "DRAFT", method: s.method, totalCost: s.totalCost, totalValue: roundHalfUp(s.totalValue, 2), items, explanation, createdBy: c.user.id }),
        );
        await recordAudit(m, c.user.id, [{ action: "CREATE", entityType: "Plan", entityId: saved.id, before: null, after: { year, version: saved.version, ceiling, totalCost: s.totalCost, totalValue: s.totalValue, selected: s.selectedIds } }]);
        return saved;
      });
    },

    /** Adopts a plan version; the year's previously adopted version becomes SUPERSEDED. */
    async adoptPlan(c: Caller, id: string) {
      if (!isUuid(id)) throw notFound("Plan", id);
      return ds.transaction(async (m) => {
        const plan = await m.findOne(PlanEntity, { where: { id }, lock: { mode: "pessimistic_write" } });
        if (!plan) throw notFound("Plan", id);
        if (plan.status !== "DRAFT") throw conflict(`Plan version ${plan.version} is ${plan.status}; only a draft can be adopted`, { domainCode: "PLAN_NOT_DRAFT" });
        await m.query(`UPDATE plans SET status = 'SUPERSEDED' WHERE year = $1 AND status = 'ADOPTED'`, [plan.year]);
        const saved = await m.save(m.merge(PlanEntity, plan, { status: "ADOPTED", adoptedBy: c.user.id, adoptedAt: new Date() }));
        await recordAudit(m, c.user.id, [{ action: "ADOPT", entityType: "Plan", entityId: id, before: { status: plan.status }, after: { status: "ADOPTED", year: plan.year, version: plan.version } }]);
        return saved;
      });
    },
  };
}
