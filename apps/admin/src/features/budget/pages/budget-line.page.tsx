import { useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Breadcrumb, Button, Card, Descriptions, Flex, Space, Spin, Switch, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { EditOutlined, HistoryOutlined, PaperClipOutlined, PlusOutlined, StopOutlined, SwapOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { BudgetLineDetailDocument, type SpendingItemFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { useAuth } from "../../../session/auth-context";
import { apiErrorFacts } from "../../../ui/api-error";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { afterOf, withFilters } from "../../../ui/cursor-list";
import { CursorPager, useCursorList } from "../../../ui/cursor-pager";
import { NotFound } from "../../../ui/not-found";
import { useCommittedValue } from "../../../ui/use-committed-value";
import { useKeyboardScrollable } from "../../../ui/use-keyboard-scrollable";
import { useNumberFormat } from "../../../ui/use-number-format";
import { BudgetLineFormModal } from "../components/budget-line-form-modal";
import { BudgetTotals } from "../components/budget-totals";
import { CancelSpendingModal } from "../components/cancel-spending-modal";
import { SpendingAttachmentsModal } from "../components/spending-attachments-modal";
import { SpendingAmountCell, SpendingDescriptionCell } from "../components/spending-cells";
import { SpendingFormModal } from "../components/spending-form-modal";
import { SpendingHistoryModal } from "../components/spending-history-modal";
import { parseLinePageParams, toLinePageSearchParams, type LinePageParams } from "../lib/budget-line-params";

export const SPENDING_PAGE_SIZE = 20;

/**
 * One budget line (`/budget/lines/:id?cancelled=0&after=`): its account, unit and programme, its ceiling, commitments,
 * spending, what remains and its absorption; its spending entries a page at a time (cancelled ones struck through with
 * their reason). Administrators and the line's operators record, edit and cancel entries and attach documents; everyone
 * who sees the line reads each entry's history.
 */
export default function BudgetLinePage() {
  const t = useT();
  const number = useNumberFormat();
  const { canEdit, isAdmin } = useAuth();
  const scrollable = useKeyboardScrollable<HTMLDivElement>(t("common.scrollableTable"));
  const { id = "" } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseLinePageParams(searchParams), [searchParams]);
  const go = (next: LinePageParams) => setSearchParams(toLinePageSearchParams(next));
  const wanted = useMemo(() => ({ id, first: SPENDING_PAGE_SIZE, after: afterOf(params), includeCancelled: params.includeCancelled }), [id, params]);
  const variables = useCommittedValue(wanted, JSON.stringify(wanted));
  const { data, previousData, loading, error } = useQuery(BudgetLineDetailDocument, { variables, notifyOnNetworkStatusChange: true });
  const line = (data ?? previousData)?.budgetLine ?? null;
  const connection = line?.spendings;
  const list = useCursorList({ params, go, pageInfo: connection?.pageInfo, loading, error });
  const [recording, setRecording] = useState(false);
  const [editingLine, setEditingLine] = useState(false);
  const [editing, setEditing] = useState<SpendingItemFragment | null>(null);
  const [cancelling, setCancelling] = useState<SpendingItemFragment | null>(null);
  const [historyOf, setHistoryOf] = useState<SpendingItemFragment | null>(null);
  const [attachmentsOf, setAttachmentsOf] = useState<string | null>(null);
  const spendings = connection?.edges.map((e) => e.node) ?? [];
  const attachmentsSpending = spendings.find((s) => s.id === attachmentsOf) ?? null;
  const date = (iso: string) => dayjs(iso).format(t("format.date"));

  if (loading && !line) return <Spin description={t("common.loading")} />;
  // A line outside the caller's scope is NOT_FOUND, like one that does not exist.
  if (!line) return error && !apiErrorFacts(error).some((f) => f.code === "NOT_FOUND") ? <ApiErrorAlert error={error} /> : <NotFound backTo="/budget" />;

  const struck = (s: SpendingItemFragment) => (s.status === "CANCELLED" ? { textDecoration: "line-through" } : undefined);
  const columns: TableColumnsType<SpendingItemFragment> = [
    { key: "spentOn", title: t("budget.spending.field.spentOn"), render: (_, s) => <span style={struck(s)} data-testid="spending-date">{date(s.spentOn)}</span> },
    {
      key: "amount",
      title: t("budget.spending.field.amount"),
      align: "end",
      render: (_, s) => <SpendingAmountCell spending={s} />,
    },
    { key: "description", title: t("budget.spending.field.description"), render: (_, s) => <SpendingDescriptionCell spending={s} /> },
    { key: "document", title: t("budget.spending.field.documentNumber"), render: (_, s) => <Typography.Text delete={s.status === "CANCELLED"} data-testid="spending-document">{s.documentNumber}</Typography.Text> },
    {
      key: "category",
      title: t("budget.spending.col.categoryBatch"),
      render: (_, s) => (
        <Space orientation="vertical" size={0} style={{ maxWidth: 200 }}>
          <span data-testid="spending-category-cell">{s.category ? t(`enum.SpendingCategory.${s.category}`) : t("common.none")}</span>
          {s.quantity !== null && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t("budget.spending.quantityValue", { quantity: number(s.quantity, 2) })}
            </Typography.Text>
          )}
          {s.batch && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="spending-batch-cell">
              {s.batch.name}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      key: "status",
      title: t("budget.spending.field.status"),
      render: (_, s) => (
        <Tag color={s.status === "ACTIVE" ? "green" : "default"} data-testid="spending-status" data-status={s.status}>
          {t(`enum.SpendingStatus.${s.status}`)}
        </Tag>
      ),
    },
    {
      key: "actions",
      title: t("common.actions"),
      render: (_, s) => (
        <Space size={4} wrap style={{ maxWidth: 110 }}>
          <Button size="small" icon={<PaperClipOutlined />} onClick={() => setAttachmentsOf(s.id)} data-testid="spending-attachments-open" aria-label={t("budget.attachment.open", { document: s.documentNumber, count: s.attachments.length })}>
            {s.attachments.length}
          </Button>
          <Button size="small" icon={<HistoryOutlined />} onClick={() => setHistoryOf(s)} data-testid="spending-history-open" aria-label={t("budget.history.open", { document: s.documentNumber })} />
          {canEdit && s.status === "ACTIVE" && (
            <>
              <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(s)} data-testid="spending-edit" aria-label={t("budget.spending.edit", { document: s.documentNumber })} />
              <Button size="small" danger icon={<StopOutlined />} onClick={() => setCancelling(s)} data-testid="spending-cancel" aria-label={t("budget.spending.cancelOf", { document: s.documentNumber })} />
            </>
          )}
        </Space>
      ),
    },
  ];

  return (
    <div ref={scrollable}>
      <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="budget-line-page">
        <Breadcrumb
          items={[
            { key: "budget", title: <Link to={`/budget?year=${line.fiscalYear}`}>{t("nav.budget")}</Link> },
            { key: "line", title: line.accountCode },
          ]}
        />
        <Flex justify="space-between" align="start" wrap gap="small">
          <Space orientation="vertical" size={0}>
            <Typography.Text type="secondary" data-testid="budget-line-account">
              {line.accountCode}
            </Typography.Text>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="budget-line-name">
              {line.name}
            </Typography.Title>
          </Space>
          <Space wrap>
            <Link to={`/budget/revisions?year=${line.fiscalYear}`} data-testid="budget-line-revisions">
              <Button icon={<SwapOutlined />}>{t("budget.line.revisions")}</Button>
            </Link>
            {isAdmin && (
              <Button icon={<EditOutlined />} onClick={() => setEditingLine(true)} data-testid="budget-line-edit">
                {t("budget.lineForm.edit")}
              </Button>
            )}
            {canEdit && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="spending-new">
                {t("budget.spending.new")}
              </Button>
            )}
          </Space>
        </Flex>
        <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t("budget.line.fiscalYear")}>{line.fiscalYear}</Descriptions.Item>
          <Descriptions.Item label={t("budget.line.unit")}>
            <span data-testid="budget-line-unit">{line.unit ? line.unit.name : t("budget.line.agencyWide")}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t("budget.line.programme")}>
            <span data-testid="budget-line-programme">{line.programme ? line.programme.title : t("common.none")}</span>
          </Descriptions.Item>
        </Descriptions>
        <BudgetTotals totals={line} />

        <Card
          size="small"
          title={t("budget.spendings.title")}
          extra={
            <Space size="small">
              <Switch
                id="include-cancelled"
                size="small"
                checked={params.includeCancelled}
                onChange={(includeCancelled) => go(withFilters(params, { includeCancelled }))}
                data-testid="spendings-include-cancelled"
                aria-label={t("budget.spendings.includeCancelled")}
              />
              <label htmlFor="include-cancelled">{t("budget.spendings.includeCancelled")}</label>
            </Space>
          }
        >
          <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
            <ApiErrorAlert error={error} testId="spendings-error" />
            <Table<SpendingItemFragment>
              data-testid="spendings-table"
              rowKey="id"
              size="small"
              columns={columns}
              dataSource={spendings}
              loading={loading}
              pagination={false}
              scroll={{ x: "max-content" }}
              locale={{ emptyText: t("budget.spendings.none") }}
            />
            <CursorPager testIdPrefix="spendings" list={list} total={connection ? t("budget.spendings.total", { count: number(connection.totalCount) }) : ""} />
          </Space>
        </Card>
      </Space>
      {editingLine && <BudgetLineFormModal fiscalYear={line.fiscalYear} line={line} onClose={() => setEditingLine(false)} />}
      {recording && <SpendingFormModal line={line} spending={null} onClose={() => setRecording(false)} />}
      {editing && <SpendingFormModal line={line} spending={editing} onClose={() => setEditing(null)} />}
      {cancelling && <CancelSpendingModal spending={cancelling} onClose={() => setCancelling(null)} />}
      {historyOf && <SpendingHistoryModal spending={historyOf} page={variables} onClose={() => setHistoryOf(null)} />}
      {attachmentsSpending && (
        <SpendingAttachmentsModal spending={attachmentsSpending} canAttach={canEdit && attachmentsSpending.status === "ACTIVE"} onClose={() => setAttachmentsOf(null)} />
      )}
    </div>
  );
}
