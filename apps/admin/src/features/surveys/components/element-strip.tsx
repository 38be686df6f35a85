import { Tooltip, Typography } from "antd";
import type { IkmElementItemFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { useNumberFormat } from "../../../ui/use-number-format";
import { BAND_BACKGROUNDS, BAND_COLORS, elementQuestion, isWeakBand } from "../lib/survey-figures";

/**
 * The nine elements (U1..U9) as a heat strip: each cell names the element and its topic, its NRR and band, coloured by
 * band (weak ones, C and D, outlined). It is a list, so a screen reader reads every figure; the regulation's question
 * is the cell's tooltip.
 */
export function ElementStrip({ elements, testId = "ikm-elements" }: { readonly elements: readonly IkmElementItemFragment[]; readonly testId?: string }) {
  const t = useT();
  const number = useNumberFormat();
  return (
    <ul
      data-testid={testId}
      aria-label={t("surveys.elements.title")}
      style={{ listStyle: "none", padding: 0, margin: 0, display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(108px, 1fr))", gap: 6 }}
    >
      {elements.map((e) => {
        const color = e.band ? BAND_COLORS[e.band] : "#595959";
        return (
          <Tooltip key={e.element} title={elementQuestion(e.element)}>
            <li
              data-testid={`ikm-element-${e.element}`}
              data-band={e.band ?? ""}
              data-nrr={e.nrr ?? ""}
              tabIndex={0}
              style={{
                background: e.band ? BAND_BACKGROUNDS[e.band] : "#fafafa",
                border: `${isWeakBand(e.band) ? 2 : 1}px solid ${color}`,
                borderRadius: 6,
                padding: "6px 8px",
                color,
              }}
            >
              <Typography.Text strong style={{ color, display: "block" }}>
                {t(`enum.SkmElement.${e.element}`)}
              </Typography.Text>
              <span style={{ fontVariantNumeric: "tabular-nums" }}>
                {e.nrr === null ? t("surveys.elements.noAnswers") : t("surveys.elements.nrr", { nrr: number(e.nrr, 2), band: e.band ?? "" })}
              </span>
            </li>
          </Tooltip>
        );
      })}
    </ul>
  );
}
