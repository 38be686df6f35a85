import { Typography } from "antd";
import { useT } from "../../../i18n/i18n-context";
import { useNumberFormat } from "../../../ui/use-number-format";
import { barPercent } from "../lib/budget-figures";

/** Blue of the bars, dark enough beside white (WCAG 1.4.11); a line spent to its ceiling turns dark green. */
export const ABSORPTION_COLOR = "#0958d9";
const FULL_COLOR = "#237804";

/**
 * An absorption percentage (serapan: spent / ceiling) as a plain CSS bar with the figure written beside it; the bar is
 * decoration (hidden from screen readers), the text says it all. No ceiling: "—". `withText={false}` draws the bar alone,
 * beside a figure already written (the totals' card).
 */
export function AbsorptionBar({ percent, testId, withText = true }: { readonly percent: number | null; readonly testId?: string; readonly withText?: boolean }) {
  const t = useT();
  const number = useNumberFormat();
  if (percent === null) {
    if (!withText) return null;
    return (
      <Typography.Text type="secondary" data-testid={testId} data-percent="">
        {t("common.none")}
      </Typography.Text>
    );
  }
  const length = barPercent(percent);
  return (
    <span data-testid={testId} data-percent={percent} style={{ display: "inline-flex", alignItems: "center", gap: 8, minWidth: 150 }}>
      <span aria-hidden style={{ display: "inline-block", width: 90, height: 8, background: "#f0f0f0", borderRadius: 4, overflow: "hidden" }}>
        <span style={{ display: "block", width: `${length}%`, height: "100%", background: length >= 100 ? FULL_COLOR : ABSORPTION_COLOR }} />
      </span>
      {withText && <Typography.Text style={{ fontVariantNumeric: "tabular-nums" }}>{t("budget.overview.percent", { percent: number(percent, 2) })}</Typography.Text>}
    </span>
  );
}
