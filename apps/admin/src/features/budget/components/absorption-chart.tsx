import { useId, type CSSProperties } from "react";
import { Flex, Typography } from "antd";
import { formatRupiah, type MonthlyAbsorptionRow } from "@bina/domain";
import { useLanguage, useT } from "../../../i18n/i18n-context";
import { useNumberFormat } from "../../../ui/use-number-format";
import { absorptionGeometry, compactRupiah, linePath, monthName, spentMonthsShown } from "../lib/budget-figures";
import { ABSORPTION_COLOR } from "./absorption-bar";

/** A month of the year as the API gives it (BudgetMonth): the domain's monthlyAbsorption row, amounts of the month and cumulated, percents of the ceiling. */
export type BudgetMonthRow = MonthlyAbsorptionRow;

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { left: 70, right: 16, top: 14, bottom: 28 };
/** The planned line: a dark grey, dashed (told apart without colour). */
const PLANNED_COLOR = "#595959";

const LOCALES = { id: "id-ID", en: "en-GB" } as const;
const CELL: CSSProperties = { padding: "4px 8px", borderBottom: "1px solid #f0f0f0", textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" };

/**
 * The year's absorption month by month against the plan: cumulative planned disbursement (rencana penarikan, dashed)
 * and cumulative spending (realisasi, solid) as a plain SVG that scales to the width. The SVG is an image named by a
 * sentence (where spending stands against the plan at the last month shown); its full text alternative is the data
 * table under it, one row per month. `begun` is how many months of the year have begun: the spent line stops there.
 */
export function AbsorptionChart({ year, months, begun }: { readonly year: number; readonly months: readonly BudgetMonthRow[]; readonly begun: number }) {
  const t = useT();
  const { language } = useLanguage();
  const locale = LOCALES[language];
  const number = useNumberFormat();
  const titleId = useId();
  const w = WIDTH - PAD.left - PAD.right;
  const h = HEIGHT - PAD.top - PAD.bottom;
  const shown = spentMonthsShown(months, begun);
  const g = absorptionGeometry(months, w, h, shown);
  const percent = (value: number | null) => (value === null ? t("common.none") : t("budget.overview.percent", { percent: number(value, 2) }));
  const last = [...months].sort((a, b) => a.month - b.month).filter((m) => m.month <= shown).at(-1);
  const yearEnd = months.find((m) => m.month === 12);
  const alt = last
    ? t("budget.overview.chart.alt", {
        year,
        month: monthName(last.month, locale, "long"),
        spent: formatRupiah(last.cumulativeSpent),
        spentPercent: percent(last.absorptionPercent),
        planned: formatRupiah(last.cumulativePlanned),
        plannedPercent: percent(last.plannedPercent),
      })
    : t("budget.overview.chart.altNone", { year, planned: formatRupiah(yearEnd?.cumulativePlanned ?? 0) });

  return (
    <div data-testid="budget-chart-figure">
      <svg
        data-testid="budget-chart"
        role="img"
        aria-labelledby={titleId}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        style={{ width: "100%", maxWidth: WIDTH, height: "auto", display: "block" }}
      >
        <title id={titleId}>{alt}</title>
        <g transform={`translate(${PAD.left},${PAD.top})`}>
          {g.gridlines.map((line) => (
            <g key={line.value}>
              <line x1={0} x2={w} y1={line.y} y2={line.y} stroke={line.value === 0 ? "#8c8c8c" : "#e8e8e8"} />
              <text x={-6} y={line.y + 4} textAnchor="end" fontSize={11} fill="#595959">
                {compactRupiah(line.value, locale)}
              </text>
            </g>
          ))}
          {g.ticks.map((tick) => (
            <text key={tick.month} x={tick.x} y={h + 18} textAnchor="middle" fontSize={11} fill="#262626">
              {monthName(tick.month, locale)}
            </text>
          ))}
          <path d={linePath(g.planned)} fill="none" stroke={PLANNED_COLOR} strokeWidth={2} strokeDasharray="6 4" data-testid="budget-chart-planned" />
          {g.spent.length > 0 && <path d={linePath(g.spent)} fill="none" stroke={ABSORPTION_COLOR} strokeWidth={2.5} data-testid="budget-chart-spent" />}
          {g.spent.map((p) => (
            <circle key={p.month} cx={p.x} cy={p.y} r={3.5} fill={ABSORPTION_COLOR} stroke="#fff" strokeWidth={1} data-testid="budget-chart-point" data-month={p.month} data-value={p.value} />
          ))}
        </g>
      </svg>
      <div>
        <Flex gap="middle" wrap style={{ fontSize: 12, marginTop: 4 }} aria-hidden>
          <span>
            <svg width={28} height={8} style={{ verticalAlign: "middle", marginRight: 6 }}>
              <line x1={0} x2={28} y1={4} y2={4} stroke={PLANNED_COLOR} strokeWidth={2} strokeDasharray="6 4" />
            </svg>
            {t("budget.overview.chart.planned")}
          </span>
          <span>
            <svg width={28} height={8} style={{ verticalAlign: "middle", marginRight: 6 }}>
              <line x1={0} x2={28} y1={4} y2={4} stroke={ABSORPTION_COLOR} strokeWidth={2.5} />
            </svg>
            {t("budget.overview.chart.spent")}
          </span>
        </Flex>
      </div>
      <details style={{ marginTop: 8 }} data-testid="budget-months-details">
        <summary style={{ cursor: "pointer" }}>
          <Typography.Text>{t("budget.overview.chart.table")}</Typography.Text>
        </summary>
        <div tabIndex={0} role="region" aria-label={t("budget.overview.chart.table")} style={{ overflowX: "auto" }}>
          <table data-testid="budget-months" style={{ borderCollapse: "collapse", width: "100%", marginTop: 8 }}>
            <caption style={{ captionSide: "top", textAlign: "start", fontWeight: 600, paddingBottom: 4 }}>{t("budget.overview.chart.caption", { year })}</caption>
            <thead>
              <tr>
                <th scope="col" style={{ ...CELL, textAlign: "start" }}>
                  {t("budget.overview.month.col.month")}
                </th>
                <th scope="col" style={CELL}>
                  {t("budget.overview.month.col.planned")}
                </th>
                <th scope="col" style={CELL}>
                  {t("budget.overview.month.col.spent")}
                </th>
                <th scope="col" style={CELL}>
                  {t("budget.overview.month.col.cumulativePlanned")}
                </th>
                <th scope="col" style={CELL}>
                  {t("budget.overview.month.col.cumulativeSpent")}
                </th>
                <th scope="col" style={CELL}>
                  {t("budget.overview.month.col.plannedPercent")}
                </th>
                <th scope="col" style={CELL}>
                  {t("budget.overview.month.col.absorptionPercent")}
                </th>
              </tr>
            </thead>
            <tbody>
              {[...months]
                .sort((a, b) => a.month - b.month)
                .map((m) => (
                  <tr key={m.month} data-testid="budget-month-row" data-month={m.month} data-cumulative-spent={m.cumulativeSpent} data-cumulative-planned={m.cumulativePlanned}>
                    <th scope="row" style={{ ...CELL, textAlign: "start", fontWeight: "normal" }}>
                      {monthName(m.month, locale, "long")}
                    </th>
                    <td style={CELL}>{formatRupiah(m.planned)}</td>
                    <td style={CELL}>{formatRupiah(m.spent)}</td>
                    <td style={CELL}>{formatRupiah(m.cumulativePlanned)}</td>
                    <td style={CELL}>{formatRupiah(m.cumulativeSpent)}</td>
                    <td style={CELL}>{percent(m.plannedPercent)}</td>
                    <td style={CELL}>{percent(m.absorptionPercent)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
