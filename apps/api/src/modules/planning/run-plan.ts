import type { DataSource } from "typeorm";
import { explainSelection, selectProgrammesWithinBudget } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { badInput, conflict } from "../../kit/errors";
import { isUniqueViolation } from "../organization/employee-record";
import { recordAudit } from "../audit/record-audit";
import { valueCandidates } from "./candidate-value";
import { explanationFacts } from "./plan-explanation";
import { checkYear } from "./plan-year";
import { PlanEntity, type PlanItem } from "./plan.entity";
import { ProgrammeCandidateEntity } from "./programme-candidate.entity";

/**
 * Runs the optimiser on a year's candidates against a ceiling and keeps the result as a new DRAFT version. Versions
 * are numbered under a per-year transaction lock, so parallel runs get consecutive versions instead of colliding.
 */
export async function runPlan({ ds, caller, year, ceiling }: { ds: DataSource; caller: Caller; year: number; ceiling: number }): Promise<PlanEntity> {
  checkYear(year, "year");
  const rows = await ds.getRepository(ProgrammeCandidateEntity).find({ where: { year }, order: { mandatory: "DESC", title: "ASC", id: "ASC" } });
  const candidates = await valueCandidates(ds, year, rows);
  const input = candidates.map((x) => ({ id: x.id, cost: x.cost, value: x.value, mandatory: x.mandatory }));
  const selection = selectProgrammesWithinBudget(input, ceiling);
  if (!selection.ok) throw badInput(selection.error);
  const s = selection.value;
  const leftOut = new Map(explainSelection(input, s).map((l) => [l.id, l.reason]));
  const chosen = new Set(s.selectedIds);
  const items: PlanItem[] = candidates.map((x) => ({
    candidateId: x.id,
    title: x.title,
    cost: x.cost,
    value: x.value,
    participants: x.participants,
    jp: x.jp,
    mandatory: x.mandatory,
    selected: chosen.has(x.id),
    reason: x.mandatory ? "MANDATORY" : chosen.has(x.id) ? "SELECTED" : (leftOut.get(x.id) ?? "LOWER_VALUE_FOR_COST"),
  }));
  const explanation = explanationFacts(items, s.upperBound ?? null);
  try {
    return await ds.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('bina.plans'), $1::int)`, [year]);
      const [{ next }] = await m.query(`SELECT COALESCE(max(version), 0) + 1 AS next FROM plans WHERE year = $1`, [year]);
      const saved = await m.save(
        m.create(PlanEntity, { year, version: Number(next), ceiling, status: "DRAFT", method: s.method, totalCost: s.totalCost, totalValue: s.totalValue, items, explanation, createdBy: caller.user.id }),
      );
      await recordAudit(m, caller.user.id, [
        { action: "CREATE", entityType: "Plan", entityId: saved.id, before: null, after: { year, version: saved.version, ceiling, totalCost: s.totalCost, totalValue: s.totalValue, selected: s.selectedIds } },
      ]);
      return saved;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(`Another version of the ${year} plan was saved at the same time; run it again`, { domainCode: "UNIQUE_VIOLATION" });
    throw e;
  }
}
