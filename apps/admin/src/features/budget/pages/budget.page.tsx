import { useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Card, Empty, Flex, Select, Space, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { Link, useSearchParams } from "react-router-dom";
import { BudgetOverviewDocument } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { useAuth } from "../../../session/auth-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { useNumberFormat } from "../../../ui/use-number-format";
import { UnitFilter } from "../../organization";
import { AbsorptionChart } from "../components/absorption-chart";
import { BudgetLineFormModal } from "../components/budget-line-form-modal";
import { BudgetLinesTable } from "../components/budget-lines-table";
import { BudgetTotals } from "../components/budget-totals";
import { CostEffectivenessTable } from "../components/cost-effectiveness-table";
import { RealisationDownload } from "../components/realisation-download";
import { jakartaToday, monthsBegun } from "../lib/budget-figures";
import { fiscalYearOptions, parseBudgetParams, pendingRevisionsPath, toBudgetSearchParams, type BudgetParams } from "../lib/budget-params";

/** A card's title wraps on a phone instead of being cut off. */
const CARD_STYLES = { title: { whiteSpace: "normal" } } as const;

/**
 * The budget of a fiscal year (`/budget?year=2026&unit=<id>`): the totals (ceiling, committed, spent, remaining,
 * absorption), the months' absorption against the planned disbursement, the lines with their absorption (each opens
 * its page, where spending is recorded), the programmes' cost-effectiveness, the realisation report as XLSX and the
 * revisions waiting for a decision. Administrators and analysts see the agency's whole budget and may narrow it to a
 * unit; an operator sees the lines of its own units (the API scopes every figure).
 */
export function BudgetPage() {
  const t = useT();
  const number = useNumberFormat();
  const { user, isAdmin } = useAuth();
  const [creating, setCreating] = useState(false);
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseBudgetParams(searchParams), [searchParams]);
  const today = useMemo(() => jakartaToday(new Date()), []);
  const currentYear = Number(today.slice(0, 4));
  const year = params.year ?? currentYear;
  const isOperator = user?.role === "UNIT_OPERATOR";
  const unitId = isOperator ? null : params.unitId;
  const go = (next: BudgetParams) => setSearchParams(toBudgetSearchParams(next, currentYear));

  const { data, loading, error } = useQuery(BudgetOverviewDocument, { variables: { fiscalYear: year, unitId }, notifyOnNetworkStatusChange: true });
  const budget = data?.budget.fiscalYear === year ? data.budget : undefined;
  const years = useMemo(() => fiscalYearOptions(currentYear, year), [currentYear, year]);
  const noLines = budget !== undefined && budget.lines.length === 0;

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="budget-page">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t("budget.overview.title")}
      </Typography.Title>
      <Typography.Text type="secondary">{t("budget.overview.hint")}</Typography.Text>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Space wrap size="small">
          <label htmlFor="budget-year">{t("budget.overview.year")}</label>
          <Select<number>
            id="budget-year"
            data-testid="budget-year"
            value={year}
            onChange={(y) => go({ ...params, year: y })}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 110 }}
          />
          {isOperator ? (
            <Typography.Text type="secondary" data-testid="budget-scope">
              {t("budget.overview.scope.unit", { unit: user?.unit?.name ?? "" })}
            </Typography.Text>
          ) : (
            <UnitFilter label={t("budget.overview.filter.unit")} value={params.unitId} onChange={(id) => go({ ...params, unitId: id })} />
          )}
        </Space>
        <Space wrap size="middle">
          {budget && (
            <Link to={pendingRevisionsPath(year)} data-testid="budget-pending-revisions" data-count={budget.pendingRevisions}>
              {t("budget.overview.revisions.pending", { count: number(budget.pendingRevisions) })}
            </Link>
          )}
          <RealisationDownload year={year} unitId={unitId} />
          {isAdmin && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="budget-line-new">
              {t("budget.lineForm.new")}
            </Button>
          )}
        </Space>
      </Flex>
      <ApiErrorAlert error={error} />
      <BudgetTotals totals={budget?.totals ?? null} />

      <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{t("budget.overview.chart.title", { year })}</h3>} styles={CARD_STYLES} data-testid="budget-chart-card">
        <Space orientation="vertical" size="small" style={{ width: "100%" }}>
          <Typography.Text type="secondary">{t("budget.overview.chart.hint")}</Typography.Text>
          {!budget ? (
            loading && <Typography.Text type="secondary">{t("common.loading")}</Typography.Text>
          ) : noLines ? (
            <Empty description={t("budget.overview.lines.noneYear", { year })} data-testid="budget-empty" />
          ) : (
            <AbsorptionChart year={year} months={budget.months} begun={monthsBegun(year, today)} />
          )}
        </Space>
      </Card>

      <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{t("budget.overview.lines.title")}</h3>} styles={CARD_STYLES} data-testid="budget-lines-card">
        <Space orientation="vertical" size="small" style={{ width: "100%" }}>
          <Typography.Text type="secondary">{t("budget.overview.lines.hint")}</Typography.Text>
          <BudgetLinesTable lines={budget?.lines ?? []} loading={loading} />
        </Space>
      </Card>

      <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{t("budget.overview.cost.title")}</h3>} styles={CARD_STYLES} data-testid="budget-cost-card">
        <Space orientation="vertical" size="small" style={{ width: "100%" }}>
          <Typography.Text type="secondary">{t("budget.overview.cost.hint")}</Typography.Text>
          <CostEffectivenessTable programmes={budget?.programmes ?? []} loading={loading} />
        </Space>
      </Card>
      {creating && <BudgetLineFormModal fiscalYear={year} line={null} onClose={() => setCreating(false)} />}
    </Space>
  );
}
