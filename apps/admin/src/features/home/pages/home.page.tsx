import { useMemo, type ReactNode } from "react";
import { skipToken, useQuery } from "@apollo/client/react";
import { Col, Flex, Row, Skeleton, Space, Tag, Typography } from "antd";
import { Link, useSearchParams } from "react-router-dom";
import { HomeBudgetDocument, HomeIkmDocument, HomeSummaryDocument, HomeSurveyPeriodsDocument } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import type { MessageKey } from "../../../i18n/id";
import { useAuth } from "../../../session/auth-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { formatRupiah } from "../../../ui/format-rupiah";
import { useCommittedValue } from "../../../ui/use-committed-value";
import { useNumberFormat } from "../../../ui/use-number-format";
import { formatRupiah as formatRupiahDomain, jakartaDate, JP_LEDGER_RULES } from "@bina/domain";
import { pnsAtRisk, sharePercent } from "../../compliance";
import { defaultPlanYear, parseYear, planningYears, useCycleYears, YearSelect } from "../../needs";
import { ceilingUsedPercent, fiscalYearRange, latestStartedPeriod, mostInNeed, needsYearOf, planStanding, stageLinks } from "../lib/home-summary";

/** Card widths: one column on a phone, two on a tablet, three on a desktop. */
const CARD_COLS = { xs: 24, md: 12, xl: 8 } as const;

interface StageCardProps {
  readonly id: string;
  readonly title: string;
  /** The heading level of the card's title under the page's sections. */
  readonly level: 3 | 4;
  readonly to: string;
  readonly linkText: string;
  readonly children: ReactNode;
}

/**
 * One stage of the cycle: its figures, and a link to its page. A plain bordered section rather than antd's Card,
 * whose chunk brings its tabs along (about 14 KB gzipped) to the page that opens first.
 */
function StageCard({ id, title, level, to, linkText, children }: StageCardProps) {
  return (
    <section
      aria-labelledby={`home-card-${id}-title`}
      data-testid={`home-card-${id}`}
      style={{ height: "100%", display: "flex", flexDirection: "column", gap: 12, padding: 20, background: "#fff", border: "1px solid #f0f0f0", borderRadius: 8 }}
    >
      <Typography.Title id={`home-card-${id}-title`} level={level} style={{ margin: 0, fontSize: 16 }}>
        {title}
      </Typography.Title>
      <div style={{ flex: 1 }}>{children}</div>
      <Link to={to} data-testid={`home-link-${id}`}>
        {linkText}
      </Link>
    </section>
  );
}

/** A large figure with what it counts. */
function Figure({ testId, value, caption }: { readonly testId: string; readonly value: string; readonly caption: string }) {
  return (
    <Flex vertical gap={2}>
      <Typography.Text strong style={{ fontSize: 30, lineHeight: 1.2 }} data-testid={testId}>
        {value}
      </Typography.Text>
      <Typography.Text type="secondary">{caption}</Typography.Text>
    </Flex>
  );
}

/**
 * The SKM card of the year in progress: the city's IKM (an operator's units for an operator) in the latest survey
 * period that has begun, with its band and respondents. Two small requests: the year's periods, then that period's IKM.
 */
function SkmFigure({ year, waiting }: { readonly year: number; readonly waiting: ReactNode }) {
  const t = useT();
  const num = useNumberFormat();
  const periods = useQuery(HomeSurveyPeriodsDocument, { variables: { year } });
  const period = periods.data ? latestStartedPeriod(periods.data.surveyPeriods, jakartaDate(Date.now())) : null;
  const ikm = useQuery(HomeIkmDocument, period ? { variables: { periodId: period.id } } : skipToken);
  if (periods.error || ikm.error) return <ApiErrorAlert error={periods.error ?? ikm.error} />;
  if (periods.loading || (period && !ikm.data)) return waiting;
  if (!period) {
    return (
      <Typography.Text type="secondary" data-testid="home-skm-none">
        {t("home.skm.none")}
      </Typography.Text>
    );
  }
  const summary = ikm.data!.ikmSummary;
  return (
    <Flex vertical gap="small">
      <Figure
        testId="home-skm-ikm"
        value={summary.ikm === null || summary.ikm === undefined ? "–" : num(summary.ikm, 2)}
        caption={t("home.skm.caption", { period: period.code, respondents: num(summary.respondents) })}
      />
      {summary.band && (
        <span>
          <Tag data-testid="home-skm-band">{t(`enum.IkmBand.${summary.band}`)}</Tag>
        </span>
      )}
    </Flex>
  );
}

/**
 * The budget card of the year in progress: its absorption (spent against the ceiling, the caller's units' lines for an
 * operator) from one small request of its own.
 */
