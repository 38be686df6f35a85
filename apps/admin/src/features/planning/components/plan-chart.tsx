import { Flex, Progress, Space, Tooltip, Typography } from "antd";
import { useT } from "../../../i18n/i18n-context";
import { formatRupiah } from "../../../ui/format-rupiah";
import { useNumberFormat } from "../../../ui/use-number-format";
import { planBars } from "../lib/plan-chart";

interface PlanChartProps {
  readonly items: readonly { candidateId: string; title: string; selected: boolean; value: number; cost: number }[];
}

const COLORS = {
  value: { selected: "#1d6f42", leftOut: "#b7b7b7" },
  cost: { selected: "#fa8c16", leftOut: "#d9d9d9" },
} as const;

/** Value and cost of every candidate as horizontal bars (each relative to the largest), selected ones first and in colour. */
export function PlanChart({ items }: PlanChartProps) {
  const t = useT();
  const num = useNumberFormat();
  const bars = planBars(items);
  return (
    <Space orientation="vertical" size="small" style={{ width: "100%" }} data-testid="plan-chart" role="figure" aria-label={t("plan.chart.title")}>
      <Flex wrap gap="middle">
        <Legend color={COLORS.value.selected} label={t("plan.chart.valueSelected")} />
        <Legend color={COLORS.cost.selected} label={t("plan.chart.costSelected")} />
        <Legend color={COLORS.value.leftOut} label={t("plan.chart.leftOut")} />
      </Flex>
      {bars.map((bar) => (
        <Flex key={bar.candidateId} gap="small" align="center" data-testid="plan-chart-row" data-selected={bar.selected}>
          <Typography.Text
            ellipsis={{ tooltip: bar.title }}
            type={bar.selected ? undefined : "secondary"}
            style={{ width: 260, flex: "none" }}
          >
            {bar.title}
          </Typography.Text>
          <Flex vertical style={{ flex: 1, minWidth: 160 }}>
            <Tooltip title={t("plan.chart.valueTip", { value: num(bar.value, 2) })}>
              <Progress
                aria-label={`${bar.title}: ${t("plan.chart.valueTip", { value: num(bar.value, 2) })}`}
                percent={bar.valuePercent}
                showInfo={false}
                size={{ height: 10 }}
                strokeColor={bar.selected ? COLORS.value.selected : COLORS.value.leftOut}
                style={{ margin: 0 }}
              />
            </Tooltip>
            <Tooltip title={t("plan.chart.costTip", { amount: formatRupiah(bar.cost) })}>
              <Progress
                aria-label={`${bar.title}: ${t("plan.chart.costTip", { amount: formatRupiah(bar.cost) })}`}
                percent={bar.costPercent}
                showInfo={false}
                size={{ height: 10 }}
                strokeColor={bar.selected ? COLORS.cost.selected : COLORS.cost.leftOut}
                style={{ margin: 0 }}
              />
            </Tooltip>
          </Flex>
          <Typography.Text type="secondary" style={{ width: 200, flex: "none", textAlign: "end", fontSize: 12, fontVariantNumeric: "tabular-nums" }}>
            {num(bar.value, 1)} · {formatRupiah(bar.cost)}
          </Typography.Text>
        </Flex>
      ))}
    </Space>
  );
}

function Legend({ color, label }: { readonly color: string; readonly label: string }) {
  return (
    <Space size={4}>
      <span style={{ display: "inline-block", width: 14, height: 10, borderRadius: 2, background: color }} />
      <Typography.Text type="secondary">{label}</Typography.Text>
    </Space>
  );
}
