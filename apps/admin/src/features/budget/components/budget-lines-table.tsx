import { Empty, Space, Table, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { formatRupiah } from "@bina/domain";
import { Link } from "react-router-dom";
import { useT } from "../../../i18n/i18n-context";
import { useKeyboardScrollable } from "../../../ui/use-keyboard-scrollable";
import { budgetLinePath } from "../lib/budget-params";
import { AbsorptionBar } from "./absorption-bar";

/** A budget line as the overview reads it (the API's BudgetLine). */
export interface BudgetLineRow {
  readonly id: string;
  readonly accountCode: string;
  readonly name: string;
  readonly ceiling: number;
  readonly committed: number;
  readonly spent: number;
  readonly remaining: number;
  readonly absorptionPercent: number | null;
  readonly unit: { readonly id: string; readonly name: string } | null;
  readonly programme: { readonly id: string; readonly title: string } | null;
}

const money = (testId: string) => ({
  align: "end" as const,
  onHeaderCell: () => ({ style: { whiteSpace: "nowrap" as const } }),
  render: (amount: number) => (
    <span data-testid={testId} data-amount={amount} style={{ whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}>
      {formatRupiah(amount)}
    </span>
  ),
});

/**
 * The year's budget lines (in the API's order: account code, then name): the APBD account, the line's name linking to
 * its page (spending, history, attachments), whose money it is (a unit, a programme, or the agency's own), then
 * ceiling, committed, spent, remaining and the absorption bar with its percentage written out.
 */
export function BudgetLinesTable({ lines, loading }: { readonly lines: readonly BudgetLineRow[]; readonly loading: boolean }) {
  const t = useT();
  const scrollable = useKeyboardScrollable<HTMLDivElement>(t("common.scrollableTable"));
  const columns: TableColumnsType<BudgetLineRow> = [
    {
      key: "account",
      dataIndex: "accountCode",
      title: t("budget.overview.col.account"),
      render: (code: string) => (
        <Typography.Text code style={{ whiteSpace: "nowrap" }} data-testid="budget-line-account">
          {code}
        </Typography.Text>
      ),
    },
    {
      key: "name",
      title: t("budget.overview.col.name"),
      render: (_, line) => (
        <Link to={budgetLinePath(line.id)} data-testid="budget-line-link" data-id={line.id} style={{ display: "inline-block", maxWidth: 300 }}>
          {line.name}
        </Link>
      ),
    },
    {
      key: "owner",
      title: t("budget.overview.col.owner"),
      render: (_, line) => (
        <Space orientation="vertical" size={0} style={{ maxWidth: 260 }}>
          {line.programme && <Typography.Text data-testid="budget-line-programme">{line.programme.title}</Typography.Text>}
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="budget-line-unit">
            {line.unit ? line.unit.name : t("budget.overview.line.agencyWide")}
          </Typography.Text>
        </Space>
      ),
    },
    { key: "ceiling", dataIndex: "ceiling", title: t("budget.overview.col.ceiling"), ...money("budget-line-ceiling") },
    { key: "committed", dataIndex: "committed", title: t("budget.overview.col.committed"), ...money("budget-line-committed") },
    { key: "spent", dataIndex: "spent", title: t("budget.overview.col.spent"), ...money("budget-line-spent") },
    { key: "remaining", dataIndex: "remaining", title: t("budget.overview.col.remaining"), ...money("budget-line-remaining") },
    {
      key: "absorption",
      title: t("budget.overview.col.absorption"),
      render: (_, line) => <AbsorptionBar percent={line.absorptionPercent} testId="budget-line-absorption" />,
    },
  ];
  return (
    <div ref={scrollable}>
      <Table<BudgetLineRow>
        data-testid="budget-lines"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={[...lines]}
        loading={loading}
        pagination={lines.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: <Empty description={t("budget.overview.lines.none")} /> }}
      />
    </div>
  );
}
