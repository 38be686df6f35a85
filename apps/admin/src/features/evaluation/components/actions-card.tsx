import { useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Card, Flex, Space, Table, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { CheckOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { Link } from "react-router-dom";
import { ImprovementActionsDocument, type ImprovementActionItemFragment, type ImprovementSource, type ImprovementStatus } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { useAuth } from "../../../session/auth-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { afterOf, withFilters } from "../../../ui/cursor-list";
import { CursorPager, useCursorList } from "../../../ui/cursor-pager";
import { FilterBar, FilterSelect } from "../../../ui/filter-select";
import { useCommittedValue } from "../../../ui/use-committed-value";
import { useKeyboardScrollable } from "../../../ui/use-keyboard-scrollable";
import { IMPROVEMENT_SOURCES, IMPROVEMENT_STATUSES, type EvaluationParams } from "../lib/evaluation-params";
import { ActionFormModal, type ActionDraft } from "./action-form-modal";
import { CloseActionModal } from "./close-action-modal";
import { ImprovementSourceTag, ImprovementStatusTag } from "./evaluation-tags";

export const ACTION_PAGE_SIZE = 20;

interface ActionsCardProps {
  readonly params: EvaluationParams;
  readonly go: (params: EvaluationParams) => void;
  /** A new action to open (from a programme's finding), or null. */
  readonly draft: ActionDraft | null;
  readonly onDraft: (draft: ActionDraft | null) => void;
}

/**
 * The improvement actions (filter by status and source, by due date): open one from a finding, change an open one
 * (owner, due date) or close it with what changed. Administrators and unit operators act; analysts read.
 */
export function ActionsCard({ params, go, draft, onDraft }: ActionsCardProps) {
  const t = useT();
  const scrollable = useKeyboardScrollable<HTMLDivElement>(t("common.scrollableTable"));
  const { canEdit } = useAuth();
  const [editing, setEditing] = useState<ImprovementActionItemFragment | null>(null);
  const [closing, setClosing] = useState<ImprovementActionItemFragment | null>(null);
  const wanted = useMemo(() => ({ status: params.status, source: params.source, first: ACTION_PAGE_SIZE, after: afterOf(params) }), [params]);
  const variables = useCommittedValue(wanted, JSON.stringify(wanted));
  const { data, previousData, loading, error } = useQuery(ImprovementActionsDocument, { variables, notifyOnNetworkStatusChange: true });
  const connection = (data ?? previousData)?.improvementActions;
  const list = useCursorList({ params, go, pageInfo: connection?.pageInfo, loading, error });
  const date = (iso: string) => dayjs(iso).format(t("format.date"));

  const columns: TableColumnsType<ImprovementActionItemFragment> = [
    {
      key: "title",
      title: t("evaluation.action.field.title"),
      render: (_, a) => (
        <Space orientation="vertical" size={2} style={{ maxWidth: 340 }}>
          <Typography.Text strong data-testid="action-title-cell">
            {a.title}
          </Typography.Text>
          <ImprovementSourceTag source={a.source} />
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: "pre-line" }}>
            {a.finding}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: "about",
      title: t("evaluation.action.subject"),
      render: (_, a) => {
        const parts = [
          a.batch ? <Link key="batch" to={`/evaluation/batches/${a.batch.id}`}>{a.batch.name}</Link> : null,
          a.programme && !a.batch ? <span key="programme">{a.programme.title}</span> : null,
          a.serviceUnit ? (
            <span key="unit">{[a.serviceUnit.name, a.element, a.period?.code].filter(Boolean).join(" · ")}</span>
          ) : null,
        ].filter(Boolean);
        return parts.length === 0 ? t("common.none") : <Space orientation="vertical" size={0} style={{ maxWidth: 240 }} data-testid="action-subject">{parts}</Space>;
      },
    },
    {
      key: "owner",
      title: t("evaluation.action.field.ownerName"),
      render: (_, a) => (
        <Space orientation="vertical" size={0}>
          <span data-testid="action-owner">{a.ownerName}</span>
          {a.ownerUnit && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {a.ownerUnit.name}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { key: "due", title: t("evaluation.action.field.dueOn"), render: (_, a) => <span data-testid="action-due">{date(a.dueOn)}</span> },
    {
      key: "status",
      title: t("evaluation.action.field.status"),
      render: (_, a) => (
        <Space orientation="vertical" size={2}>
          <ImprovementStatusTag status={a.status} />
          {a.closedOn && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{date(a.closedOn)}</Typography.Text>}
          {a.outcome && (
            <Typography.Text style={{ fontSize: 12, whiteSpace: "pre-line", maxWidth: 280, display: "block" }} data-testid="action-outcome-text">
              {a.outcome}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    ...(canEdit
      ? [
          {
            key: "actions",
            title: t("common.actions"),
            render: (_: unknown, a: ImprovementActionItemFragment) =>
              a.status === "OPEN" ? (
                <Space size="small" wrap>
                  <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(a)} data-testid="action-edit" aria-label={t("evaluation.action.edit", { title: a.title })} />
                  <Button size="small" icon={<CheckOutlined />} onClick={() => setClosing(a)} data-testid="action-close">
                    {t("evaluation.action.close")}
                  </Button>
                </Space>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <Card
      title={<span data-testid="actions-title">{t("evaluation.actions.title")}</span>}
      data-testid="actions-card"
      extra={
        canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => onDraft({})} data-testid="action-new">
            {t("evaluation.action.new")}
          </Button>
        )
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <FilterBar
          testId="action-filters"
          clearable={params.status !== null || params.source !== null}
          clearText={t("needs.filter.clear")}
          onClear={() => go(withFilters(params, { status: null, source: null }))}
        >
          <FilterSelect<ImprovementStatus>
            id="filter-action-status"
            label={t("evaluation.action.field.status")}
            placeholder={t("evaluation.filter.allStatuses")}
            value={params.status}
            onChange={(status) => go(withFilters(params, { status }))}
            options={IMPROVEMENT_STATUSES.map((s) => ({ value: s, label: t(`enum.ImprovementStatus.${s}`) }))}
            width={180}
          />
          <FilterSelect<ImprovementSource>
            id="filter-action-source"
            label={t("evaluation.action.field.source")}
            placeholder={t("evaluation.filter.allSources")}
            value={params.source}
            onChange={(source) => go(withFilters(params, { source }))}
            options={IMPROVEMENT_SOURCES.map((s) => ({ value: s, label: t(`enum.ImprovementSource.${s}`) }))}
            width={260}
          />
        </FilterBar>
        <ApiErrorAlert error={error} testId="actions-error" />
        <div ref={scrollable}>
          <Table<ImprovementActionItemFragment>
            data-testid="actions-table"
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={connection?.edges.map((e) => e.node) ?? []}
            loading={loading}
            pagination={false}
            scroll={{ x: "max-content" }}
            locale={{ emptyText: t("evaluation.actions.none") }}
          />
        </div>
        <Flex vertical>
          <CursorPager testIdPrefix="actions" list={list} total={connection ? t("evaluation.actions.total", { count: connection.totalCount }) : ""} />
        </Flex>
      </Space>
      {draft !== null && <ActionFormModal action={null} draft={draft} onClose={() => onDraft(null)} />}
      {editing && <ActionFormModal action={editing} onClose={() => setEditing(null)} />}
      {closing && <CloseActionModal action={closing} onClose={() => setClosing(null)} />}
    </Card>
  );
}
