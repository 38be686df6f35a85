import { useMemo } from "react";
import { skipToken, useQuery } from "@apollo/client/react";
import { Button, Card, Col, Empty, Flex, Row, Select, Space, Statistic, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { MinusSquareOutlined, PlusSquareOutlined } from "@ant-design/icons";
import { Link, useSearchParams } from "react-router-dom";
import { IkmResultsDocument, IkmSummaryDocument, type IkmResultsQuery } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { afterOf, withFilters } from "../../../ui/cursor-list";
import { CursorPager, useCursorList } from "../../../ui/cursor-pager";
import { useKeyboardScrollable } from "../../../ui/use-keyboard-scrollable";
import { useNumberFormat } from "../../../ui/use-number-format";
import { UnitFilter } from "../../organization";
import { ElementStrip } from "../components/element-strip";
import { IkmBandTag } from "../components/ikm-band-tag";
import { IkmBar } from "../components/ikm-bar";
import { SampleBar } from "../components/sample-bar";
import { useSurveyPeriods } from "../components/use-survey-periods";
import { BAND_BACKGROUNDS, BAND_COLORS } from "../lib/survey-figures";
import { parseDashboardParams, toDashboardSearchParams, type DashboardParams } from "../lib/survey-params";

const PAGE_SIZE = 20;

type ResultRow = IkmResultsQuery["ikmResults"]["edges"][number]["node"];

/**
 * The SKM dashboard (`/surveys?period=&unit=&after=`): a period's IKM of the city with its band, respondents and the
 * service units meeting their required sample; the nine elements; the service units ranked weakest first with their
 * band and sample progress (each opens its page). Operators see their subtree's units (the API scopes every figure).
 */
export default function SurveysDashboardPage() {
  const t = useT();
  const number = useNumberFormat();
  const scrollable = useKeyboardScrollable<HTMLDivElement>(t("common.scrollableTable"));
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseDashboardParams(searchParams), [searchParams]);
  const go = (next: DashboardParams) => setSearchParams(toDashboardSearchParams(next));
  const periods = useSurveyPeriods(params.periodId);
  const period = periods.chosen;

  const summary = useQuery(IkmSummaryDocument, period ? { variables: { periodId: period.id }, notifyOnNetworkStatusChange: true } : skipToken);
  const results = useQuery(
    IkmResultsDocument,
    period ? { variables: { periodId: period.id, unitId: params.unitId, first: PAGE_SIZE, after: afterOf(params) }, notifyOnNetworkStatusChange: true } : skipToken,
  );
  const answer = (summary.data ?? summary.previousData)?.ikmSummary;
  const connection = (results.data ?? results.previousData)?.ikmResults;
  const list = useCursorList({ params, go, pageInfo: connection?.pageInfo, loading: results.loading, error: results.error });
  const rankOffset = params.cursors.length * PAGE_SIZE;

  const columns: TableColumnsType<ResultRow> = [
    { key: "rank", title: t("surveys.col.rank"), width: 56, render: (_, _row, index) => rankOffset + index + 1 },
    {
      key: "unit",
      title: t("surveys.col.serviceUnit"),
      render: (_, row) => (
        <Space orientation="vertical" size={0} style={{ maxWidth: 320 }}>
          <Link to={`/surveys/units/${row.serviceUnit.id}${period ? `?period=${period.id}` : ""}`} data-testid="ikm-unit-link" data-code={row.serviceUnit.code}>
            <span data-testid="ikm-unit-name">{row.serviceUnit.name}</span>
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`enum.ServiceUnitKind.${row.serviceUnit.kind}`)}
          </Typography.Text>
        </Space>
      ),
    },
    { key: "ikm", title: t("surveys.col.ikm"), render: (_, row) => <IkmBar ikm={row.ikm} band={row.band} testId="ikm-unit-ikm" /> },
    { key: "band", title: t("surveys.col.band"), render: (_, row) => <IkmBandTag band={row.band} testId="ikm-unit-band" /> },
    {
      key: "sample",
      title: t("surveys.col.sample"),
      render: (_, row) => (
        <Space size={4} wrap>
          <SampleBar respondents={row.respondents} required={row.requiredSample} testId="ikm-unit-sample" />
          {row.sampleMet && <Tag color="green">{t("surveys.sample.met")}</Tag>}
        </Space>
      ),
    },
    {
      key: "weak",
      title: t("surveys.col.weak"),
      render: (_, row) => {
        const weak = row.elements.filter((e) => e.band === "C" || e.band === "D");
        return weak.length === 0 ? (
          <Typography.Text type="secondary">{t("common.none")}</Typography.Text>
        ) : (
          <Space size={4} wrap data-testid="ikm-unit-weak">
            {weak.map((e) => (
              <Tag key={e.element} style={{ color: BAND_COLORS[e.band ?? "C"], background: BAND_BACKGROUNDS[e.band ?? "C"], borderColor: BAND_COLORS[e.band ?? "C"] }}>
                {t("surveys.weakElement", { element: e.element, nrr: number(e.nrr ?? 0, 2), band: e.band ?? "" })}
              </Tag>
            ))}
          </Space>
        );
      },
    },
  ];

  const noPeriods = !periods.loading && !periods.error && periods.periods.length === 0;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Text type="secondary">{t("surveys.hint")}</Typography.Text>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Space wrap size="small">
          <Select<string>
            id="survey-period"
            data-testid="survey-period"
            aria-label={t("surveys.period.pick")}
            loading={periods.loading}
            value={period?.id}
            onChange={(id) => go(withFilters(params, { periodId: id }))}
            options={[...periods.periods].reverse().map((p) => ({ value: p.id, label: t("surveys.period.option", { code: p.code, status: t(`enum.SurveyPeriodStatus.${p.status}`) }) }))}
            style={{ width: 200 }}
          />
          <UnitFilter label={t("surveys.filter.unit")} value={params.unitId} onChange={(unitId) => go(withFilters(params, { unitId }))} />
        </Space>
        {period && (
          <Typography.Text type="secondary" data-testid="survey-period-status">
            {t("surveys.period.dates", { code: period.code, status: t(`enum.SurveyPeriodStatus.${period.status}`) })}
          </Typography.Text>
        )}
      </Flex>
      <ApiErrorAlert error={periods.error ?? summary.error} />
      {noPeriods && <Empty description={t("surveys.noPeriods")} data-testid="surveys-no-periods" />}
      {period && (
        <>
          <Row gutter={[16, 16]} data-testid="ikm-totals">
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title={t("surveys.total.ikm")}
                  value={answer ? (answer.ikm === null ? t("surveys.noIkm") : number(answer.ikm, 2)) : "–"}
                  loading={!answer}
                  data-testid="ikm-city"
                />
                {answer && <IkmBandTag band={answer.band} testId="ikm-city-band" />}
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t("surveys.total.respondents")} value={answer ? number(answer.respondents) : "–"} loading={!answer} data-testid="ikm-respondents" />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title={t("surveys.total.sampleMet")}
                  value={answer ? t("surveys.total.unitsOf", { met: number(answer.unitsMeetingSample), units: number(answer.units) }) : "–"}
                  loading={!answer}
                  data-testid="ikm-units-sample"
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title={t("surveys.total.withResponses")}
                  value={answer ? t("surveys.total.unitsOf", { met: number(answer.unitsWithResponses), units: number(answer.units) }) : "–"}
                  loading={!answer}
                  data-testid="ikm-units-responding"
                />
              </Card>
            </Col>
          </Row>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t("surveys.elements.title")}
          </Typography.Title>
          <Typography.Text type="secondary">{t("surveys.elements.hint")}</Typography.Text>
          {answer && <ElementStrip elements={answer.elements} testId="ikm-city-elements" />}
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t("surveys.ranking")}
          </Typography.Title>
          <ApiErrorAlert error={results.error} testId="ikm-results-error" />
          <div ref={scrollable}>
            <Table<ResultRow>
              data-testid="ikm-ranking"
              rowKey={(row) => row.serviceUnit.id}
              size="small"
              columns={columns}
              dataSource={rows}
              loading={results.loading}
              pagination={false}
              scroll={{ x: "max-content" }}
              locale={{ emptyText: <Empty description={t("surveys.noUnits")} /> }}
              expandable={{
                expandedRowRender: (row) => <ElementStrip elements={row.elements} testId={`ikm-unit-elements-${row.serviceUnit.code}`} />,
                expandIcon: ({ expanded, onExpand, record }) => (
                  <Button
                    type="text"
                    size="small"
                    icon={expanded ? <MinusSquareOutlined /> : <PlusSquareOutlined />}
                    aria-label={t(expanded ? "surveys.elements.hide" : "surveys.elements.show", { name: record.serviceUnit.name })}
                    aria-expanded={expanded}
                    data-testid="ikm-unit-expand"
                    onClick={(e) => onExpand(record, e)}
                  />
                ),
              }}
            />
          </div>
          <CursorPager list={list} testIdPrefix="ikm-ranking" total={connection ? t("surveys.unitsTotal", { count: number(connection.totalCount) }) : ""} />
        </>
      )}
    </Space>
  );
}
