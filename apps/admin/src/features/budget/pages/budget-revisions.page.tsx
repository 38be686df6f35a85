import { useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Breadcrumb, Button, Card, Flex, Select, Space, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { CheckOutlined, CloseOutlined, PlusOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { Link, useSearchParams } from "react-router-dom";
import { BudgetRevisionsDocument, RevisionLinesDocument, type BudgetRevisionItemFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { useAuth } from "../../../session/auth-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { afterOf, withFilters } from "../../../ui/cursor-list";
import { CursorPager, useCursorList } from "../../../ui/cursor-pager";
import { FilterBar, FilterSelect } from "../../../ui/filter-select";
import { useCommittedValue } from "../../../ui/use-committed-value";
import { useKeyboardScrollable } from "../../../ui/use-keyboard-scrollable";
import { useNumberFormat } from "../../../ui/use-number-format";
import { DecideRevisionModal } from "../components/decide-revision-modal";
import { RevisionFormModal } from "../components/revision-form-modal";
import { RevisionSummary } from "../components/revision-summary";
import { jakartaToday } from "../lib/budget-figures";
import { parseRevisionsParams, REVISION_STATUSES, toRevisionsSearchParams, type RevisionsParams, type RevisionStatusFilter } from "../lib/budget-line-params";
import { fiscalYearOptions } from "../lib/budget-params";

export const REVISION_PAGE_SIZE = 20;

/** antd tag presets whose text passes WCAG AA contrast (gold does not). */
const STATUS_COLOR = { REQUESTED: "blue", APPROVED: "green", REJECTED: "red" } as const;

/**
 * The budget revisions of a year (`/budget/revisions?year=&status=&after=`): requests to move ceiling between two lines
 * or to change a line's ceiling, each with its reason and decision. Administrators and operators request (an operator
 * names only its units' lines); administrators approve or reject with a note; analysts read.
 */
export default function BudgetRevisionsPage() {
  const t = useT();
  const number = useNumberFormat();
  const { canEdit, isAdmin } = useAuth();
  const scrollable = useKeyboardScrollable<HTMLDivElement>(t("common.scrollableTable"));
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseRevisionsParams(searchParams), [searchParams]);
  const go = (next: RevisionsParams) => setSearchParams(toRevisionsSearchParams(next));
  const currentYear = Number(jakartaToday(new Date()).slice(0, 4));
  const year = params.year ?? currentYear;
  const wanted = useMemo(() => ({ fiscalYear: year, status: params.status, first: REVISION_PAGE_SIZE, after: afterOf(params) }), [year, params]);
  const variables = useCommittedValue(wanted, JSON.stringify(wanted));
  const { data, previousData, loading, error } = useQuery(BudgetRevisionsDocument, { variables, notifyOnNetworkStatusChange: true });
  const connection = (data ?? previousData)?.budgetRevisions;
  const list = useCursorList({ params, go, pageInfo: connection?.pageInfo, loading, error });
  const [requesting, setRequesting] = useState(false);
  const [deciding, setDeciding] = useState<{ readonly revision: BudgetRevisionItemFragment; readonly approve: boolean } | null>(null);
  const lines = useQuery(RevisionLinesDocument, { variables: { fiscalYear: year }, skip: !requesting });
  const dateTime = (iso: string) => dayjs(iso).format(t("format.dateTime"));

  const columns: TableColumnsType<BudgetRevisionItemFragment> = [
    {
      key: "requested",
      title: t("budget.revision.col.requested"),
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <span>{dateTime(r.requestedAt)}</span>
          {r.requestedBy && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.requestedBy}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      key: "what",
      title: t("budget.revision.col.what"),
      render: (_, r) => (
        <Space orientation="vertical" size={2}>
          <Tag data-testid="revision-kind-cell">{t(`enum.RevisionKind.${r.kind}`)}</Tag>
          <RevisionSummary revision={r} />
        </Space>
      ),
    },
    {
      key: "reason",
      title: t("budget.revision.field.reason"),
      render: (_, r) => (
        <Typography.Text style={{ whiteSpace: "pre-line", display: "block", maxWidth: 240 }} data-testid="revision-reason-cell">
          {r.reason}
        </Typography.Text>
      ),
    },
    {
      key: "status",
      title: t("budget.revision.field.status"),
      render: (_, r) => (
        <Space orientation="vertical" size={2} style={{ maxWidth: 200 }}>
          <Tag color={STATUS_COLOR[r.status]} data-testid="revision-status" data-status={r.status}>
            {t(`enum.RevisionStatus.${r.status}`)}
          </Tag>
          {r.decidedAt && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.decidedBy ? t("budget.revision.decidedBy", { name: r.decidedBy, at: dateTime(r.decidedAt) }) : dateTime(r.decidedAt)}
            </Typography.Text>
          )}
          {r.decisionNote && (
            <Typography.Text style={{ fontSize: 12, whiteSpace: "pre-line" }} data-testid="revision-note-cell">
              {r.decisionNote}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    ...(isAdmin
      ? [
          {
            key: "actions",
            title: t("common.actions"),
            render: (_: unknown, r: BudgetRevisionItemFragment) =>
              r.status === "REQUESTED" ? (
                <Space orientation="vertical" size={4}>
                  <Button size="small" type="primary" icon={<CheckOutlined />} onClick={() => setDeciding({ revision: r, approve: true })} data-testid="revision-approve">
                    {t("budget.revision.approve")}
                  </Button>
                  <Button size="small" icon={<CloseOutlined />} onClick={() => setDeciding({ revision: r, approve: false })} data-testid="revision-reject">
                    {t("budget.revision.reject")}
                  </Button>
                </Space>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <div ref={scrollable}>
      <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="budget-revisions-page">
        <Breadcrumb
          items={[
            { key: "budget", title: <Link to={`/budget?year=${year}`}>{t("nav.budget")}</Link> },
            { key: "revisions", title: t("budget.revisions.title") },
          ]}
        />
        <Flex justify="space-between" align="start" wrap gap="small">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t("budget.revisions.title")}
          </Typography.Title>
          {canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRequesting(true)} data-testid="revision-new">
              {t("budget.revision.new")}
            </Button>
          )}
        </Flex>
        <Typography.Text type="secondary">{isAdmin ? t("budget.revisions.hintAdmin") : canEdit ? t("budget.revisions.hintOperator") : t("budget.revisions.hintAnalyst")}</Typography.Text>
        <Card size="small">
          <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
            <FilterBar testId="revision-filters" clearable={params.status !== null} clearText={t("needs.filter.clear")} onClear={() => go(withFilters(params, { status: null }))}>
              <Select<number>
                id="revision-year"
                data-testid="revision-year"
                aria-label={t("budget.revisions.year")}
                value={year}
                onChange={(y) => go(withFilters(params, { year: y === currentYear ? null : y }))}
                options={fiscalYearOptions(currentYear, year).map((y) => ({ value: y, label: String(y) }))}
                style={{ width: 100 }}
              />
              <FilterSelect<RevisionStatusFilter>
                id="filter-revision-status"
                label={t("budget.revision.field.status")}
                placeholder={t("budget.revisions.allStatuses")}
                value={params.status}
                onChange={(status) => go(withFilters(params, { status }))}
                options={REVISION_STATUSES.map((s) => ({ value: s, label: t(`enum.RevisionStatus.${s}`) }))}
                width={200}
              />
            </FilterBar>
            <ApiErrorAlert error={error} testId="revisions-error" />
            <Table<BudgetRevisionItemFragment>
              data-testid="revisions-table"
              rowKey="id"
              size="small"
              columns={columns}
              dataSource={connection?.edges.map((e) => e.node) ?? []}
              loading={loading}
              pagination={false}
              scroll={{ x: "max-content" }}
              locale={{ emptyText: t("budget.revisions.none") }}
            />
            <CursorPager testIdPrefix="revisions" list={list} total={connection ? t("budget.revisions.total", { count: number(connection.totalCount) }) : ""} />
          </Space>
        </Card>
      </Space>
      {requesting && lines.error && <ApiErrorAlert error={lines.error} testId="revision-lines-error" />}
      {requesting && lines.data?.budget && <RevisionFormModal fiscalYear={year} lines={lines.data.budget.lines} onClose={() => setRequesting(false)} />}
      {deciding && <DecideRevisionModal revision={deciding.revision} approve={deciding.approve} onClose={() => setDeciding(null)} />}
    </div>
  );
}
