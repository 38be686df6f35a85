import { Button, Table, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { EyeOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import type { PlanSummaryFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { formatRupiah } from "../../../ui/format-rupiah";
import { useNumberFormat } from "../../../ui/use-number-format";
import { useKeyboardScrollable } from "../../../ui/use-keyboard-scrollable";
import { MethodTag, PlanStatusTag } from "./plan-status-tag";

interface PlanVersionsProps {
  readonly plans: readonly PlanSummaryFragment[];
  readonly loading: boolean;
  readonly openId: string | null;
  readonly onOpen: (planId: string) => void;
}

/** Every version of the year's plan, newest first; each stays readable after a newer one is adopted. */
export function PlanVersions({ plans, loading, openId, onOpen }: PlanVersionsProps) {
  const t = useT();
  const scrollable = useKeyboardScrollable<HTMLDivElement>(t("common.scrollableTable"));
  const num = useNumberFormat();
  const dateTime = (iso: string) => dayjs(iso).format(t("format.dateTime"));
  const money = (amount: number) => <span style={{ whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}>{formatRupiah(amount)}</span>;
  const columns: TableColumnsType<PlanSummaryFragment> = [
    { key: "version", title: t("plan.version"), dataIndex: "version", align: "end" },
    { key: "status", title: t("plan.status"), render: (_, p) => <PlanStatusTag status={p.status} /> },
    { key: "ceiling", title: t("plan.ceiling"), align: "end", render: (_, p) => money(p.ceiling) },
    { key: "totalCost", title: t("plan.totalCost"), align: "end", render: (_, p) => money(p.totalCost) },
    { key: "totalValue", title: t("plan.totalValue"), align: "end", render: (_, p) => num(p.totalValue, 2) },
    { key: "remaining", title: t("plan.remaining"), align: "end", render: (_, p) => money(p.remaining) },
    { key: "method", title: t("plan.method"), render: (_, p) => <MethodTag method={p.method} /> },
    { key: "createdAt", title: t("plan.created"), render: (_, p) => dateTime(p.createdAt) },
    { key: "adoptedAt", title: t("plan.adoptedAt"), render: (_, p) => (p.adoptedAt ? dateTime(p.adoptedAt) : t("common.none")) },
    {
      key: "open",
      title: t("common.actions"),
      render: (_, p) => (
        <Button size="small" icon={<EyeOutlined />} disabled={p.id === openId} onClick={() => onOpen(p.id)} data-testid="plan-open">
          {p.id === openId ? t("plan.opened") : t("plan.open")}
        </Button>
      ),
    },
  ];
  // No version yet: a sentence, not an empty table ten columns wide that a phone scrolls sideways with nothing in it a
  // keyboard could reach (axe: scrollable-region-focusable).
  if (!loading && plans.length === 0) {
    return (
      <Typography.Text type="secondary" data-testid="plan-versions-empty">
        {t("plan.noVersions")}
      </Typography.Text>
    );
  }
  return (
    <div ref={scrollable}>
      <Table<PlanSummaryFragment>
        data-testid="plan-versions"
        rowKey="id"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={[...plans]}
        pagination={false}
        scroll={{ x: "max-content" }}
        onRow={(p) => ({ style: p.id === openId ? { background: "#f6ffed" } : undefined })}
      />
    </div>
  );
}
