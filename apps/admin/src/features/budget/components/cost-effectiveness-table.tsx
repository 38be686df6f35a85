import { Empty, Space, Table, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { formatRupiah } from "@bina/domain";
import { useT } from "../../../i18n/i18n-context";
import type { MessageKey } from "../../../i18n/id";
import { useKeyboardScrollable } from "../../../ui/use-keyboard-scrollable";
import { useNumberFormat } from "../../../ui/use-number-format";
import { compareNullable } from "../lib/budget-figures";

/** A programme's cost against what it delivered, as the API works it out with the domain's rules (ProgrammeCost). */
export interface ProgrammeCostRow {
  readonly programme: { readonly id: string; readonly title: string; readonly kind: string };
  readonly cost: number;
  readonly participants: number;
  readonly participantJp: number;
  readonly costPerParticipantJp: number | null;
  readonly meanNGain: number | null;
  readonly gainPerMillionRupiah: number | null;
  readonly gapsAddressed: number;
  readonly costPerGapAddressed: number | null;
}

type Order = "ascend" | "descend" | null | undefined;

/** The reasons a figure is missing, in the order of the note under the table. */
const NOTES = ["budget.overview.cost.note.perJp", "budget.overview.cost.note.gain", "budget.overview.cost.note.gap"] as const satisfies readonly MessageKey[];

/**
 * The programmes' cost-effectiveness: spending per programme, participants and participant-JP, the cost per
 * participant-JP, the mean N-gain and the gain per million rupiah, the gaps addressed and their cost. Sorted by cost per
 * participant-JP (cheapest first) until the reader sorts by another figure (gain per million rupiah: the best value
 * first); a figure that cannot be worked out shows "—" with a note saying why, and sorts last either way.
 */
export function CostEffectivenessTable({ programmes, loading }: { readonly programmes: readonly ProgrammeCostRow[]; readonly loading: boolean }) {
  const t = useT();
  const number = useNumberFormat();
  const scrollable = useKeyboardScrollable<HTMLDivElement>(t("common.scrollableTable"));
  const missing = (note: number) => (
    <Typography.Text type="secondary" data-missing={note + 1}>
      {t("common.none")}
      <sup aria-hidden>{note + 1}</sup>
      <span style={VISUALLY_HIDDEN}>
        {t(NOTES[note] ?? "budget.overview.cost.note.perJp")}
      </span>
    </Typography.Text>
  );
  const sorted = (pick: (r: ProgrammeCostRow) => number | null, directions: ("ascend" | "descend")[]) => ({
    sorter: (a: ProgrammeCostRow, b: ProgrammeCostRow, order?: Order) => compareNullable(pick(a), pick(b), order),
    sortDirections: directions,
  });
  const columns: TableColumnsType<ProgrammeCostRow> = [
    {
      key: "programme",
      title: t("budget.overview.cost.col.programme"),
      render: (_, r) => (
        <Space orientation="vertical" size={0} style={{ maxWidth: 280 }}>
          <Typography.Text strong data-testid="cost-programme">
            {r.programme.title}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`enum.DevelopmentKind.${r.programme.kind}` as MessageKey)}
          </Typography.Text>
        </Space>
      ),
    },
    { key: "cost", title: t("budget.overview.cost.col.cost"), align: "end", render: (_, r) => <span style={{ whiteSpace: "nowrap" }}>{formatRupiah(r.cost)}</span> },
    { key: "participants", title: t("budget.overview.cost.col.participants"), align: "end", render: (_, r) => number(r.participants) },
    { key: "participantJp", title: t("budget.overview.cost.col.participantJp"), align: "end", render: (_, r) => number(r.participantJp, 2) },
    {
      key: "costPerParticipantJp",
      title: t("budget.overview.cost.col.costPerParticipantJp"),
      align: "end",
      defaultSortOrder: "ascend",
      ...sorted((r) => r.costPerParticipantJp, ["ascend", "descend"]),
      render: (_, r) => (
        <span data-testid="cost-per-participant-jp" data-value={r.costPerParticipantJp ?? ""} style={{ whiteSpace: "nowrap" }}>
          {r.costPerParticipantJp === null ? missing(0) : formatRupiah(r.costPerParticipantJp)}
        </span>
      ),
    },
    { key: "meanNGain", title: t("budget.overview.cost.col.meanNGain"), align: "end", render: (_, r) => (r.meanNGain === null ? missing(1) : number(r.meanNGain, 2)) },
    {
      key: "gainPerMillion",
      title: t("budget.overview.cost.col.gainPerMillion"),
      align: "end",
      ...sorted((r) => r.gainPerMillionRupiah, ["descend", "ascend"]),
      render: (_, r) => (
        <span data-testid="cost-gain-per-million" data-value={r.gainPerMillionRupiah ?? ""}>
          {r.gainPerMillionRupiah === null ? missing(1) : number(r.gainPerMillionRupiah, 2)}
        </span>
      ),
    },
    { key: "gaps", title: t("budget.overview.cost.col.gaps"), align: "end", render: (_, r) => number(r.gapsAddressed) },
    {
      key: "costPerGap",
      title: t("budget.overview.cost.col.costPerGap"),
      align: "end",
      render: (_, r) => <span style={{ whiteSpace: "nowrap" }}>{r.costPerGapAddressed === null ? missing(2) : formatRupiah(r.costPerGapAddressed)}</span>,
    },
  ];
  return (
    <Space orientation="vertical" size="small" style={{ width: "100%" }}>
      <div ref={scrollable}>
        <Table<ProgrammeCostRow>
          data-testid="budget-cost-effectiveness"
          rowKey={(r) => r.programme.id}
          size="small"
          columns={columns}
          dataSource={[...programmes]}
          loading={loading}
          pagination={programmes.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          scroll={{ x: "max-content" }}
          showSorterTooltip={false}
          locale={{ emptyText: <Empty description={t("budget.overview.cost.none")} /> }}
        />
      </div>
      <ol style={{ margin: 0, paddingInlineStart: 20, fontSize: 12, color: "rgba(0,0,0,0.65)" }} data-testid="budget-cost-notes">
        {NOTES.map((note) => (
          <li key={note}>{t(note)}</li>
        ))}
      </ol>
    </Space>
  );
}

/** Read by screen readers, not shown (the footnote's text beside a "—"). */
const VISUALLY_HIDDEN = {
  position: "absolute",
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: "hidden",
  clip: "rect(0, 0, 0, 0)",
  whiteSpace: "nowrap",
  border: 0,
} as const;
