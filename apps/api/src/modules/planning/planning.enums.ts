import { registerEnumType } from "type-graphql";
import { LEFT_OUT_REASONS, SELECTION_METHODS } from "@bina/domain";
import { enumOf } from "../../kit/enum-of";
import { PLAN_STATUSES } from "./plan.entity";

export const PLAN_ITEM_REASONS = ["MANDATORY", "SELECTED", ...LEFT_OUT_REASONS] as const;
export type PlanItemReason = (typeof PLAN_ITEM_REASONS)[number];

export const PlanStatusEnum = enumOf(PLAN_STATUSES);
export const SelectionMethodEnum = enumOf(SELECTION_METHODS);
export const PlanItemReasonEnum = enumOf(PLAN_ITEM_REASONS);

registerEnumType(PlanStatusEnum, { name: "PlanStatus", description: "DRAFT: an optimiser run; ADOPTED: the plan of the year; SUPERSEDED: adopted before, replaced since." });
registerEnumType(SelectionMethodEnum, { name: "SelectionMethod", description: "EXACT: the proven best total value within the ceiling; APPROXIMATE: a documented approximation (very many candidates)." });
registerEnumType(PlanItemReasonEnum, {
  name: "PlanItemReason",
  description: "Why a candidate is in or out: MANDATORY (always in), SELECTED (part of the best combination), OVER_REMAINING_BUDGET (costs more than the ceiling leaves after the mandatory ones), LOWER_VALUE_FOR_COST (it fits, but a better combination was chosen).",
});
