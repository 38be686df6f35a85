import { LEFT_OUT_REASONS, SELECTION_METHODS } from "@bina/domain";
import { describedEnum } from "../../kit/enum-of";
import { PLAN_VALUATIONS } from "./plan-explanation";
import { PLAN_STATUSES } from "./plan.entity";

export const PLAN_ITEM_REASONS = ["MANDATORY", "SELECTED", ...LEFT_OUT_REASONS] as const;
export type PlanItemReason = (typeof PLAN_ITEM_REASONS)[number];

export const PlanStatusEnum = describedEnum("PlanStatus", "Where a plan version stands.", PLAN_STATUSES, {
  DRAFT: "An optimiser run, not (yet) the plan of the year.",
  ADOPTED: "The plan of the year; at most one version per year is adopted.",
  SUPERSEDED: "Adopted before, replaced since by another adopted version.",
});

export const SelectionMethodEnum = describedEnum("SelectionMethod", "How the optimiser chose the programmes.", SELECTION_METHODS, {
  EXACT: "The proven best total value within the ceiling.",
  APPROXIMATE: "A documented approximation (very many candidates), with an upper bound on the best value.",
});

export const PlanValuationEnum = describedEnum("PlanValuation", "How the optimiser valued the programmes of a plan.", PLAN_VALUATIONS, {
  COVERAGE: "Together, by the need they cover: per competency, mean priority × min(employees in need, participants of the chosen programmes for it); the exact best set (up to 40 candidates).",
  STAND_ALONE: "Each on its own, values added up (more than 40 candidates, or a plan made before coverage valuation); two programmes for the same people may both count.",
});

export const PlanItemReasonEnum = describedEnum("PlanItemReason", "Why a candidate is in or out of a plan.", PLAN_ITEM_REASONS, {
  MANDATORY: "Always in: the law requires it.",
  SELECTED: "Part of the best combination within the ceiling.",
  OVER_REMAINING_BUDGET: "It costs more than the ceiling leaves after the mandatory programmes, so no plan within the ceiling could include it.",
  LOWER_VALUE_FOR_COST: "It fits, but a combination worth more (or as much for less) was chosen, or it covers no need.",
  COVERED_BY_CHOSEN: "The chosen programmes already cover all the need of its competencies, so it would add no value.",
});
