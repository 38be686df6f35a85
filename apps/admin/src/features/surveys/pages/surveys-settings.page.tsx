import { useMemo, useState } from "react";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Input, Popconfirm, Space, Table, Tag, Typography } from "antd";
import type { ButtonProps, TableColumnsType } from "antd";
import { EditOutlined, LockOutlined, PlusOutlined, UnlockOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { Link, useSearchParams } from "react-router-dom";
import {
  CloseSurveyPeriodDocument,
  ReopenSurveyPeriodDocument,
  ServiceUnitsDocument,
  type ServiceUnitItemFragment,
  type SurveyPeriodItemFragment,
} from "../../../gql/graphql";
import { errorMessage } from "../../../i18n/errors";
import { useT } from "../../../i18n/i18n-context";
import { useAuth } from "../../../session/auth-context";
import { apiErrorFacts } from "../../../ui/api-error";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { withFilters } from "../../../ui/cursor-list";
import { CursorPager, useCursorList } from "../../../ui/cursor-pager";
import { FilterBar, FilterSelect } from "../../../ui/filter-select";
import { useKeyboardScrollable } from "../../../ui/use-keyboard-scrollable";
import { useNumberFormat } from "../../../ui/use-number-format";
import { evictSurveyPeriods } from "../components/evict-surveys";
import { ServiceUnitFormModal } from "../components/service-unit-form-modal";
import { SurveyPeriodFormModal } from "../components/survey-period-form-modal";
import { serviceUnitKindOptions } from "../components/survey-options";
import { useSurveyPeriods } from "../components/use-survey-periods";
import { nextHalf } from "../lib/survey-figures";
import { DEFAULT_SETTINGS_PARAMS, parseSettingsParams, toServiceUnitVariables, toSettingsSearchParams, type SettingsParams } from "../lib/survey-params";

const PAGE_SIZE = 20;

/**
 * The survey settings (`/surveys/settings?q=&kind=&after=`): the registry of service units (administrators change any,
 * operators their subtree's, analysts read) and the half-year survey periods (administrators open, close and reopen
 * them; a stale version is a CONFLICT shown above the list, which is then reloaded).
 */
export default function SurveysSettingsPage() {
  const t = useT();
  const number = useNumberFormat();
  const { message } = App.useApp();
  const client = useApolloClient();
  const { canEdit, isAdmin } = useAuth();
  const scrollable = useKeyboardScrollable<HTMLDivElement>(t("common.scrollableTable"));
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseSettingsParams(searchParams), [searchParams]);
  const go = (next: SettingsParams) => setSearchParams(toSettingsSearchParams(next));
  const [search, setSearch] = useState(params.search);
  const [editing, setEditing] = useState<ServiceUnitItemFragment | "new" | null>(null);
  const [creatingPeriod, setCreatingPeriod] = useState(false);
  const [periodError, setPeriodError] = useState<unknown>(null);

  const units = useQuery(ServiceUnitsDocument, { variables: toServiceUnitVariables(params, PAGE_SIZE), notifyOnNetworkStatusChange: true });
  const connection = (units.data ?? units.previousData)?.serviceUnits;
  const list = useCursorList({ params, go, pageInfo: connection?.pageInfo, loading: units.loading, error: units.error });
  const periods = useSurveyPeriods(null);
  const [close, closing] = useMutation(CloseSurveyPeriodDocument, { update: evictSurveyPeriods });
  const [reopen, reopening] = useMutation(ReopenSurveyPeriodDocument, { update: evictSurveyPeriods });
  const date = (iso: string) => dayjs(iso).format(t("format.date"));

  const changeStatus = async (p: SurveyPeriodItemFragment) => {
    setPeriodError(null);
    try {
      if (p.status === "OPEN") await close({ variables: { id: p.id, version: p.version } });
      else await reopen({ variables: { id: p.id, version: p.version } });
      void message.success(t(p.status === "OPEN" ? "surveys.period.closed" : "surveys.period.reopened", { code: p.code }));
    } catch (e) {
      // A conflict (someone changed the period since it was read): say so above the list, and show the current state.
      setPeriodError(e);
      void message.error(errorMessage(t, apiErrorFacts(e)[0] ?? { message: "" }));
      evictSurveyPeriods(client.cache);
    }
  };

  const unitColumns: TableColumnsType<ServiceUnitItemFragment> = [
    {
      key: "name",
      title: t("surveys.unit.field.name"),
      render: (_, u) => (
        <Space orientation="vertical" size={0} style={{ maxWidth: 280 }}>
          <Link to={`/surveys/units/${u.id}`} data-testid="service-unit-link">
            {u.name}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`enum.ServiceUnitKind.${u.kind}`)}
          </Typography.Text>
        </Space>
      ),
    },
    { key: "code", title: t("surveys.unit.field.code"), render: (_, u) => <Typography.Text code data-testid="service-unit-code">{u.code}</Typography.Text> },
    { key: "unit", title: t("surveys.unit.field.unit"), render: (_, u) => <span style={{ display: "inline-block", maxWidth: 220 }}>{u.unit.name}</span> },
    { key: "users", title: t("surveys.unit.field.yearlyUsers"), align: "end", render: (_, u) => number(u.yearlyUsers) },
    {
      key: "sample",
      title: t("surveys.unit.field.requiredSample"),
      align: "end",
      render: (_, u) => <span data-testid="service-unit-sample">{number(u.requiredSample)}</span>,
    },
    {
      key: "active",
      title: t("surveys.unit.field.active"),
      render: (_, u) => (u.active ? <Tag color="green">{t("surveys.unit.active")}</Tag> : <Tag>{t("surveys.unit.inactive")}</Tag>),
    },
    ...(canEdit
      ? [
          {
            key: "actions",
            title: t("common.actions"),
            render: (_: unknown, u: ServiceUnitItemFragment) => (
              <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(u)} data-testid="service-unit-edit" aria-label={t("surveys.unit.edit", { name: u.name })} />
            ),
          },
        ]
      : []),
  ];

  const periodColumns: TableColumnsType<SurveyPeriodItemFragment> = [
    { key: "code", title: t("surveys.col.period"), render: (_, p) => <Typography.Text strong data-testid="survey-period-code">{p.code}</Typography.Text> },
    { key: "dates", title: t("surveys.period.field.dates"), render: (_, p) => t("surveys.period.range", { from: date(p.startsOn), to: date(p.endsOn) }) },
    {
      key: "status",
      title: t("surveys.period.field.status"),
      render: (_, p) => (
        <Tag color={p.status === "OPEN" ? "green" : "default"} data-testid="survey-period-state" data-status={p.status}>
          {t(`enum.SurveyPeriodStatus.${p.status}`)}
        </Tag>
      ),
    },
    ...(isAdmin
      ? [
          {
            key: "actions",
            title: t("common.actions"),
            render: (_: unknown, p: SurveyPeriodItemFragment) => (
              <Popconfirm
                title={t(p.status === "OPEN" ? "surveys.period.closeConfirm" : "surveys.period.reopenConfirm", { code: p.code })}
                okText={t(p.status === "OPEN" ? "surveys.period.close" : "surveys.period.reopen")}
                cancelText={t("common.cancel")}
                onConfirm={() => changeStatus(p)}
                okButtonProps={{ "data-testid": "survey-period-confirm" } as ButtonProps}
              >
                <Button
                  size="small"
                  icon={p.status === "OPEN" ? <LockOutlined /> : <UnlockOutlined />}
                  loading={closing.loading || reopening.loading}
                  data-testid={p.status === "OPEN" ? "survey-period-close" : "survey-period-reopen"}
                >
                  {t(p.status === "OPEN" ? "surveys.period.close" : "surveys.period.reopen")}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  const currentYear = new Date().getFullYear();

  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Card
        size="small"
        title={t("surveys.units.title")}
        extra={
          canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")} data-testid="service-unit-new">
              {t("surveys.unit.new")}
            </Button>
          )
        }
      >
        <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
          <Typography.Text type="secondary">{canEdit ? (isAdmin ? t("surveys.units.hintAdmin") : t("surveys.units.hintOperator")) : t("surveys.units.hintAnalyst")}</Typography.Text>
          <FilterBar
            testId="service-unit-filters"
            clearable={params.search !== "" || params.kind !== null}
            clearText={t("needs.filter.clear")}
            onClear={() => {
              setSearch("");
              go(DEFAULT_SETTINGS_PARAMS);
            }}
          >
            <Input.Search
              id="service-unit-search"
              data-testid="service-unit-search"
              aria-label={t("surveys.units.search")}
              placeholder={t("surveys.units.search")}
              allowClear
              value={search}
              maxLength={100}
              onChange={(e) => setSearch(e.target.value)}
              onSearch={(value) => go(withFilters(params, { search: value }))}
              style={{ width: 260 }}
            />
            <FilterSelect
              id="filter-kind"
              label={t("surveys.unit.field.kind")}
              value={params.kind}
              onChange={(kind) => go(withFilters(params, { kind }))}
              options={serviceUnitKindOptions(t)}
              width={220}
            />
          </FilterBar>
          <ApiErrorAlert error={units.error} />
          <div ref={scrollable}>
            <Table<ServiceUnitItemFragment>
              data-testid="service-units-table"
              rowKey="id"
              size="small"
              columns={unitColumns}
              dataSource={connection?.edges.map((e) => e.node) ?? []}
              loading={units.loading}
              pagination={false}
              scroll={{ x: "max-content" }}
            />
          </div>
          <CursorPager list={list} testIdPrefix="service-units" total={connection ? t("surveys.unitsTotal", { count: number(connection.totalCount) }) : ""} />
        </Space>
      </Card>

      <Card
        size="small"
        title={t("surveys.periods.title")}
        extra={
          isAdmin && (
            <Button icon={<PlusOutlined />} onClick={() => setCreatingPeriod(true)} data-testid="survey-period-new">
              {t("surveys.period.new")}
            </Button>
          )
        }
      >
        <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
          <Typography.Text type="secondary">{t("surveys.periods.hint")}</Typography.Text>
          {periodError !== null && apiErrorFacts(periodError).some((f) => f.code === "CONFLICT") && (
            <Alert type="warning" showIcon role="alert" data-testid="survey-period-conflict" title={t("surveys.period.conflict")} />
          )}
          <ApiErrorAlert error={periodError ?? periods.error} testId="survey-period-error" />
          <Table<SurveyPeriodItemFragment>
            data-testid="survey-periods-table"
            rowKey="id"
            size="small"
            columns={periodColumns}
            dataSource={[...periods.periods].reverse()}
            loading={periods.loading}
            pagination={false}
            scroll={{ x: "max-content" }}
          />
        </Space>
      </Card>

      {editing !== null && <ServiceUnitFormModal serviceUnit={editing === "new" ? null : editing} onClose={() => setEditing(null)} />}
      {creatingPeriod && <SurveyPeriodFormModal suggested={nextHalf(periods.periods, currentYear)} onClose={() => setCreatingPeriod(false)} />}
    </Space>
  );
}
