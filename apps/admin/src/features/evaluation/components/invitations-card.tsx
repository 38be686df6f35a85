import { useMemo } from "react";
import { useQuery } from "@apollo/client/react";
import { Card, Space, Table, Typography } from "antd";
import type { TableColumnsType } from "antd";
import dayjs from "dayjs";
import { EvaluationInvitationsDocument, type EvaluationInvitationsQuery, type EvaluationLevel } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { afterOf, withFilters } from "../../../ui/cursor-list";
import { CursorPager, useCursorList } from "../../../ui/cursor-pager";
import { FilterBar, FilterSelect } from "../../../ui/filter-select";
import { useCommittedValue } from "../../../ui/use-committed-value";
import { useKeyboardScrollable } from "../../../ui/use-keyboard-scrollable";
import { useNumberFormat } from "../../../ui/use-number-format";
import { absoluteLink } from "../lib/evaluation-figures";
import {
  EVALUATION_LEVELS,
  INVITATION_STATUSES,
  invitationStatuses,
  NOT_ANSWERED,
  type InvitationParams,
  type InvitationStatusChoice,
} from "../lib/evaluation-params";
import { InvitationStatusTag } from "./evaluation-tags";
import { PersonCell } from "../../../ui/person-cell";

type InvitationRow = EvaluationInvitationsQuery["evaluationInvitations"]["edges"][number]["node"];

export const INVITATION_PAGE_SIZE = 20;

/**
 * The follow-ups' progress: a batch's evaluation forms by name (filter by level and status, "not answered yet"), each
 * with its personal link to copy (the absolute address on this app's origin) and send to the person it is for.
 */
export function InvitationsCard({ batchId, params, go }: { readonly batchId: string; readonly params: InvitationParams; readonly go: (params: InvitationParams) => void }) {
  const t = useT();
  const number = useNumberFormat();
  const scrollable = useKeyboardScrollable<HTMLDivElement>(t("common.scrollableTable"));
  const wanted = useMemo(
    () => ({ batchId, level: params.level, status: invitationStatuses(params.status), first: INVITATION_PAGE_SIZE, after: afterOf(params) }),
    [batchId, params],
  );
  const variables = useCommittedValue(wanted, JSON.stringify(wanted));
  const { data, previousData, loading, error } = useQuery(EvaluationInvitationsDocument, { variables, notifyOnNetworkStatusChange: true });
  const connection = (data ?? previousData)?.evaluationInvitations;
  const list = useCursorList({ params, go, pageInfo: connection?.pageInfo, loading, error });
  const date = (iso: string) => dayjs(iso).format(t("format.date"));
  const origin = typeof window === "undefined" ? "" : window.location.origin;

  const columns: TableColumnsType<InvitationRow> = [
    {
      key: "employee",
      title: t("evaluation.invitation.employee"),
      render: (_, r) =>
        r.employee ? (
          <PersonCell employee={r.employee} testId="invitation-name" />
        ) : (
          t("common.none")
        ),
    },
    {
      key: "form",
      title: t("evaluation.invitation.form"),
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <span data-testid="invitation-level">{t(`enum.EvaluationLevel.${r.level}`)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`enum.EvaluationRole.${r.role}`)}
          </Typography.Text>
        </Space>
      ),
    },
    { key: "period", title: t("evaluation.invitation.period"), render: (_, r) => `${date(r.opensOn)} – ${date(r.expiresOn)}` },
    {
      key: "status",
      title: t("evaluation.invitation.status"),
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <InvitationStatusTag status={r.status} />
          {r.answeredAt && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {dayjs(r.answeredAt).format(t("format.dateTime"))}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      key: "link",
      title: t("evaluation.invitation.link"),
      render: (_, r) => {
        const link = absoluteLink(origin, r.link);
        if (!link) return t("common.none");
        return (
          <Typography.Text
            code
            data-testid="invitation-link"
            data-link={link}
            style={{ maxWidth: 220, display: "inline-block" }}
            ellipsis
            copyable={{ text: link, tooltips: [t("evaluation.invitation.copy"), t("evaluation.invitation.copied")] }}
          >
            {link}
          </Typography.Text>
        );
      },
    },
  ];

  return (
    <Card title={t("evaluation.invitations.title")} data-testid="eval-invitations">
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Typography.Text type="secondary">{t("evaluation.invitations.hint")}</Typography.Text>
        <FilterBar
          testId="invitation-filters"
          clearable={params.level !== null || params.status !== null}
          clearText={t("needs.filter.clear")}
          onClear={() => go(withFilters(params, { level: null, status: null }))}
        >
          <FilterSelect<EvaluationLevel>
            id="filter-invitation-level"
            label={t("evaluation.invitation.level")}
            placeholder={t("evaluation.filter.allLevels")}
            value={params.level}
            onChange={(level) => go(withFilters(params, { level }))}
            options={EVALUATION_LEVELS.map((l) => ({ value: l, label: t(`enum.EvaluationLevel.${l}`) }))}
            width={200}
          />
          <FilterSelect<InvitationStatusChoice>
            id="filter-invitation-status"
            label={t("evaluation.invitation.status")}
            placeholder={t("evaluation.filter.allStatuses")}
            value={params.status}
            onChange={(status) => go(withFilters(params, { status }))}
            options={[
              { value: NOT_ANSWERED, label: t("evaluation.invitation.notAnswered") },
              ...INVITATION_STATUSES.map((s) => ({ value: s, label: t(`enum.EvaluationInvitationStatus.${s}`) })),
            ]}
            width={220}
          />
        </FilterBar>
        <ApiErrorAlert error={error} testId="invitations-error" />
        <div ref={scrollable}>
          <Table<InvitationRow>
            data-testid="invitations-table"
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={connection?.edges.map((e) => e.node) ?? []}
            loading={loading}
            pagination={false}
            scroll={{ x: "max-content" }}
            locale={{ emptyText: t("evaluation.invitations.none") }}
          />
        </div>
        <CursorPager testIdPrefix="invitations" list={list} total={connection ? t("evaluation.invitations.total", { count: number(connection.totalCount) }) : ""} />
      </Space>
    </Card>
  );
}
