import { useId } from "react";
import type { IkmBand } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { useNumberFormat } from "../../../ui/use-number-format";
import { BAND_COLORS, trendGeometry } from "../lib/survey-figures";

export interface TrendPoint {
  readonly label: string;
  readonly ikm: number | null;
  readonly band: IkmBand | null;
}

const WIDTH = 560;
const HEIGHT = 180;
const PAD = { left: 44, right: 24, top: 12, bottom: 28 };

/**
 * A service unit's IKM over the periods as a plain SVG line with the bands' limits (A, B, C) drawn across. The SVG is
 * an image whose accessible name states every period's IKM and band (its text alternative); it scales to the width.
 */
export function IkmTrendChart({ points, testId = "ikm-trend-chart" }: { readonly points: readonly TrendPoint[]; readonly testId?: string }) {
  const t = useT();
  const number = useNumberFormat();
  const titleId = useId();
  const w = WIDTH - PAD.left - PAD.right;
  const h = HEIGHT - PAD.top - PAD.bottom;
  const g = trendGeometry(points, w, h);
  const bandOf = new Map(points.map((p) => [p.label, p.band]));
  const summary = points
    .map((p) => (p.ikm === null ? t("surveys.trend.pointNone", { period: p.label }) : t("surveys.trend.point", { period: p.label, ikm: number(p.ikm, 2), band: p.band ?? "" })))
    .join("; ");
  const path = g.points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ");

  return (
    <svg
      data-testid={testId}
      role="img"
      aria-labelledby={titleId}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      style={{ width: "100%", maxWidth: WIDTH, height: "auto", display: "block" }}
    >
      <title id={titleId}>{t("surveys.trend.alt", { points: summary })}</title>
      <g transform={`translate(${PAD.left},${PAD.top})`}>
        <line x1={0} x2={w} y1={0} y2={0} stroke="#d9d9d9" />
        <text x={-6} y={4} textAnchor="end" fontSize={11} fill="#595959">
          100
        </text>
        <line x1={0} x2={w} y1={h} y2={h} stroke="#d9d9d9" />
        <text x={-6} y={h + 4} textAnchor="end" fontSize={11} fill="#595959">
          {g.floor}
        </text>
        {g.bands.map((b) => (
          <g key={b.band}>
            <line x1={0} x2={w} y1={b.y} y2={b.y} stroke={BAND_COLORS[b.band]} strokeDasharray="4 4" strokeOpacity={0.6} />
            <text x={w + 4} y={b.y + 4} fontSize={11} fill={BAND_COLORS[b.band]}>
              {b.band}
            </text>
            <text x={-6} y={b.y + 4} textAnchor="end" fontSize={11} fill="#595959">
              {number(b.value, 2)}
            </text>
          </g>
        ))}
        {g.ticks.map((tick) => (
          <text key={tick.label} x={tick.x} y={h + 20} textAnchor="middle" fontSize={11} fill="#262626">
            {tick.label}
          </text>
        ))}
        {path && <path d={path} fill="none" stroke="#262626" strokeWidth={2} />}
        {g.points.map((p) => {
          const band = bandOf.get(p.label);
          return (
            <g key={p.label} data-testid="ikm-trend-point" data-period={p.label} data-ikm={p.ikm}>
              <circle cx={p.x} cy={p.y} r={5} fill={band ? BAND_COLORS[band] : "#262626"} stroke="#fff" strokeWidth={1.5} />
              <text x={p.x} y={p.y - 9} textAnchor="middle" fontSize={11} fontWeight={600} fill="#262626">
                {number(p.ikm, 2)}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
