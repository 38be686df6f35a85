import { useMemo, useState } from "react";
import { skipToken, useQuery } from "@apollo/client/react";
import { Button, Card, Flex, Skeleton, Space, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { useSearchParams } from "react-router-dom";
import { useAuth } from "../../../session/auth-context";
import { PlanDocument, PlansDocument, ProgrammeCandidatesDocument, type CandidateItemFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { useCommittedValue } from "../../../ui/use-committed-value";
import { useCycleYears, YearSelect, parseYear, defaultPlanYear, planningYears } from "../../needs";
import { CandidateFormModal } from "../components/candidate-form-modal";
import { CandidatesTable } from "../components/candidates-table";
import { PlanRunner } from "../components/plan-runner";
import { PlanVersions } from "../components/plan-versions";
import { PlanView } from "../components/plan-view";

/**
 * The plan builder (`/planning?year=2027&plan=<id>`): the year's candidate programmes, the optimiser's
 * choice within a ceiling, and every version of the plan. Administrators change candidates, run and adopt.
 */
export default function PlanningPage() {
  const t = useT();
  const { isAdmin } = useAuth();
  const [searchParams, setSearchParams] = useSearchParams();
  const cycles = useCycleYears();
  const currentYear = new Date().getFullYear();
  const year = parseYear(searchParams.get("year")) ?? (cycles.loading ? null : defaultPlanYear(cycles.latest, currentYear));
  const years = useMemo(() => planningYears(cycles.years, currentYear), [cycles.years, currentYear]);
  const [editing, setEditing] = useState<CandidateItemFragment | "new" | null>(null);

  const yearVars = useCommittedValue(year === null ? null : { year }, String(year));
  const candidatesQuery = useQuery(ProgrammeCandidatesDocument, yearVars ? { variables: yearVars } : skipToken);
  const plansQuery = useQuery(PlansDocument, yearVars ? { variables: yearVars } : skipToken);
  const candidates = useMemo(() => candidatesQuery.data?.programmeCandidates.edges.map((e) => e.node) ?? [], [candidatesQuery.data]);
  const plans = useMemo(() => plansQuery.data?.plans.edges.map((e) => e.node) ?? [], [plansQuery.data]);
  const openId = searchParams.get("plan") || plans[0]?.id || null;
  const planVars = useCommittedValue(openId ? { id: openId } : null, openId ?? "");
  const planQuery = useQuery(PlanDocument, planVars ? { variables: planVars } : skipToken);
  const plan = planQuery.data?.plan;

  const set = (change: Record<string, string | null>) => {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(change)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setSearchParams(next);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t("plan.title")}
        </Typography.Title>
        <Space>
          <Typography.Text>{t("plan.year")}</Typography.Text>
          <YearSelect id="plan-year" value={year} years={years} loading={cycles.loading} onChange={(y) => set({ year: String(y), plan: null })} />
        </Space>
      </Flex>
      <Typography.Text type="secondary">{t("plan.hint")}</Typography.Text>
      <ApiErrorAlert error={cycles.error ?? candidatesQuery.error ?? plansQuery.error} />
      <Card
        title={t("candidates.title", { year: year ?? "" })}
        extra={
          isAdmin &&
          year !== null && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")} data-testid="candidate-new">
              {t("candidates.new")}
            </Button>
          )
        }
      >
        <CandidatesTable
          candidates={candidates}
          totalCount={candidatesQuery.data?.programmeCandidates.totalCount ?? candidates.length}
          loading={candidatesQuery.loading || year === null}
          canEdit={isAdmin}
          onEdit={setEditing}
        />
      </Card>
      {isAdmin && year !== null && (
        <Card title={t("plan.runTitle")}>
          <PlanRunner
            key={`${year}:${plans[0]?.id ?? ""}`}
            year={year}
            candidates={candidates}
            defaultCeiling={plans[0]?.ceiling ?? null}
            onRan={(planId) => set({ plan: planId })}
          />
        </Card>
      )}
      <ApiErrorAlert error={planQuery.error} testId="plan-error" />
      {openId && !plan && planQuery.loading && <Skeleton active />}
      {plan && <PlanView plan={plan} canAdopt={isAdmin} />}
      <Card title={t("plan.versions")}>
        <PlanVersions plans={plans} loading={plansQuery.loading} openId={plan?.id ?? null} onOpen={(planId) => set({ plan: planId })} />
      </Card>
      {editing !== null && year !== null && (
        <CandidateFormModal year={year} candidate={editing === "new" ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Space>
  );
}
