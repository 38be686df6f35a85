import { Flex, Space, Typography } from "antd";
import { useT } from "../../../i18n/i18n-context";
import { useNumberFormat } from "../../../ui/use-number-format";
import { HEAT_EMPTY, HEAT_PALETTE, heatLegend } from "../lib/heatmap";
import type { HeatmapColor } from "../lib/needs-params";

/** What each colour stands for, in the unit of the chosen colouring (levels of gap, or percent in need). */
export function HeatmapLegend({ color }: { readonly color: HeatmapColor }) {
  const t = useT();
  const num = useNumberFormat();
  const value = (v: number) => (color === "share" ? `${num(v, 0)}%` : num(v, 1));
  const label = (from: number | null, to: number | null) => {
    if (from === null) return t("needs.legend.none");
    if (to === null) return t("needs.legend.above", { from: value(from) });
    return t("needs.legend.range", { from: value(from), to: value(to) });
  };
  return (
    <Flex wrap gap="middle" align="center" data-testid="heatmap-legend">
      <Typography.Text type="secondary">{color === "share" ? t("needs.legend.titleShare") : t("needs.legend.titleGap")}</Typography.Text>
      {heatLegend(color).map(({ step, from, to }) => (
        <Space key={step} size={4}>
          <span style={{ ...SWATCH, background: HEAT_PALETTE[step] }} />
          <Typography.Text>{label(from, to)}</Typography.Text>
        </Space>
      ))}
      <Space size={4}>
        <span style={{ ...SWATCH, background: HEAT_EMPTY }} />
        <Typography.Text>{t("needs.legend.noData")}</Typography.Text>
      </Space>
      <Typography.Text type="secondary">{t("needs.legend.cellText")}</Typography.Text>
    </Flex>
  );
}

const SWATCH = { display: "inline-block", width: 16, height: 16, borderRadius: 3, border: "1px solid rgba(0,0,0,0.06)" } as const;
