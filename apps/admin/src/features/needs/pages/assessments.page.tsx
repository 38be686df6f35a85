import { useState } from "react";
import { skipToken, useQuery } from "@apollo/client/react";
import { Alert, Button, Empty, Flex, Skeleton, Space, Typography } from "antd";
import { UploadOutlined } from "@ant-design/icons";
import { formatNip } from "@bina/domain";
import { useSearchParams } from "react-router-dom";
import { useAuth } from "../../../session/auth-context";
import { EmployeeNeedsDocument } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { useCommittedValue } from "../../../ui/use-committed-value";
import { AssessmentFormModal } from "../components/assessment-form-modal";
import { EmployeeNeedsView } from "../components/employee-needs-view";
import { EmployeePicker } from "../components/employee-picker";
import { ImportAssessmentsDialog } from "../components/import-assessments-dialog";
import { SkpFormModal } from "../components/skp-form-modal";
import { useCycleYears } from "../components/use-cycle-years";
import { YearSelect } from "../components/year-select";
import { parseYear } from "../lib/needs-params";

/**
 * One employee's needs (`?employee=<id>&year=2026`): gaps, JPM, SKP and assessment history; record an
 * assessment or the year's SKP, or import assessments from a file. For those who change data.
 */
export default function AssessmentsPage() {
  const t = useT();
  const { canEdit } = useAuth();
  const [searchParams, setSearchParams] = useSearchParams();
  const employeeId = searchParams.get("employee") || null;
  const cycles = useCycleYears();
  const year = parseYear(searchParams.get("year")) ?? cycles.latest;
  const [assessing, setAssessing] = useState<{ competencyId: string | null } | null>(null);
  const [recordingSkp, setRecordingSkp] = useState(false);
  const [importing, setImporting] = useState(false);

  const wanted = employeeId && year !== null ? { id: employeeId, year } : null;
  const variables = useCommittedValue(wanted, JSON.stringify(wanted));
  const { data, previousData, loading, error } = useQuery(EmployeeNeedsDocument, variables ? { variables } : skipToken);
  // While a recorded assessment reloads the needs, keep showing the same employee's previous answer.
  const previous = previousData?.employeeNeeds;
  const samePrevious = previous && variables && previous.employee.id === variables.id && previous.year === variables.year ? previous : undefined;
  const needs = variables ? (data?.employeeNeeds ?? (loading ? samePrevious : undefined)) : undefined;

  const set = (change: Record<string, string | null>) => {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(change)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setSearchParams(next);
  };

  const selectedLabel = needs ? `${needs.employee.name} · ${formatNip(needs.employee.nip)}` : null;

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Text type="secondary">{t("assessments.hint")}</Typography.Text>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Space wrap>
          <EmployeePicker value={employeeId} selectedLabel={selectedLabel} onChange={(id) => set({ employee: id })} />
          <YearSelect id="assessment-year" value={year} years={cycles.years} loading={cycles.loading} onChange={(y) => set({ year: String(y) })} />
        </Space>
        {canEdit && year !== null && (
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="assessment-import-open">
            {t("assessments.import")}
          </Button>
        )}
      </Flex>
      <ApiErrorAlert error={cycles.error ?? error} />
      {!cycles.loading && year === null && <Alert type="info" showIcon title={t("needs.noCycle")} data-testid="needs-no-cycle" />}
      {!employeeId && <Empty description={t("assessments.pickFirst")} data-testid="assessments-empty" />}
      {employeeId && loading && !needs && <Skeleton active />}
      {employeeId && !loading && !error && variables && !needs && (
        <Alert type="warning" showIcon title={t("assessments.notVisible")} data-testid="assessments-not-visible" />
      )}
      {needs && year !== null && (
        <EmployeeNeedsView
          needs={needs}
          canEdit={canEdit}
          onRecordAssessment={(competencyId) => setAssessing({ competencyId })}
          onRecordSkp={() => setRecordingSkp(true)}
        />
      )}
      {needs && year !== null && assessing && (
        <AssessmentFormModal
          employeeId={needs.employee.id}
          employeeName={needs.employee.name}
          year={year}
          competencyId={assessing.competencyId}
          onClose={() => setAssessing(null)}
        />
      )}
      {needs && year !== null && recordingSkp && (
        <SkpFormModal
          employeeId={needs.employee.id}
          employeeName={needs.employee.name}
          cycleYear={year}
          current={needs.skp ? { year: needs.skp.year, resultRating: needs.skp.resultRating, behaviourRating: needs.skp.behaviourRating } : null}
          onClose={() => setRecordingSkp(false)}
        />
      )}
      {importing && year !== null && <ImportAssessmentsDialog year={year} onClose={() => setImporting(false)} />}
    </Space>
  );
}
