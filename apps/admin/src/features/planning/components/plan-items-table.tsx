import { Table, Tooltip, Typography } from "antd";
import type { TableColumnsType } from "antd";
import type { PlanDetailFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { formatRupiah } from "../../../ui/format-rupiah";
import { useNumberFormat } from "../../../ui/use-number-format";
import { useKeyboardScrollable } from "../../../ui/use-keyboard-scrollable";
import { ReasonTag } from "./plan-status-tag";

type Item = PlanDetailFragment["items"][number];

interface PlanItemsTableProps {
  readonly items: readonly Item[];
  readonly testId: string;
  /** For the left-out list: how much more ceiling each would need (the domain's `extraBudgetNeeded`). */
  readonly extraBudget?: ReadonlyMap<string, number>;
  /** Write each reason's explanation under it (the left-out list); otherwise it is the tag's tooltip. */
  readonly explainReasons?: boolean;
}

/** The selected or the left-out candidates of a plan, each with the reason, translated and explained. */
export function PlanItemsTable({ items, testId, extraBudget, explainReasons = false }: PlanItemsTableProps) {
  const t = useT();
  const scrollable = useKeyboardScrollable<HTMLDivElement>(t("common.scrollableTable"));
  const num = useNumberFormat();
  const columns: TableColumnsType<Item> = [
    { key: "title", title: t("candidates.field.title"), render: (_, i) => <Typography.Text strong>{i.title}</Typography.Text> },
    { key: "participants", title: t("candidates.field.participants"), dataIndex: "participants", align: "end" },
    { key: "jp", title: t("candidates.field.jp"), dataIndex: "jp", align: "end" },
    {
      key: "cost",
      title: t("candidates.field.cost"),
      align: "end",
      render: (_, i) => <span style={{ whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}>{formatRupiah(i.cost)}</span>,
    },
    { key: "value", title: t("candidates.field.value"), align: "end", render: (_, i) => num(i.value, 2) },
    {
      key: "reason",
      title: t("plan.reason"),
      render: (_, i) =>
        explainReasons ? (
          <span>
            <ReasonTag reason={i.reason} />
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="plan-reason-help">
              {t(`plan.reasonHelp.${i.reason}`)}
            </Typography.Text>
          </span>
        ) : (
          <Tooltip title={t(`plan.reasonHelp.${i.reason}`)}>
            <span>
              <ReasonTag reason={i.reason} />
            </span>
          </Tooltip>
        ),
    },
    ...(extraBudget
      ? [
          {
            key: "extra",
            title: t("plan.extraBudget"),
            align: "end" as const,
            render: (_: unknown, i: Item) => {
              const extra = extraBudget.get(i.candidateId);
              return extra === undefined ? t("common.none") : <span style={{ whiteSpace: "nowrap" }}>{formatRupiah(extra)}</span>;
            },
          },
        ]
      : []),
  ];
  return (
    <div ref={scrollable}>
      <Table<Item>
        data-testid={testId}
        rowKey="candidateId"
        size="small"
        columns={columns}
        dataSource={[...items]}
        pagination={false}
        scroll={{ x: "max-content" }}
      />
    </div>
  );
}
