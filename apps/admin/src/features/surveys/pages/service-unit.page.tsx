import { useMemo } from "react";
import { skipToken, useQuery } from "@apollo/client/react";
import { Breadcrumb, Button, Card, Col, Descriptions, Empty, Flex, Row, Select, Space, Spin, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { ArrowDownOutlined, ArrowUpOutlined, FilePdfOutlined, LinkOutlined, PrinterOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { Link, useParams, useSearchParams } from "react-router-dom";
import {
  IkmBeforeAfterTrainingDocument,
  ServiceUnitDetailDocument,
  ServiceUnitPeriodResultDocument,
  type IkmPointBriefFragment,
  type IkmPointItemFragment,
  type SurveyPeriodItemFragment,
} from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { NotFound } from "../../../ui/not-found";
import { useNumberFormat } from "../../../ui/use-number-format";
import { ElementStrip } from "../components/element-strip";
import { IkmBandTag } from "../components/ikm-band-tag";
import { IkmTrendChart } from "../components/ikm-trend-chart";
import { SampleBar } from "../components/sample-bar";
import { absoluteSurveyUrl, changeDirection, ikmChange, jakartaToday, posterPath } from "../lib/survey-figures";
import { parseUnitPageParams, toUnitPageSearchParams, type UnitPageParams } from "../lib/survey-params";
import { useKeyboardScrollable } from "../../../ui/use-keyboard-scrollable";

/** Every service unit of an org unit's subtree fits one page of results (the registry is small; the API caps at 100). */
const RESULTS_PAGE = 100;

/**
 * One service unit (`/surveys/units/:id?period=&year=`): its IKM over every period (chart and table), the nine elements
 * of a period, its IKM before and after its staff's training of a year (the analysts' query), and the public survey's
 * address with the QR poster of each period (A4 PDF from the API) to print.
 */
export default function ServiceUnitPage() {
  const t = useT();
  // Tables that scroll sideways on a phone are reachable by keyboard (axe: scrollable-region-focusable).
  const scrollable = useKeyboardScrollable<HTMLDivElement>(t("common.scrollableTable"));
  const number = useNumberFormat();
  const { id = "" } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseUnitPageParams(searchParams), [searchParams]);
  const go = (next: UnitPageParams) => setSearchParams(toUnitPageSearchParams(next), { replace: true });
  const date = (iso: string) => dayjs(iso).format(t("format.date"));

  const detail = useQuery(ServiceUnitDetailDocument, { variables: { id } });
  const unit = detail.data?.serviceUnit ?? null;
  const trend = useMemo(() => detail.data?.ikmTrend ?? [], [detail.data]);
  const periods = useMemo(() => detail.data?.surveyPeriods ?? [], [detail.data]);

  // The elements' period: the URL's, else the latest with responses, else the latest.
  const withResponses = trend.filter((p) => p.respondents > 0);
  const elementsPeriod: SurveyPeriodItemFragment | null =
    periods.find((p) => p.id === params.periodId) ?? withResponses.at(-1)?.period ?? periods.at(-1) ?? null;
  const periodResult = useQuery(
    ServiceUnitPeriodResultDocument,
    unit && elementsPeriod ? { variables: { periodId: elementsPeriod.id, unitId: unit.unit.id, first: RESULTS_PAGE } } : skipToken,
  );
  const result = (periodResult.data ?? periodResult.previousData)?.ikmResults.edges.map((e) => e.node).find((r) => r.serviceUnit.id === id) ?? null;

  // Before and after training: the year's programmes (the URL's year, else this year in Jakarta).
  const currentYear = Number(jakartaToday(new Date()).slice(0, 4));
  const year = params.year ?? currentYear;
  const years = [...new Set([currentYear - 2, currentYear - 1, currentYear, year])].sort((a, b) => b - a);
  const training = useQuery(IkmBeforeAfterTrainingDocument, unit ? { variables: { year, first: RESULTS_PAGE } } : skipToken);
  const beforeAfter = (training.data ?? training.previousData)?.ikmBeforeAfterTraining.edges.map((e) => e.node).find((r) => r.serviceUnit.id === id) ?? null;

  if (detail.loading && !detail.data) return <Spin description={t("common.loading")} />;
  if (detail.error) return <ApiErrorAlert error={detail.error} />;
  if (!unit) return <NotFound />;

  const publicUrl = absoluteSurveyUrl(window.location.origin, unit.surveyUrl);
  const change = beforeAfter ? (beforeAfter.change ?? ikmChange(beforeAfter.before?.ikm, beforeAfter.after?.ikm)) : null;
  const direction = changeDirection(change);

  const trendColumns: TableColumnsType<IkmPointItemFragment> = [
    { key: "period", title: t("surveys.col.period"), render: (_, p) => <span data-testid="trend-period">{p.period.code}</span> },
    { key: "ikm", title: t("surveys.col.ikm"), align: "end", render: (_, p) => <span data-testid="trend-ikm" data-ikm={p.ikm ?? ""}>{p.ikm === null ? t("surveys.noIkm") : number(p.ikm, 2)}</span> },
    { key: "band", title: t("surveys.col.band"), render: (_, p) => <IkmBandTag band={p.band} testId="trend-band" /> },
    { key: "respondents", title: t("surveys.col.respondents"), align: "end", render: (_, p) => <span data-testid="trend-respondents">{number(p.respondents)}</span> },
  ];

  const point = (p: IkmPointBriefFragment | null | undefined, testId: string) =>
    p ? (
      <Space size={4} wrap data-testid={testId} data-ikm={p.ikm ?? ""}>
        <Typography.Text strong>{p.ikm === null ? t("surveys.noIkm") : number(p.ikm, 2)}</Typography.Text>
        <IkmBandTag band={p.band} />
        <Typography.Text type="secondary">{t("surveys.training.inPeriod", { code: p.period.code, respondents: number(p.respondents) })}</Typography.Text>
      </Space>
    ) : (
      <Typography.Text type="secondary" data-testid={testId}>
        {t("surveys.training.noPeriod")}
      </Typography.Text>
    );

  return (
    <div ref={scrollable}>
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="service-unit-page">
      <Breadcrumb items={[{ key: "dashboard", title: <Link to="/surveys">{t("surveys.tab.dashboard")}</Link> }, { key: "unit", title: unit.name }]} />
      <Flex justify="space-between" align="start" wrap gap="small">
        <Space orientation="vertical" size={0}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="service-unit-name">
            {unit.name}
          </Typography.Title>
          <Space size={4} wrap>
            <Tag>{t(`enum.ServiceUnitKind.${unit.kind}`)}</Tag>
            {!unit.active && <Tag color="default" data-testid="service-unit-inactive">{t("surveys.unit.inactive")}</Tag>}
          </Space>
        </Space>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="service-unit-print">
          {t("surveys.unit.print")}
        </Button>
      </Flex>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t("surveys.unit.field.unit")}>{unit.unit.name}</Descriptions.Item>
        <Descriptions.Item label={t("surveys.unit.field.code")}>
          <Typography.Text code>{unit.code}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t("surveys.unit.field.yearlyUsers")}>{number(unit.yearlyUsers)}</Descriptions.Item>
        <Descriptions.Item label={t("surveys.unit.field.requiredSample")}>
          <span data-testid="service-unit-required-sample">{t("surveys.unit.requiredSampleValue", { sample: number(unit.requiredSample) })}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t("surveys.unit.publicLink")} span={2}>
          <Typography.Link href={unit.surveyUrl} target="_blank" rel="noopener" data-testid="service-unit-public-link" copyable={{ text: publicUrl, tooltips: [t("surveys.unit.copy"), t("surveys.unit.copied")] }}>
            <LinkOutlined /> {publicUrl}
          </Typography.Link>
        </Descriptions.Item>
      </Descriptions>

      <Card size="small" title={t("surveys.trend.title")}>
        {trend.length === 0 ? (
          <Empty description={t("surveys.trend.none")} />
        ) : (
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={14}>
              <IkmTrendChart points={trend.map((p) => ({ label: p.period.code, ikm: p.ikm, band: p.band }))} />
            </Col>
            <Col xs={24} lg={10}>
              <Table<IkmPointItemFragment>
                data-testid="ikm-trend"
                rowKey={(p) => p.period.id}
                size="small"
                columns={trendColumns}
                dataSource={[...trend]}
                pagination={false}
                scroll={{ x: "max-content" }}
              />
            </Col>
          </Row>
        )}
      </Card>

      <Card
        size="small"
        title={t("surveys.elements.ofPeriod")}
        extra={
          <Select<string>
            id="elements-period"
            data-testid="elements-period"
            aria-label={t("surveys.period.pick")}
            value={elementsPeriod?.id}
            onChange={(periodId) => go({ ...params, periodId })}
            options={[...periods].reverse().map((p) => ({ value: p.id, label: p.code }))}
            style={{ width: 120 }}
          />
        }
      >
        <ApiErrorAlert error={periodResult.error} />
        {result ? (
          <Space orientation="vertical" size="small" style={{ width: "100%" }}>
            <Space wrap size="middle">
              <Typography.Text>
                {t("surveys.col.ikm")}:{" "}
                <Typography.Text strong data-testid="unit-period-ikm" data-ikm={result.ikm ?? ""}>
                  {result.ikm === null ? t("surveys.noIkm") : number(result.ikm, 2)}
                </Typography.Text>
              </Typography.Text>
              <IkmBandTag band={result.band} testId="unit-period-band" />
              <SampleBar respondents={result.respondents} required={result.requiredSample} testId="unit-period-sample" />
            </Space>
            <ElementStrip elements={result.elements} testId="unit-period-elements" />
          </Space>
        ) : (
          !periodResult.loading && <Empty description={t("surveys.elements.none")} />
        )}
      </Card>

      <Card
        size="small"
        title={t("surveys.training.title")}
        extra={
          <Select<number>
            id="training-year"
            data-testid="training-year"
            aria-label={t("surveys.training.year")}
            value={year}
            onChange={(y) => go({ ...params, year: y === currentYear ? null : y })}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 100 }}
          />
        }
      >
        <ApiErrorAlert error={training.error} />
        <Typography.Paragraph type="secondary">{t("surveys.training.hint")}</Typography.Paragraph>
        {training.error ? null : training.loading && !beforeAfter ? (
          <Spin />
        ) : beforeAfter && beforeAfter.trainedStaff > 0 ? (
          <div data-testid="unit-before-after">
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t("surveys.training.staff")}>
                {t("surveys.training.staffValue", { staff: number(beforeAfter.trainedStaff), batches: number(beforeAfter.completedBatches) })}
              </Descriptions.Item>
              <Descriptions.Item label={t("surveys.training.before")}>{point(beforeAfter.before, "unit-before")}</Descriptions.Item>
              <Descriptions.Item label={t("surveys.training.after")}>{point(beforeAfter.after, "unit-after")}</Descriptions.Item>
              <Descriptions.Item label={t("surveys.training.change")}>
                <Typography.Text
                  strong
                  type={direction === "up" ? "success" : direction === "down" ? "danger" : undefined}
                  data-testid="unit-ikm-change"
                  data-change={change ?? ""}
                >
                  {direction === "up" && <ArrowUpOutlined />}
                  {direction === "down" && <ArrowDownOutlined />} {change === null ? t("surveys.training.noChange") : t("surveys.training.changeValue", { change: `${change > 0 ? "+" : ""}${number(change, 2)}` })}
                </Typography.Text>
              </Descriptions.Item>
            </Descriptions>
          </div>
        ) : (
          <div data-testid="unit-before-after-none">
            <Empty description={t("surveys.training.none", { year })} />
          </div>
        )}
      </Card>

      <Card size="small" title={t("surveys.posters.title")}>
        <Typography.Paragraph type="secondary">{t("surveys.posters.hint")}</Typography.Paragraph>
        {periods.length === 0 ? (
          <Empty description={t("surveys.noPeriods")} />
        ) : (
          <Space wrap size="small" data-testid="service-unit-posters">
            {[...periods].reverse().map((p) => (
              <Button
                key={p.id}
                icon={<FilePdfOutlined />}
                href={posterPath(unit.code, p.code)}
                target="_blank"
                rel="noopener"
                data-testid={`poster-${p.code}`}
                style={{ whiteSpace: "normal", height: "auto", maxWidth: "100%", textAlign: "start" }}
              >
                {t("surveys.posters.link", { code: p.code, from: date(p.startsOn), to: date(p.endsOn) })}
              </Button>
            ))}
          </Space>
        )}
      </Card>
    </Space>
    </div>
  );
}
