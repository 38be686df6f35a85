import { explainPlan, LEFT_OUT_REASONS, type PlanFactsInput } from "@bina/domain";
import type { PlanExplanationFacts } from "./plan.entity";

/** How the optimiser valued the programmes: together by the need they cover, or each on its own. */
export const PLAN_VALUATIONS = ["COVERAGE", "STAND_ALONE"] as const;
export type PlanValuation = (typeof PLAN_VALUATIONS)[number];

/**
 * The facts of a plan run as stored with the plan (the domain's `explainPlan`, plus how the programmes were valued);
 * the totals, the method and the ceiling are the plan's own columns. Left-out reasons with no candidate are omitted.
 */
export function explanationFacts(run: PlanFactsInput, valuation: PlanValuation): PlanExplanationFacts {
  const facts = explainPlan(run);
  return {
    valuation,
    candidateCount: facts.candidateCount,
    selectedCount: facts.selectedCount,
    mandatoryCount: facts.mandatoryCount,
    leftOutByReason: LEFT_OUT_REASONS.map((reason) => ({ reason, count: facts.leftOut[reason] })).filter((r) => r.count > 0),
    upperBound: facts.upperBound,
    tieBreakProven: facts.tieBreakProven,
  };
}