function BudgetFigure({ year, waiting }: { readonly year: number; readonly waiting: ReactNode }) {
  const t = useT();
  const num = useNumberFormat();
  const { data, error } = useQuery(HomeBudgetDocument, { variables: { fiscalYear: year } });
  if (error) return <ApiErrorAlert error={error} />;
  const budget = data?.budget.fiscalYear === year ? data.budget : null;
  if (!budget) return waiting;
  const { totals } = budget;
  if (totals.ceiling === 0) {
    return (
      <Typography.Text type="secondary" data-testid="home-budget-none">
        {t("home.budget.none", { year })}
      </Typography.Text>
    );
  }
  return (
    <Figure
      testId="home-budget-absorption"
      value={totals.absorptionPercent === null || totals.absorptionPercent === undefined ? "–" : `${num(totals.absorptionPercent, 2)}%`}
      caption={t("home.budget.caption", { spent: formatRupiahDomain(totals.spent), ceiling: formatRupiahDomain(totals.ceiling) })}
    />
  );
}

/**
 * The home page (`/?year=2027`): the year's development cycle at a glance for the signed-in user's scope. The year is
 * the plan year, chosen as on the planning page; the needs are those of the assessment the plan builds on (the year
 * before), and delivery, the JP ledger and the SKM are those of that year, the one in progress. The figures come from
 * one GraphQL request (the SKM card from two small ones of its own, the budget card from one).
 */
