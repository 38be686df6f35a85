import { useState } from "react";
import { Descriptions, Tooltip } from "antd";
import { useT } from "../../../i18n/i18n-context";
import { useNumberFormat } from "../../../ui/use-number-format";
import { HEAT_EMPTY, HEAT_EMPTY_TEXT, HEAT_PALETTE, heatStep, heatTextColor, shareInNeed, type HeatCell } from "../lib/heatmap";
import type { HeatmapColor } from "../lib/needs-params";

interface HeatmapCellProps {
  readonly cell: HeatCell | undefined;
  readonly color: HeatmapColor;
  readonly testId: string;
  readonly onOpen: () => void;
}

/** One unit × competency: coloured by its need, `in need / assessed` written on it, every number in the tooltip. */
export function HeatmapCell({ cell, color, testId, onOpen }: HeatmapCellProps) {
  const t = useT();
  const num = useNumberFormat();
  // The tooltip exists only while the pointer is on the cell: a heatmap of the city has about 1,500 cells, and one antd
  // Tooltip each (a trigger with its hooks and observers) made most of the page's main-thread work.
  const [pointed, setPointed] = useState(false);
  if (!cell || cell.employeesWithStandard === 0) {
    return (
      <div data-testid={testId} data-step="none" style={{ ...BOX, background: HEAT_EMPTY, color: HEAT_EMPTY_TEXT }}>
        {t("common.none")}
      </div>
    );
  }
  const step = heatStep(cell, color);
  const share = shareInNeed(cell);
  // What the cell shows leads its accessible name (WCAG 2.5.3, label in name): speech users say what they see.
  const shown = `${cell.employeesInNeed}/${cell.employeesAssessed}`;
  const details = () => (
    <Descriptions
      size="small"
      column={1}
      colon
      styles={{ label: { color: "rgba(255,255,255,0.75)" }, content: { color: "#fff" } }}
      title={<span style={{ color: "#fff", whiteSpace: "normal" }}>{cell.unit.name}</span>}
      items={[
        { key: "competency", label: t("needs.cell.competency"), children: `${cell.competency.code} · ${cell.competency.name}` },
        { key: "withStandard", label: t("needs.cell.withStandard"), children: cell.employeesWithStandard },
        { key: "assessed", label: t("needs.cell.assessed"), children: cell.employeesAssessed },
        { key: "inNeed", label: t("needs.cell.inNeed"), children: cell.employeesInNeed },
        { key: "share", label: t("needs.cell.share"), children: share === null ? t("common.none") : `${num(share * 100, 1)}%` },
        { key: "totalGap", label: t("needs.cell.totalGap"), children: cell.totalGap },
        { key: "meanGap", label: t("needs.cell.meanGap"), children: cell.meanGap === null ? t("common.none") : num(cell.meanGap, 2) },
        { key: "maxPriority", label: t("needs.cell.maxPriority"), children: cell.maxPriority === null ? t("common.none") : num(cell.maxPriority, 2) },
      ]}
    />
  );
  const button = (
    <button
      type="button"
      data-testid={testId}
      data-step={step ?? "none"}
      aria-label={`${shown}: ${t("needs.cell.open", { unit: cell.unit.name, competency: cell.competency.code })}`}
      onClick={onOpen}
      onMouseEnter={() => setPointed(true)}
      onMouseLeave={() => setPointed(false)}
      style={{
        ...BOX,
        background: step === null ? HEAT_EMPTY : HEAT_PALETTE[step],
        color: heatTextColor(step),
        border: 0,
        cursor: "pointer",
        font: "inherit",
      }}
    >
      {shown}
    </button>
  );
  return pointed ? (
    <Tooltip open title={details()} styles={{ container: { minWidth: 320 } }}>
      {button}
    </Tooltip>
  ) : (
    button
  );
}

const BOX = {
  display: "flex",
  alignItems: "center",
  justifyContent: "center",
  width: "100%",
  minWidth: 64,
  height: 32,
  borderRadius: 4,
  fontVariantNumeric: "tabular-nums",
  whiteSpace: "nowrap",
} as const;
