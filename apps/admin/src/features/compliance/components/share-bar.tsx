import { Progress, Typography } from "antd";
import { useT } from "../../../i18n/i18n-context";
import { useNumberFormat } from "../../../ui/use-number-format";
import { shareBand, sharePercent, type ShareBand } from "../lib/compliance-figures";

/** Dark enough for text beside white (WCAG AA): green, amber, red. */
const BAND_COLORS: Readonly<Record<ShareBand, string>> = { good: "#237804", fair: "#ad6800", poor: "#a8071a", none: "#8c8c8c" };

/** The share of PNS at 20 JP as a bar with its percentage written beside it (the bar alone is decoration). */
export function ShareBar({ share, testId }: { readonly share: number | null; readonly testId?: string }) {
  const t = useT();
  const number = useNumberFormat();
  const percent = sharePercent(share);
  if (percent === null) return <Typography.Text type="secondary">{t("common.none")}</Typography.Text>;
  const label = t("compliance.sharePercent", { percent: number(percent, 1) });
  return (
    <span data-testid={testId} data-share={percent} style={{ display: "inline-flex", alignItems: "center", gap: 8, minWidth: 180 }}>
      <Progress percent={percent} showInfo={false} size="small" strokeColor={BAND_COLORS[shareBand(share)]} style={{ width: 120, margin: 0 }} aria-hidden />
      <Typography.Text style={{ fontVariantNumeric: "tabular-nums" }}>{label}</Typography.Text>
    </span>
  );
}
