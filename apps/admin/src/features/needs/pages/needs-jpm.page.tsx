import { useMemo } from "react";
import { skipToken, useQuery } from "@apollo/client/react";
import { Progress, Space, Table, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { formatNip } from "@bina/domain";
import { Link } from "react-router-dom";
import { JobPersonMatchesDocument, type JobPersonMatchesQuery } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { afterOf, withFilters } from "../../../ui/cursor-list";
import { CursorPager, useCursorList } from "../../../ui/cursor-pager";
import { useCommittedValue } from "../../../ui/use-committed-value";
import { useNumberFormat } from "../../../ui/use-number-format";
import { NeedsFilters } from "../components/needs-filters";
import { MappingBandTag, SelectionBandTag } from "../components/needs-tags";
import { useNeedsParams } from "../components/use-needs-params";
import { NEEDS_PAGE_SIZES, toNeedsFilter, type NeedsPageSize } from "../lib/needs-params";

type Row = JobPersonMatchesQuery["jobPersonMatches"]["edges"][number]["node"];

/**
 * Job Person Match (`/needs/jpm`): every employee's match to their position's standards, lowest first,
 * with the mapping and selection bands; JPM is over the whole standard set (filters only choose rows).
 */
export default function NeedsJpmPage() {
  const t = useT();
  const num = useNumberFormat();
  const { params, year, cycles, go } = useNeedsParams();

  const wanted = useMemo(
    () =>
      year === null
        ? null
        : { filter: toNeedsFilter({ ...params, competencyKind: null, competencyId: null }, year), first: params.pageSize, after: afterOf(params) },
    [params, year],
  );
  const variables = useCommittedValue(wanted, JSON.stringify(wanted));
  const { data, previousData, loading, error } = useQuery(
    JobPersonMatchesDocument,
    variables === null ? skipToken : { variables, notifyOnNetworkStatusChange: true },
  );
  const connection = (data ?? previousData)?.jobPersonMatches;
  const list = useCursorList({ params, go, pageInfo: connection?.pageInfo, loading, error });
  const rankOffset = params.cursors.length * params.pageSize;

  const columns: TableColumnsType<Row> = [
    { key: "rank", title: t("needs.priorities.rank"), width: 56, align: "end", render: (_, _row, index) => rankOffset + index + 1 },
    {
      key: "employee",
      title: t("needs.priorities.employee"),
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/needs/target?employee=${row.employee.id}&year=${year ?? ""}`} data-testid="jpm-employee-link">
            {row.employee.name}
          </Link>
          <Typography.Text type="secondary" style={{ fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" }}>
            {formatNip(row.employee.nip)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: "position",
      title: t("employee.field.position"),
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <span>{row.employee.positionTitle}</span>
          <Typography.Text type="secondary">
            {t(`enum.PositionKind.${row.employee.positionKind}`)}
            {row.employee.functionalGrade ? ` · ${t(`enum.FunctionalGrade.${row.employee.functionalGrade}`)}` : ""}
          </Typography.Text>
        </Space>
      ),
    },
    { key: "unit", title: t("needs.priorities.unit"), render: (_, row) => row.employee.unit.name },
    {
      key: "percent",
      title: t("needs.jpm.column"),
      width: 180,
      render: (_, row) => (
        <Progress
          percent={Math.min(100, row.percent)}
          size="small"
          format={() => <span data-testid="jpm-percent">{num(row.percent, 2)}%</span>}
          status={row.mappingBand === "OPTIMAL" ? "success" : row.mappingBand === "CUKUP_OPTIMAL" ? "normal" : "exception"}
        />
      ),
    },
    { key: "mapping", title: t("needs.jpm.mappingBand"), render: (_, row) => <MappingBandTag band={row.mappingBand} /> },
    { key: "selection", title: t("needs.jpm.selectionBand"), render: (_, row) => <SelectionBandTag band={row.selectionBand} /> },
    {
      key: "assessed",
      title: t("needs.jpm.assessed"),
      align: "end",
      render: (_, row) => t("needs.jpm.assessedOf", { assessed: row.assessed, withStandard: row.withStandard }),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Text type="secondary">{t("needs.jpm.hint")}</Typography.Text>
      <NeedsFilters params={params} year={year} years={cycles.years} yearsLoading={cycles.loading} onChange={go} withCompetencyKind={false} withUnit />
      <ApiErrorAlert error={cycles.error ?? error} />
      <Table<Row>
        data-testid="jpm-table"
        rowKey={(row) => row.employee.id}
        size="middle"
        columns={columns}
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        loading={loading || cycles.loading}
        pagination={false}
        scroll={{ x: "max-content" }}
      />
      <CursorPager
        testIdPrefix="jpm"
        list={list}
        total={connection ? t("needs.jpm.total", { count: connection.totalCount }) : ""}
        pageSize={{ value: params.pageSize, sizes: NEEDS_PAGE_SIZES, onChange: (size) => go(withFilters(params, { pageSize: size as NeedsPageSize })) }}
      />
    </Space>
  );
}
