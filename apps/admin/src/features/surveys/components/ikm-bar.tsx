import { Typography } from "antd";
import type { IkmBand } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { useNumberFormat } from "../../../ui/use-number-format";
import { BAND_COLORS, ikmBarPercent } from "../lib/survey-figures";

/** An IKM as a plain CSS bar on 0..100 in its band's colour, the figure written beside it (the bar is decoration). */
export function IkmBar({ ikm, band, testId }: { readonly ikm: number | null; readonly band: IkmBand | null; readonly testId?: string }) {
  const t = useT();
  const number = useNumberFormat();
  if (ikm === null) return <Typography.Text type="secondary" data-testid={testId} data-ikm="">{t("surveys.noIkm")}</Typography.Text>;
  return (
    <span data-testid={testId} data-ikm={ikm} style={{ display: "inline-flex", alignItems: "center", gap: 8, minWidth: 150 }}>
      <span aria-hidden style={{ display: "inline-block", width: 90, height: 8, background: "#f0f0f0", borderRadius: 4, overflow: "hidden" }}>
        <span style={{ display: "block", width: `${ikmBarPercent(ikm)}%`, height: "100%", background: band ? BAND_COLORS[band] : "#8c8c8c" }} />
      </span>
      <Typography.Text strong style={{ fontVariantNumeric: "tabular-nums" }}>
        {number(ikm, 2)}
      </Typography.Text>
    </span>
  );
}
