import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Space, Table, Typography } from "antd";
import type { TableColumnsType } from "antd";
import dayjs from "dayjs";
import { VerificationQueueDocument, type LearningRecordDetailFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { useAuth } from "../../../session/auth-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { afterOf, type CursorParams } from "../../../ui/cursor-list";
import { CursorPager, useCursorList } from "../../../ui/cursor-pager";
import { useNumberFormat } from "../../../ui/use-number-format";
import { RecordReview } from "../components/record-review";

const PAGE_SIZE = 20;

/** The verification queue: submitted learning records, oldest first; administrators verify or reject, analysts read. */
export function VerificationPage() {
  const t = useT();
  const number = useNumberFormat();
  const { isAdmin } = useAuth();
  const [params, setParams] = useState<CursorParams>({ cursors: [] });
  const [openId, setOpenId] = useState<string | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(VerificationQueueDocument, {
    variables: { first: PAGE_SIZE, after: afterOf(params) },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.learningRecords;
  const pager = useCursorList({ params, go: setParams, pageInfo: connection?.pageInfo, loading, error });
  const records = (connection?.edges ?? []).map((e) => e.node);
  const open = records.find((r) => r.id === openId) ?? null;
  const date = (iso: string) => dayjs(iso).format(t("format.date"));

  const columns: TableColumnsType<LearningRecordDetailFragment> = [
    { key: "submitted", title: t("compliance.queue.submittedAt"), render: (_, r) => dayjs(r.submittedAt).format(t("format.dateTime")) },
    {
      key: "employee",
      title: t("compliance.record.employee"),
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <span data-testid="queue-employee">{r.employee.name}</span>
          <Typography.Text type="secondary">{r.employee.unit.name}</Typography.Text>
        </Space>
      ),
    },
    { key: "kind", title: t("compliance.record.kind"), render: (_, r) => t(`enum.DevelopmentKind.${r.kind}`) },
    { key: "title", title: t("compliance.record.title"), render: (_, r) => <span data-testid="queue-title">{r.title}</span> },
    { key: "dates", title: t("compliance.record.period"), render: (_, r) => t("compliance.record.periodValue", { from: date(r.startedOn), to: date(r.endedOn) }) },
    { key: "jp", title: t("compliance.record.creditedJp"), align: "right", render: (_, r) => <span data-testid="queue-jp">{number(r.creditedJp)}</span> },
    {
      key: "action",
      title: t("common.actions"),
      render: (_, r) => (
        <Button size="small" onClick={() => setOpenId(r.id)} data-testid="queue-review">
          {t("compliance.queue.review")}
        </Button>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Text type="secondary">{t("compliance.queue.hint")}</Typography.Text>
      <ApiErrorAlert error={error} />
      <Table<LearningRecordDetailFragment>
        data-testid="verification-queue"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={records}
        loading={loading}
        pagination={false}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: t("compliance.queue.empty") }}
      />
      <CursorPager list={pager} testIdPrefix="queue" total={connection ? t("compliance.queue.total", { count: number(connection.totalCount) }) : ""} />
      {open && (
        <RecordReview
          record={open}
          canDecide={isAdmin}
          onClose={() => setOpenId(null)}
          onDone={() => {
            setOpenId(null);
            void refetch();
          }}
        />
      )}
    </Space>
  );
}
