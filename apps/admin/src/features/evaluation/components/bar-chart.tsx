import type { CSSProperties, ReactNode } from "react";
import { Typography } from "antd";
import { barPercent } from "../lib/evaluation-figures";

export interface BarChartRow {
  readonly key: string;
  /** What the bar is about (an aspect, a speaker, a category). */
  readonly label: ReactNode;
  /** The measured value; null draws no bar. */
  readonly value: number | null;
  /** The value as the reader reads it ("3,42", "12 (40%)", "—"). */
  readonly text: string;
  /** The bar's colour (dark enough beside white: WCAG 1.4.11). */
  readonly color?: string;
}

interface BarChartProps {
  /** The chart's name: the table's caption, read by screen readers and shown above the bars. */
  readonly caption: string;
  readonly labelHeader: string;
  readonly valueHeader: string;
  readonly rows: readonly BarChartRow[];
  /** The value of a full bar (4 on the answer scale, the participants for a distribution). */
  readonly max: number;
  readonly testId: string;
  readonly emptyText?: string;
}

const DEFAULT_COLOR = "#0958d9";
const CELL: CSSProperties = { padding: "4px 8px 4px 0", verticalAlign: "middle", textAlign: "start", fontWeight: "normal" };

/**
 * A horizontal bar chart drawn with CSS, as a table: each row has its label (the bar drawn under it) and its value in
 * words, so the table is the chart's text alternative (the bars themselves are hidden from screen readers); the label
 * over its bar reads on a phone as on a desktop. No chart library.
 */
export function BarChart({ caption, labelHeader, valueHeader, rows, max, testId, emptyText }: BarChartProps) {
  return (
    <table data-testid={testId} style={{ width: "100%", borderCollapse: "collapse" }}>
      <caption style={{ captionSide: "top", textAlign: "start", fontWeight: 600, paddingBottom: 4 }}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" style={CELL}>
            <Typography.Text type="secondary">{labelHeader}</Typography.Text>
          </th>
          <th scope="col" style={{ ...CELL, width: "1%", whiteSpace: "nowrap", textAlign: "end", paddingRight: 0 }}>
            <Typography.Text type="secondary">{valueHeader}</Typography.Text>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && emptyText ? (
          <tr>
            <td colSpan={2} style={CELL}>
              <Typography.Text type="secondary">{emptyText}</Typography.Text>
            </td>
          </tr>
        ) : (
          rows.map((row) => (
            <tr key={row.key} data-testid={`${testId}-row`} data-key={row.key} data-value={row.value ?? ""}>
              <th scope="row" style={CELL}>
                <div>{row.label}</div>
                <div aria-hidden style={{ background: "#f0f0f0", borderRadius: 2, height: 10, width: "100%", marginTop: 2 }}>
                  <div style={{ background: row.color ?? DEFAULT_COLOR, borderRadius: 2, height: 10, width: `${barPercent(row.value, max)}%` }} />
                </div>
              </th>
              <td style={{ ...CELL, whiteSpace: "nowrap", textAlign: "end", verticalAlign: "bottom", paddingRight: 0, fontVariantNumeric: "tabular-nums" }} data-testid={`${testId}-value`}>
                {row.text}
              </td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