export default function HomePage() {
  const t = useT();
  const num = useNumberFormat();
  const { user } = useAuth();
  const [searchParams, setSearchParams] = useSearchParams();
  const cycles = useCycleYears();
  const currentYear = new Date().getFullYear();
  const year = parseYear(searchParams.get("year")) ?? (cycles.loading ? null : defaultPlanYear(cycles.latest, currentYear));
  const years = useMemo(() => planningYears(cycles.years, currentYear), [cycles.years, currentYear]);

  const wanted =
    year === null ? null : { needsFilter: { year: needsYearOf(year) }, planYear: year, deliveryYear: needsYearOf(year), ...fiscalYearRange(needsYearOf(year)) };
  const variables = useCommittedValue(wanted, String(year));
  const { data, loading, error } = useQuery(HomeSummaryDocument, variables ? { variables } : skipToken);
  // Figures only for the year asked: while another year loads, its cards wait rather than show the previous year's.
  const summary = data && variables?.planYear === year && !loading ? data : undefined;

  const needsYear = year === null ? null : needsYearOf(year);
  const hasCycle = needsYear !== null && cycles.years.includes(needsYear);
  const top = useMemo(() => mostInNeed(summary?.needsHeatmap.total ?? []), [summary]);
  const plans = useMemo(() => summary?.plans.edges.map((e) => e.node) ?? [], [summary]);
  const standing = summary ? planStanding(plans, summary.plans.totalCount) : null;
  const links = stageLinks(year ?? currentYear + 1);
  const open = (page: MessageKey) => t("home.open", { page: t(page) });
  const waiting = <Skeleton active paragraph={{ rows: 2 }} title={false} />;

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t("home.title")}
        </Typography.Title>
        <Space>
          <Typography.Text>{t("home.year")}</Typography.Text>
          <YearSelect id="home-year" value={year} years={years} loading={cycles.loading} onChange={(y) => setSearchParams({ year: String(y) })} />
        </Space>
      </Flex>
      <Typography.Text type="secondary" data-testid="home-scope">
        {user?.role === "UNIT_OPERATOR" && user.unit ? t("home.scope.unit", { unit: user.unit.name }) : t("home.scope.all")}
        {year !== null && ` · ${t("home.hint", { year, needsYear: needsYearOf(year) })}`}
      </Typography.Text>
      <ApiErrorAlert error={cycles.error ?? error} />

      <Row gutter={[16, 16]}>
        <Col {...CARD_COLS}>
          <StageCard id="employees" level={3} title={t("nav.employees")} to={links.employees} linkText={open("nav.employees")}>
            {summary ? <Figure testId="home-employees-count" value={num(summary.employees.totalCount)} caption={t("home.employees.caption")} /> : waiting}
          </StageCard>
        </Col>
        <Col {...CARD_COLS}>
          <StageCard id="needs" level={3} title={t("home.needs.title", { year: needsYear ?? "" })} to={links.needs} linkText={open("nav.needs")}>
            {!summary ? (
              waiting
            ) : !hasCycle ? (
              <Typography.Text type="secondary" data-testid="home-needs-no-cycle">
                {t("home.needs.noCycle", { year: needsYear ?? "" })}
              </Typography.Text>
            ) : (
              <Flex vertical gap="small">
                <Figure testId="home-needs-count" value={num(summary.rankedNeeds.totalCount)} caption={t("home.needs.caption")} />
                {top ? (
                  <Typography.Text data-testid="home-needs-top">
                    {t("home.needs.mostInNeed")}:{" "}
                    <Typography.Text strong data-testid="home-needs-top-name">
                      {top.competency.name}
                    </Typography.Text>{" "}
                    (<span data-testid="home-needs-top-count">{t("home.needs.inNeedCount", { count: num(top.employeesInNeed) })}</span>)
                  </Typography.Text>
                ) : (
                  <Typography.Text type="secondary" data-testid="home-needs-top-none">
                    {t("home.needs.noneInNeed")}
                  </Typography.Text>
                )}
              </Flex>
            )}
          </StageCard>
        </Col>
        <Col {...CARD_COLS}>
          <StageCard id="planning" level={3} title={t("home.plan.title", { year: year ?? "" })} to={links.planning} linkText={open("nav.planning")}>
            {!standing ? (
              waiting
            ) : standing.kind === "adopted" ? (
              <Flex vertical gap="small" data-testid="home-plan-adopted">
                <span>
                  <Tag color="green" data-testid="home-plan-status">
                    {t("enum.PlanStatus.ADOPTED")}
                  </Tag>
                  <Typography.Text type="secondary">{t("home.plan.version", { version: standing.plan.version })}</Typography.Text>
                </span>
                <Typography.Text data-testid="home-plan-cost">
                  {t("home.plan.cost", { cost: formatRupiah(standing.plan.totalCost), ceiling: formatRupiah(standing.plan.ceiling) })}
                </Typography.Text>
                <Typography.Text type="secondary" data-testid="home-plan-used">
                  {t("home.plan.used", { percent: num(ceilingUsedPercent(standing.plan), 1) })}
                </Typography.Text>
              </Flex>
            ) : (
              <Flex vertical gap="small">
                {standing.kind !== "unknown" && (
                  <span>
                    <Tag data-testid="home-plan-status">{t("home.plan.notAdopted")}</Tag>
                  </span>
                )}
                <Typography.Text type="secondary" data-testid="home-plan-detail">
                  {standing.kind === "none"
                    ? t("home.plan.none")
                    : standing.kind === "drafts"
                      ? t("home.plan.drafts", { count: standing.versions })
                      : t("home.plan.unknown", { count: standing.versions })}
                </Typography.Text>
              </Flex>
            )}
          </StageCard>
        </Col>
      </Row>

      <Typography.Title level={3} style={{ margin: 0 }}>
        {t("home.thisYear", { year: needsYear ?? "" })}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col {...CARD_COLS}>
          <StageCard id="delivery" level={4} title={t("home.delivery.title", { year: needsYear ?? "" })} to={links.delivery} linkText={open("nav.delivery")}>
            {summary ? (
              <Figure
                testId="home-delivery-completed"
                value={num(summary.batchesCompleted.totalCount)}
                caption={t("home.delivery.caption", { total: num(summary.batchesOfYear.totalCount) })}
              />
            ) : (
              waiting
            )}
          </StageCard>
        </Col>
        <Col {...CARD_COLS}>
          <StageCard id="compliance" level={4} title={t("home.compliance.title", { year: needsYear ?? "" })} to={links.compliance} linkText={open("nav.compliance")}>
            {summary ? (
              <Flex vertical gap="small">
                <Figure
                  testId="home-compliance-share"
                  value={sharePercent(summary.jpCompliance.total.share) === null ? "–" : `${num(sharePercent(summary.jpCompliance.total.share)!, 1)}%`}
                  caption={t("home.compliance.caption", {
                    minimum: JP_LEDGER_RULES.pnsMinimumJp,
                    met: num(summary.jpCompliance.total.pnsMet),
                    pns: num(summary.jpCompliance.total.pnsCount),
                  })}
                />
                <Typography.Text type="secondary" data-testid="home-compliance-at-risk">
                  {t("home.compliance.atRisk", { count: num(pnsAtRisk(summary.jpCompliance.total)), minimum: JP_LEDGER_RULES.pnsMinimumJp })}
                </Typography.Text>
              </Flex>
            ) : (
              waiting
            )}
          </StageCard>
        </Col>

        <Col {...CARD_COLS}>
          <StageCard id="surveys" level={4} title={t("home.skm.title", { year: needsYear ?? "" })} to={links.surveys} linkText={open("nav.surveys")}>
            {needsYear === null ? waiting : <SkmFigure year={needsYear} waiting={waiting} />}
          </StageCard>
        </Col>
        <Col {...CARD_COLS}>
          <StageCard id="budget" level={4} title={t("home.budget.title", { year: needsYear ?? "" })} to={links.budget} linkText={open("nav.budget")}>
            {needsYear === null ? waiting : <BudgetFigure year={needsYear} waiting={waiting} />}
          </StageCard>
        </Col>
      </Row>
    </Space>
  );
}
