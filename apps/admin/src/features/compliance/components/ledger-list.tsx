import { Table, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { Link } from "react-router-dom";
import type { JpLedgerRowFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { useNumberFormat } from "../../../ui/use-number-format";
import { LedgerStatusTag, WarningTag } from "./ledger-tags";

interface LedgerListProps {
  readonly rows: readonly JpLedgerRowFragment[];
  readonly loading: boolean;
  readonly testId: string;
  readonly emptyText: string;
}

/** Employees with their year's ledger: earned, pending and planned JP, status and early warning. */
export function LedgerList({ rows, loading, testId, emptyText }: LedgerListProps) {
  const t = useT();
  const number = useNumberFormat();
  const jp = (value: number) => <span style={{ fontVariantNumeric: "tabular-nums" }}>{number(value)}</span>;
  const columns: TableColumnsType<JpLedgerRowFragment> = [
    {
      key: "name",
      title: t("compliance.col.employee"),
      render: (_, row) => (
        <Link to={`/employees/${row.employee.id}`} data-testid="ledger-employee">
          {row.employee.name}
        </Link>
      ),
    },
    { key: "unit", title: t("compliance.col.unit"), render: (_, row) => row.employee.unit.name },
    { key: "type", title: t("compliance.col.type"), render: (_, row) => t(`enum.EmploymentType.${row.employmentType}`) },
    { key: "earned", title: t("compliance.col.earned"), align: "end", render: (_, row) => <span data-testid="ledger-earned">{jp(row.earnedJp)}</span> },
    { key: "pending", title: t("compliance.col.pending"), align: "end", render: (_, row) => jp(row.pendingJp) },
    { key: "planned", title: t("compliance.col.planned"), align: "end", render: (_, row) => jp(row.plannedJp) },
    { key: "status", title: t("compliance.col.status"), render: (_, row) => <LedgerStatusTag status={row.status} testId="ledger-status" /> },
    {
      key: "warning",
      title: t("compliance.col.warning"),
      render: (_, row) => (row.warning ? <WarningTag warning={row.warning} testId="ledger-warning" /> : <Typography.Text type="secondary">{t("common.none")}</Typography.Text>),
    },
  ];
  return (
    <Table<JpLedgerRowFragment>
      data-testid={testId}
      rowKey={(row) => row.employee.id}
      size="small"
      columns={columns}
      dataSource={[...rows]}
      loading={loading}
      pagination={false}
      scroll={{ x: "max-content" }}
      locale={{ emptyText }}
    />
  );
}
