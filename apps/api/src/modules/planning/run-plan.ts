import type { DataSource } from "typeorm";
import {
  COVERAGE_MAX_CANDIDATES,
  explainCoverageSelection,
  explainSelection,
  selectPlanByCoverage,
  selectProgrammesWithinBudget,
  type DomainError,
  type LeftOutCandidate,
  type SelectionMethod,
} from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { badInput, conflict, violatedUniqueIndex } from "../../kit/errors";
import { recordAudit } from "../audit/record-audit";
import { coverageNeeds, valued, type ValuedCandidate } from "./candidate-value";
import { competencyNeeds, type CompetencyNeed } from "./competency-needs.sql";
import { explanationFacts, type PlanValuation } from "./plan-explanation";
import { checkYear } from "./plan-year";
import { PlanEntity, type PlanItem } from "./plan.entity";
import { ProgrammeCandidateEntity } from "./programme-candidate.entity";

interface Choice {
  readonly selection: {
    readonly selectedIds: readonly string[];
    readonly totalCost: number;
    readonly totalValue: number;
    readonly remaining: number;
    readonly method: SelectionMethod;
    readonly upperBound?: number;
    readonly note?: string;
  };
  readonly leftOut: readonly LeftOutCandidate[];
  readonly valuation: PlanValuation;
}

/** Errors about the ceiling name the argument; the others name the stored candidate (e.g. `candidates[3].cost`). */
const refuse = (e: DomainError): never => {
  throw badInput(e);
};

/**
 * The best set of programmes within the ceiling. Up to COVERAGE_MAX_CANDIDATES (40) candidates the set is valued by
 * coverage and maximised exactly (domain `selectPlanByCoverage`): per competency, mean priority × min(employees in
 * need, participants of the chosen programmes for it), so two programmes for the same people are not both funded
 * unless the need exceeds one's participants. Beyond that, candidates are valued on their own (independent values,
 * `selectProgrammesWithinBudget`) and the plan says so (valuation STAND_ALONE).
 */
function choose(candidates: readonly ValuedCandidate[], needs: ReadonlyMap<string, CompetencyNeed>, ceiling: number): Choice {
  if (candidates.length <= COVERAGE_MAX_CANDIDATES) {
    const input = {
      candidates: candidates.map((c) => ({ id: c.id, cost: c.cost, participants: c.participants, competencyIds: c.competencyIds, mandatory: c.mandatory })),
      needs: coverageNeeds(needs),
      ceiling,
    };
    const selection = selectPlanByCoverage(input);
    if (!selection.ok) return refuse(selection.error);
    const leftOut = explainCoverageSelection(input, selection.value);
    if (!leftOut.ok) return refuse(leftOut.error);
    return { selection: selection.value, leftOut: leftOut.value, valuation: "COVERAGE" };
  }
  const input = candidates.map((c) => ({ id: c.id, cost: c.cost, value: c.value, mandatory: c.mandatory }));
  const selection = selectProgrammesWithinBudget(input, ceiling);
  if (!selection.ok) return refuse(selection.error);
  return { selection: selection.value, leftOut: explainSelection(input, selection.value), valuation: "STAND_ALONE" };
}

/**
 * Runs the optimiser on a year's candidates against a ceiling and keeps the result as a new DRAFT version. Versions
 * are numbered under a per-year transaction lock, so parallel runs get consecutive versions instead of colliding.
 */
export async function runPlan({ ds, caller, year, ceiling }: { ds: DataSource; caller: Caller; year: number; ceiling: number }): Promise<PlanEntity> {
  checkYear(year, "year");
  const [rows, needs] = await Promise.all([
    ds.getRepository(ProgrammeCandidateEntity).find({ where: { year }, order: { mandatory: "DESC", title: "ASC", id: "ASC" } }),
    competencyNeeds(ds, year),
  ]);
  const candidates = rows.map((c) => valued(c, needs));
  const choice = choose(candidates, needs, ceiling);
  const s = choice.selection;
  const leftOut = new Map(choice.leftOut.map((l) => [l.id, l.reason]));
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
  const explanation = explanationFacts({ candidates, selection: s, leftOut: choice.leftOut }, choice.valuation);
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
    if (violatedUniqueIndex(e) === "plans_year_version_key") throw conflict(`Another version of the ${year} plan was saved at the same time; run it again`, { domainCode: "UNIQUE_VIOLATION" });
    throw e;
  }
}
