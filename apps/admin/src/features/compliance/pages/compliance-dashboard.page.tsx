import { useState } from "react";
import { skipToken, useApolloClient, useQuery } from "@apollo/client/react";
import { App, Breadcrumb, Button, Card, Col, Empty, Flex, Row, Segmented, Select, Space, Statistic, Table, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { DownloadOutlined, HomeOutlined } from "@ant-design/icons";
import { JP_LEDGER_STATUSES } from "@bina/domain";
import { JpComplianceDocument, JpEarlyWarningsDocument, JpEmployeesDocument, JpTrainingHistoryCsvDocument, type JpUnitComplianceItemFragment } from "../../../gql/graphql";
import { errorMessage } from "../../../i18n/errors";
import { useT } from "../../../i18n/i18n-context";
import { apiErrorFacts } from "../../../ui/api-error";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { afterOf, withFilters } from "../../../ui/cursor-list";
import { CursorPager, useCursorList } from "../../../ui/cursor-pager";
import { downloadTextFile } from "../../../ui/download-text-file";
import { FilterSelect } from "../../../ui/filter-select";
import { useNumberFormat } from "../../../ui/use-number-format";
import { unitPath, useUnits } from "../../organization";
import { LedgerList } from "../components/ledger-list";
import { ShareBar } from "../components/share-bar";
import { useComplianceParams } from "../components/use-compliance-params";
import { pnsAtRisk, sharePercent } from "../lib/compliance-figures";
import { ledgerYears, type ComplianceList } from "../lib/compliance-params";

const PAGE_SIZE = 20;

/**
 * The JP compliance dashboard: a unit's totals for the year, its sub-units ranked by the share of PNS at 20 JP,
 * its employees with their ledgers and the early-warning list; the year's training history as CSV. Operators see
 * their own unit (the API scopes every figure).
 */
export function ComplianceDashboardPage() {
  const t = useT();
  const number = useNumberFormat();
  const client = useApolloClient();
  const { message } = App.useApp();
  const { params, year, currentYear, go } = useComplianceParams();
  const { units } = useUnits();
  const unitId = params.unitId;

  const compliance = useQuery(JpComplianceDocument, { variables: { year, unitId }, notifyOnNetworkStatusChange: true });
  const listVariables = { year, unitId, first: PAGE_SIZE, after: afterOf(params) };
  const employees = useQuery(
    JpEmployeesDocument,
    params.list === "employees" ? { variables: { ...listVariables, status: params.status }, notifyOnNetworkStatusChange: true } : skipToken,
  );
  const warnings = useQuery(JpEarlyWarningsDocument, params.list === "warnings" ? { variables: listVariables, notifyOnNetworkStatusChange: true } : skipToken);
  const list = params.list === "employees" ? employees : warnings;
  const connection = params.list === "employees" ? (employees.data ?? employees.previousData)?.jpEmployees : (warnings.data ?? warnings.previousData)?.jpEarlyWarnings;
  const pager = useCursorList({ params, go, pageInfo: connection?.pageInfo, loading: list.loading, error: list.error });

  const answer = (compliance.data ?? compliance.previousData)?.jpCompliance;
  const total = answer?.total;
  const path = unitId ? unitPath(units, unitId) : [];
  const ids = new Set(units.map((u) => u.id));
  const roots = units.filter((u) => !u.parentId || !ids.has(u.parentId));
  const trimmed = path[0] && roots.some((r) => r.id === path[0]?.id) ? path.slice(1) : path;

  const openUnit = (id: string | null) => go(withFilters(params, { unitId: id }));

  const [exporting, setExporting] = useState(false);
  const exportCsv = async () => {
    setExporting(true);
    try {
      const { data } = await client.query({ query: JpTrainingHistoryCsvDocument, variables: { year, unitId }, fetchPolicy: "network-only" });
      const file = data?.jpTrainingHistoryCsv;
      if (file) {
        downloadTextFile(file.fileName, file.csv);
        void message.success(t("compliance.exported", { rows: file.rows }));
      }
    } catch (e) {
      void message.error(errorMessage(t, apiErrorFacts(e)[0] ?? { message: "" }));
    } finally {
      setExporting(false);
    }
  };

  const columns: TableColumnsType<JpUnitComplianceItemFragment> = [
    { key: "rank", title: t("compliance.col.rank"), width: 56, render: (_, _row, index) => <span data-testid="rank-number">{index + 1}</span> },
    {
      key: "unit",
      title: t("compliance.col.unit"),
      render: (_, row) => (
        <Button
          type="link"
          style={{ padding: 0, height: "auto", whiteSpace: "normal", textAlign: "start" }}
          onClick={() => openUnit(row.unit.id)}
          data-testid={`compliance-drill-${row.unit.code}`}
        >
          <span data-testid="ranked-unit-name">{row.unit.name}</span>
        </Button>
      ),
    },
    { key: "pns", title: t("compliance.col.pns"), align: "right", render: (_, row) => number(row.pnsCount) },
    { key: "met", title: t("compliance.col.met"), align: "right", render: (_, row) => number(row.pnsMet) },
    { key: "share", title: t("compliance.col.share"), render: (_, row) => <ShareBar share={row.share} testId="ranked-unit-share" /> },
    { key: "risk", title: t("compliance.col.atRisk"), align: "right", render: (_, row) => number(pnsAtRisk(row)) },
    { key: "mean", title: t("compliance.col.meanJp"), align: "right", render: (_, row) => (row.meanJp === null ? t("common.none") : number(row.meanJp, 1)) },
    { key: "overCap", title: t("compliance.col.pppkOverCap"), align: "right", render: (_, row) => number(row.pppkOverCap) },
  ];

  const totalPercent = total ? sharePercent(total.share) : null;
  const edges = connection?.edges ?? [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Text type="secondary">{t("compliance.hint")}</Typography.Text>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Select<number>
          id="compliance-year"
          data-testid="compliance-year"
          aria-label={t("compliance.year")}
          value={year}
          onChange={(y) => go(withFilters(params, { year: y === currentYear ? null : y }))}
          options={ledgerYears(currentYear, year).map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 110 }}
        />
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportCsv()} data-testid="compliance-export">
          {t("compliance.export")}
        </Button>
      </Flex>
      <Breadcrumb
        data-testid="compliance-breadcrumb"
        items={[
          {
            key: "root",
            title:
              trimmed.length === 0 ? (
                <span data-testid="compliance-crumb-root">
                  <HomeOutlined /> {roots.length === 1 && roots[0] ? roots[0].name : t("compliance.allUnits")}
                </span>
              ) : (
                <Button type="link" size="small" style={{ padding: 0, height: "auto" }} onClick={() => openUnit(null)} data-testid="compliance-crumb-root">
                  <HomeOutlined /> {roots.length === 1 && roots[0] ? roots[0].name : t("compliance.allUnits")}
                </Button>
              ),
          },
          ...trimmed.map((unit, i) => ({
            key: unit.id,
            title:
              i === trimmed.length - 1 ? (
                <span data-testid="compliance-crumb-current">{unit.name}</span>
              ) : (
                <Button type="link" size="small" style={{ padding: 0, height: "auto" }} onClick={() => openUnit(unit.id)}>
                  {unit.name}
                </Button>
              ),
          })),
        ]}
      />
      <ApiErrorAlert error={compliance.error} />
      <Row gutter={[16, 16]} data-testid="compliance-totals">
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t("compliance.total.pns")} value={total ? number(total.pnsCount) : "–"} loading={!total} data-testid="total-pns" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t("compliance.total.share")}
              value={totalPercent === null ? t("common.none") : t("compliance.sharePercent", { percent: number(totalPercent, 1) })}
              loading={!total}
              data-testid="total-share"
            />
            {total && (
              <Typography.Text type="secondary" data-testid="total-met">
                {t("compliance.total.metOf", { met: number(total.pnsMet), pns: number(total.pnsCount) })}
              </Typography.Text>
            )}
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t("compliance.total.atRisk")} value={total ? number(pnsAtRisk(total)) : "–"} loading={!total} data-testid="total-at-risk" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t("compliance.total.pppkOverCap")} value={total ? number(total.pppkOverCap) : "–"} loading={!total} data-testid="total-pppk-over-cap" />
            {total && (
              <Typography.Text type="secondary">{t("compliance.total.pppkOf", { pppk: number(total.pppkCount) })}</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
      {(answer?.units.length ?? 0) > 0 || compliance.loading ? (
        <>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t("compliance.ranking")}
          </Typography.Title>
          <Table<JpUnitComplianceItemFragment>
            data-testid="compliance-ranking"
            rowKey={(row) => row.unit.id}
            size="small"
            columns={columns}
            dataSource={[...(answer?.units ?? [])]}
            loading={compliance.loading}
            pagination={false}
            scroll={{ x: "max-content" }}
            locale={{ emptyText: <Empty description={t("compliance.noUnits")} /> }}
          />
        </>
      ) : null}
      <Flex justify="space-between" align="center" wrap gap="small">
        <Segmented<ComplianceList>
          data-testid="compliance-list"
          aria-label={t("compliance.listChoice")}
          value={params.list}
          onChange={(value) => go(withFilters(params, { list: value }))}
          options={[
            { value: "employees", label: <span data-testid="compliance-list-employees">{t("compliance.list.employees")}</span> },
            { value: "warnings", label: <span data-testid="compliance-list-warnings">{t("compliance.list.warnings")}</span> },
          ]}
        />
        {params.list === "employees" && (
          <FilterSelect
            id="filter-ledger-status"
            label={t("compliance.filter.status")}
            width={200}
            value={params.status}
            onChange={(status) => go(withFilters(params, { status }))}
            options={JP_LEDGER_STATUSES.map((s) => ({ value: s, label: t(`enum.JpLedgerStatus.${s}`) }))}
          />
        )}
      </Flex>
      {params.list === "warnings" && <Typography.Text type="secondary">{t("compliance.warningsHint")}</Typography.Text>}
      <ApiErrorAlert error={list.error} testId="compliance-list-error" />
      <LedgerList
        rows={edges.map((e) => e.node)}
        loading={list.loading}
        testId={params.list === "employees" ? "compliance-employees" : "compliance-warnings"}
        emptyText={params.list === "employees" ? t("compliance.noEmployees") : t("compliance.noWarnings")}
      />
      <CursorPager
        list={pager}
        testIdPrefix="compliance-list"
        total={connection ? t(params.list === "employees" ? "compliance.employeesTotal" : "compliance.warningsTotal", { count: number(connection.totalCount) }) : ""}
      />
    </Space>
  );
}
