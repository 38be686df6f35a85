import { useMemo, useState } from "react";
import { skipToken, useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Flex, Space, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { CheckOutlined, NodeIndexOutlined, PlusOutlined, RollbackOutlined } from "@ant-design/icons";
import { PROPOSAL_TRANSITIONS, type ProposalStatus } from "@bina/domain";
import dayjs from "dayjs";
import { Link, useSearchParams } from "react-router-dom";
import { useAuth } from "../../../session/auth-context";
import { DecideProposalDocument, TrainingProposalsDocument, type ProposalItemFragment } from "../../../gql/graphql";
import { errorMessage } from "../../../i18n/errors";
import { useT } from "../../../i18n/i18n-context";
import { apiErrorFacts } from "../../../ui/api-error";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { CursorPager, useCursorList } from "../../../ui/cursor-pager";
import { FilterBar, FilterSelect } from "../../../ui/filter-select";
import { useCommittedValue } from "../../../ui/use-committed-value";
import { UnitFilter } from "../../organization";
import { evictProposals } from "../components/evict-needs";
import { proposalStatusOptions } from "../components/needs-enum-options";
import { CompetencyLabel } from "../components/needs-tags";
import { ProposalFormModal } from "../components/proposal-form-modal";
import { ReturnProposalModal } from "../components/return-proposal-modal";
import { CandidateFromProposalModal } from "../components/candidate-from-proposal-modal";
import { YearSelect } from "../components/year-select";
import { useCycleYears } from "../components/use-cycle-years";
import { defaultPlanYear, planningYears } from "../lib/plan-years";
import {
  DEFAULT_PROPOSAL_PARAMS,
  hasProposalFilters,
  parseProposalParams,
  toProposalSearchParams,
  toProposalVariables,
  type ProposalParams,
} from "../lib/proposal-params";
import { withFilters } from "../../../ui/cursor-list";

const STATUS_COLORS: Readonly<Record<ProposalStatus, string>> = { SUBMITTED: "blue", ACCEPTED: "green", RETURNED: "orange" };

/** What an administrator may still do to a proposal in a status: the domain's transition table. */
const canDecide = (status: ProposalStatus): boolean => PROPOSAL_TRANSITIONS[status].ACCEPT !== undefined;

/**
 * The proposals inbox (`?year=&status=&unit=&after=`): one plan year's proposals in every status (or the
 * chosen ones), each with its status tag. Units propose training for the year; an administrator accepts
 * or returns each (with a reason) and makes an accepted one a candidate programme in one step.
 * Operators see their units' proposals only.
 */
export default function ProposalsPage() {
  const t = useT();
  const { message } = App.useApp();
  const { canEdit, isAdmin, user } = useAuth();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseProposalParams(searchParams), [searchParams]);
  const cycles = useCycleYears();
  const currentYear = new Date().getFullYear();
  const years = useMemo(() => planningYears(cycles.years, currentYear), [cycles.years, currentYear]);
  const [creating, setCreating] = useState(false);
  const [returning, setReturning] = useState<ProposalItemFragment | null>(null);
  const [promoting, setPromoting] = useState<ProposalItemFragment | null>(null);
  const plannedYear = defaultPlanYear(cycles.latest, currentYear);
  const year = params.year ?? (cycles.loading ? null : plannedYear);

  const wanted = useMemo(() => (year === null ? null : toProposalVariables(params, year)), [params, year]);
  const variables = useCommittedValue(wanted, JSON.stringify(wanted));
  const { data, previousData, loading, error } = useQuery(
    TrainingProposalsDocument,
    variables === null ? skipToken : { variables, notifyOnNetworkStatusChange: true },
  );
  const connection = (data ?? previousData)?.trainingProposals;
  const [decide, deciding] = useMutation(DecideProposalDocument, { update: evictProposals });

  const go = (next: ProposalParams) => setSearchParams(toProposalSearchParams(next));
  const date = (iso: string) => dayjs(iso).format(t("format.date"));

  const accept = async (p: ProposalItemFragment) => {
    const result = await decide({ variables: { input: { id: p.id, version: p.version, decision: "ACCEPT" } } }).catch((e: unknown) => {
      void message.error(errorMessage(t, apiErrorFacts(e)[0] ?? { message: "" }));
      return null;
    });
    if (result?.data) void message.success(t("proposals.accepted", { title: p.title }));
  };

  const columns: TableColumnsType<ProposalItemFragment> = [
    {
      key: "title",
      title: t("proposals.field.title"),
      render: (_, p) => (
        <Space orientation="vertical" size={0} style={{ maxWidth: 420 }}>
          <Typography.Text strong data-testid="proposal-title">
            {p.title}
          </Typography.Text>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }} ellipsis={{ rows: 2, expandable: true, symbol: t("common.more") }}>
            {p.justification}
          </Typography.Paragraph>
        </Space>
      ),
    },
    { key: "unit", title: t("proposals.field.unit"), render: (_, p) => p.unit.name },
    { key: "competency", title: t("proposals.field.competency"), render: (_, p) => <CompetencyLabel competency={p.competency} compact /> },
    { key: "year", title: t("proposals.field.year"), dataIndex: "year" },
    { key: "participants", title: t("proposals.field.participants"), dataIndex: "participants", align: "end" },
    { key: "jp", title: t("proposals.field.jp"), dataIndex: "jp", align: "end" },
    {
      key: "status",
      title: t("proposals.field.status"),
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <Tag color={STATUS_COLORS[p.status]} data-testid="proposal-status">
            {t(`enum.ProposalStatus.${p.status}`)}
          </Tag>
          {p.decidedAt && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {date(p.decidedAt)}
            </Typography.Text>
          )}
          {p.candidate && (
            <Link to={`/planning?year=${p.year}`} data-testid="proposal-candidate">
              <Tag color="purple" icon={<NodeIndexOutlined />}>
                {t("proposals.isCandidate")}
              </Tag>
            </Link>
          )}
          {p.decisionReason && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="proposal-reason">
              {p.decisionReason}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { key: "createdAt", title: t("proposals.field.createdAt"), render: (_, p) => date(p.createdAt) },
    ...(isAdmin
      ? [
          {
            key: "actions",
            title: t("common.actions"),
            fixed: "end" as const,
            render: (_: unknown, p: ProposalItemFragment) => {
              if (canDecide(p.status)) {
                return (
                  <Space size="small">
                    <Button size="small" type="primary" icon={<CheckOutlined />} loading={deciding.loading} onClick={() => void accept(p)} data-testid="proposal-accept">
                      {t("proposals.accept")}
                    </Button>
                    <Button size="small" danger icon={<RollbackOutlined />} onClick={() => setReturning(p)} data-testid="proposal-return">
                      {t("proposals.return")}
                    </Button>
                  </Space>
                );
              }
              if (p.status === "ACCEPTED" && !p.candidate) {
                return (
                  <Button size="small" icon={<NodeIndexOutlined />} onClick={() => setPromoting(p)} data-testid="proposal-to-candidate">
                    {t("proposals.toCandidate")}
                  </Button>
                );
              }
              return null;
            },
          },
        ]
      : []),
  ];

  const list = useCursorList({ params, go, pageInfo: connection?.pageInfo, loading, error });

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Text type="secondary">{isAdmin ? t("proposals.hintAdmin") : t("proposals.hint")}</Typography.Text>
      <Flex justify="space-between" align="center" wrap gap="small">
        <FilterBar
          testId="proposal-filters"
          clearable={hasProposalFilters(params)}
          clearText={t("needs.filter.clear")}
          onClear={() => go({ ...DEFAULT_PROPOSAL_PARAMS, year: params.year })}
        >
          <YearSelect id="filter-year" value={year} years={years} loading={cycles.loading} onChange={(y) => go(withFilters(params, { year: y }))} />
          <FilterSelect<ProposalStatus>
            multiple
            id="filter-status"
            label={t("proposals.field.status")}
            placeholder={t("proposals.allStatuses")}
            value={params.statuses}
            onChange={(statuses) => go(withFilters(params, { statuses }))}
            options={proposalStatusOptions(t)}
            width={260}
          />
          <UnitFilter label={t("needs.filter.unit")} value={params.unitId} onChange={(unitId) => go(withFilters(params, { unitId }))} />
        </FilterBar>
        {canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="proposal-new">
            {t("proposals.new")}
          </Button>
        )}
      </Flex>
      <ApiErrorAlert error={error} />
      <Table<ProposalItemFragment>
        data-testid="proposals-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        loading={loading}
        pagination={false}
        scroll={{ x: "max-content" }}
      />
      <CursorPager
        testIdPrefix="proposals"
        list={list}
        total={connection ? t("proposals.total", { count: connection.totalCount }) : ""}
      />
      {creating && (
        <ProposalFormModal
          years={years}
          defaultYear={year ?? plannedYear}
          defaultUnitId={user?.role === "UNIT_OPERATOR" ? (user.unit?.id ?? null) : null}
          onClose={() => setCreating(false)}
          onSubmitted={() => setCreating(false)}
        />
      )}
      {returning && <ReturnProposalModal proposal={returning} onClose={() => setReturning(null)} />}
      {promoting && (
        <CandidateFromProposalModal
          proposal={promoting}
          onClose={() => setPromoting(null)}
          onCreated={() => setPromoting(null)}
        />
      )}
    </Space>
  );
}
