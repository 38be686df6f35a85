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

/**
 * antd's gold, orange, volcano and cyan tags write their 7th shade on the 1st (2.6:1 to 4.0:1, below WCAG AA's 4.5:1;
 * axe found the gold and volcano ones on a plan): the 9th shade instead, 7:1 or better on the same background.
 */
const DARK_TEXT: Readonly<Record<string, { color: string } | undefined>> = {
  gold: { color: "#874d00" },
  orange: { color: "#873800" },
  volcano: { color: "#871400" },
  cyan: { color: "#00474f" },
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
    <Tag color={METHOD_COLORS[method]} style={DARK_TEXT[METHOD_COLORS[method]]} data-testid="plan-method">
      {t(`enum.SelectionMethod.${method}`)}
    </Tag>
  );
}

export function ReasonTag({ reason }: { readonly reason: PlanItemReason }) {
  const t = useT();
  return (
    <Tag color={REASON_COLORS[reason]} style={DARK_TEXT[REASON_COLORS[reason]]} data-testid="plan-reason" data-reason={reason}>
      {t(`enum.PlanItemReason.${reason}`)}
    </Tag>
  );
}
