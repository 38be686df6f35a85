import { PLAN_ITEM_REASONS } from "./planning.enums";
import type { PlanExplanationFacts, PlanItem } from "./plan.entity";

/** The facts of a plan's explanation, counted from its items (the totals are the plan's own columns). */
export function explanationFacts(items: readonly PlanItem[], upperBound: number | null): PlanExplanationFacts {
  const out = items.filter((i) => !i.selected);
  return {
    candidateCount: items.length,
    selectedCount: items.length - out.length,
    mandatoryCount: items.filter((i) => i.mandatory).length,
    leftOutByReason: PLAN_ITEM_REASONS.map((reason) => ({ reason, count: out.filter((i) => i.reason === reason).length })).filter((r) => r.count > 0),
    upperBound,
  };
}
