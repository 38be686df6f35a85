import { PLAN_ITEM_REASONS } from "./planning.enums";
import type { PlanExplanationFacts, PlanItem } from "./plan.entity";

/** How the optimiser valued the programmes: together by the need they cover, or each on its own. */
export const PLAN_VALUATIONS = ["COVERAGE", "STAND_ALONE"] as const;
export type PlanValuation = (typeof PLAN_VALUATIONS)[number];

/** The facts of a plan's explanation, counted from its items (the totals are the plan's own columns). */
export function explanationFacts(items: readonly PlanItem[], valuation: PlanValuation, upperBound: number | null): PlanExplanationFacts {
  const out = items.filter((i) => !i.selected);
  return {
    valuation,
    candidateCount: items.length,
    selectedCount: items.length - out.length,
    mandatoryCount: items.filter((i) => i.mandatory).length,
    leftOutByReason: PLAN_ITEM_REASONS.map((reason) => ({ reason, count: out.filter((i) => i.reason === reason).length })).filter((r) => r.count > 0),
    upperBound,
  };
}
