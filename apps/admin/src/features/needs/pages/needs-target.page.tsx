import { useMemo } from "react";
import { skipToken, useQuery } from "@apollo/client/react";
import { Card, Col, Descriptions, Empty, Input, Row, Skeleton, Space, Typography } from "antd";
import { formatNip } from "@bina/domain";
import { Link, useSearchParams } from "react-router-dom";
import { EmployeeTargetGapsDocument, type FunctionalGrade, type PositionKind } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { FilterSelect } from "../../../ui/filter-select";
import { useCommittedValue } from "../../../ui/use-committed-value";
import { useNumberFormat } from "../../../ui/use-number-format";
import { functionalGradeOptions, positionKindOptions } from "../../organization";
import { EmployeePicker } from "../components/employee-picker";
import { GapsTable } from "../components/gaps-table";
import { MappingBandTag, SelectionBandTag } from "../components/needs-tags";
import { useCycleYears } from "../components/use-cycle-years";
import { YearSelect } from "../components/year-select";
import { parseTargetParams, toTargetPosition, toTargetSearchParams, type TargetParams } from "../lib/target-params";

/**
 * An employee's gaps against a target position (`/needs/target`): what they would need to develop for
 * another position (a promotion, a move), next to their gaps in the current one.
 */
export default function NeedsTargetPage() {
  const t = useT();
  const num = useNumberFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseTargetParams(searchParams), [searchParams]);
  const cycles = useCycleYears();
  const year = params.year ?? cycles.latest;
  const go = (change: Partial<TargetParams>) => setSearchParams(toTargetSearchParams({ ...params, ...change }));

  const wanted = params.employeeId && year !== null ? { id: params.employeeId, year, target: toTargetPosition(params) } : null;
  const variables = useCommittedValue(wanted, JSON.stringify(wanted));
  const { data, loading, error } = useQuery(EmployeeTargetGapsDocument, variables ? { variables } : skipToken);
  const needs = variables ? data?.employeeNeeds : undefined;
  const selectedLabel = needs ? `${needs.employee.name} · ${formatNip(needs.employee.nip)}` : null;

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Text type="secondary">{t("needs.target.hint")}</Typography.Text>
      <Space wrap size="small" data-testid="target-filters">
        <EmployeePicker value={params.employeeId} selectedLabel={selectedLabel} onChange={(employeeId) => go({ employeeId })} />
        <YearSelect id="target-year" value={year} years={cycles.years} loading={cycles.loading} onChange={(y) => go({ year: y })} />
        <FilterSelect<PositionKind>
          id="target-position-kind"
          label={t("needs.target.positionKind")}
          value={params.positionKind}
          onChange={(positionKind) => go({ positionKind, functionalGrade: positionKind === "FUNGSIONAL" ? params.functionalGrade : null })}
          options={positionKindOptions(t)}
          width={200}
        />
        {params.positionKind === "FUNGSIONAL" && (
          <FilterSelect<FunctionalGrade>
            id="target-functional-grade"
            label={t("needs.target.functionalGrade")}
            value={params.functionalGrade}
            onChange={(functionalGrade) => go({ functionalGrade })}
            options={functionalGradeOptions(t)}
            width={180}
          />
        )}
        {params.positionKind && (
          <Input.Search
            id="target-position-title"
            data-testid="target-position-title"
            aria-label={t("needs.target.positionTitle")}
            placeholder={t("needs.target.positionTitle")}
            allowClear
            defaultValue={params.positionTitle}
            onSearch={(positionTitle) => go({ positionTitle })}
            style={{ width: 260 }}
          />
        )}
      </Space>
      <ApiErrorAlert error={cycles.error ?? error} />
      {!params.employeeId && <Empty description={t("needs.target.chooseEmployee")} />}
      {params.employeeId && !needs && loading && <Skeleton active />}
      {needs && (
        <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="target-gaps">
          <Descriptions bordered size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t("employee.field.name")}>
              <Link to={`/employees/${needs.employee.id}`}>{needs.employee.name}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={t("employee.field.position")}>
              {needs.employee.positionTitle} ({t(`enum.PositionKind.${needs.employee.positionKind}`)}
              {needs.employee.functionalGrade ? ` · ${t(`enum.FunctionalGrade.${needs.employee.functionalGrade}`)}` : ""})
            </Descriptions.Item>
            <Descriptions.Item label={t("needs.jpm.title")}>
              {needs.jobPersonMatch ? (
                <Space size="small" wrap>
                  <span data-testid="jpm-percent">{num(needs.jobPersonMatch.percent, 2)}%</span>
                  <MappingBandTag band={needs.jobPersonMatch.mappingBand} />
                  <SelectionBandTag band={needs.jobPersonMatch.selectionBand} />
                </Space>
              ) : (
                <Typography.Text type="secondary">{t("needs.jpm.none")}</Typography.Text>
              )}
            </Descriptions.Item>
          </Descriptions>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card size="small" title={t("needs.target.current")}>
                <GapsTable gaps={needs.gaps} testId="current-gaps" />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={params.positionKind ? t("needs.target.target", { position: t(`enum.PositionKind.${params.positionKind}`) }) : t("needs.target.targetNone")}>
                {needs.targetGaps ? <GapsTable gaps={needs.targetGaps} testId="target-gaps-table" /> : <Empty description={t("needs.target.chooseTarget")} />}
              </Card>
            </Col>
          </Row>
        </Space>
      )}
    </Space>
  );
}
