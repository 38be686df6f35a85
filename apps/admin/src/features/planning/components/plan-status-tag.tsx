import { Tag } from "antd";
import type { PlanItemReason, PlanStatus, SelectionMethod } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";

const STATUS_COLORS: Readonly<Record<PlanStatus, string>> = { DRAFT: "blue", ADOPTED: "green", SUPERSEDED: "default" };
const METHOD_COLORS: Readonly<Record<SelectionMethod, string>> = { EXACT: "green", APPROXIMATE: "orange" };
const REASON_COLORS: Readonly<Record<PlanItemReason, string>> = {
  MANDATORY: "red",
  SELECTED: "green",
  OVER_REMAINING_BUDGET: "volcano",
  LOWER_VALUE_FOR_COST: "gold",
  COVERED_BY_CHOSEN: "cyan",
};

export function PlanStatusTag({ status }: { readonly status: PlanStatus }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="plan-status">
      {t(`enum.PlanStatus.${status}`)}
    </Tag>
  );
}

export function MethodTag({ method }: { readonly method: SelectionMethod }) {
  const t = useT();
  return (
    <Tag color={METHOD_COLORS[method]} data-testid="plan-method">
      {t(`enum.SelectionMethod.${method}`)}
    </Tag>
  );
}

export function ReasonTag({ reason }: { readonly reason: PlanItemReason }) {
  const t = useT();
  return (
    <Tag color={REASON_COLORS[reason]} data-testid="plan-reason" data-reason={reason}>
      {t(`enum.PlanItemReason.${reason}`)}
    </Tag>
  );
}
