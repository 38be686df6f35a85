import { useMemo } from "react";
import { skipToken, useQuery } from "@apollo/client/react";
import { Button, Space, Table, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { MinusSquareOutlined, PlusSquareOutlined } from "@ant-design/icons";
import { formatNip } from "@bina/domain";
import { Link } from "react-router-dom";
import { RankedNeedsDocument, type RankedNeedsQuery } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { afterOf, withFilters } from "../../../ui/cursor-list";
import { CursorPager, useCursorList } from "../../../ui/cursor-pager";
import { useCommittedValue } from "../../../ui/use-committed-value";
import { useNumberFormat } from "../../../ui/use-number-format";
import { NeedsFilters } from "../components/needs-filters";
import { CompetencyLabel, PredikatTag } from "../components/needs-tags";
import { levelLabel } from "../components/needs-enum-options";
import { PriorityParts } from "../components/priority-parts";
import { useNeedsParams } from "../components/use-needs-params";
import { NEEDS_PAGE_SIZES, toNeedsFilter, type NeedsPageSize } from "../lib/needs-params";

type Row = RankedNeedsQuery["rankedNeeds"]["edges"][number]["node"];
const rowKey = (row: Row) => `${row.employee.id}:${row.competency.id}`;

/** Every need (employee × competency below standard), highest priority first, each score explained by its parts. */
export default function NeedsPrioritiesPage() {
  const t = useT();
  const num = useNumberFormat();
  const { params, year, cycles, go } = useNeedsParams();

  const wanted = useMemo(
    () => (year === null ? null : { filter: toNeedsFilter(params, year), first: params.pageSize, after: afterOf(params) }),
    [params, year],
  );
  const variables = useCommittedValue(wanted, JSON.stringify(wanted));
  const { data, previousData, loading, error } = useQuery(
    RankedNeedsDocument,
    variables === null ? skipToken : { variables, notifyOnNetworkStatusChange: true },
  );
  const connection = (data ?? previousData)?.rankedNeeds;
  const rankOffset = params.cursors.length * params.pageSize;

  const columns: TableColumnsType<Row> = [
    {
      key: "rank",
      title: t("needs.priorities.rank"),
      width: 64,
      align: "end",
      render: (_, _row, index) => rankOffset + index + 1,
    },
    {
      key: "employee",
      title: t("needs.priorities.employee"),
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/employees/${row.employee.id}`} data-testid="need-employee-link">
            {row.employee.name}
          </Link>
          <Typography.Text type="secondary" style={{ fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" }}>
            {formatNip(row.employee.nip)}
          </Typography.Text>
        </Space>
      ),
    },
    { key: "unit", title: t("needs.priorities.unit"), render: (_, row) => row.unit.name },
    { key: "competency", title: t("needs.priorities.competency"), render: (_, row) => <CompetencyLabel competency={row.competency} /> },
    { key: "standard", title: t("needs.gap.standard"), align: "center", render: (_, row) => levelLabel(row.standard) },
    { key: "actual", title: t("needs.gap.actual"), align: "center", render: (_, row) => levelLabel(row.actual) },
    {
      key: "gap",
      title: t("needs.gap.gap"),
      align: "center",
      render: (_, row) => (
        <Typography.Text strong type={row.gap > 0 ? "danger" : "success"}>
          {row.gap}
        </Typography.Text>
      ),
    },
    { key: "skp", title: t("needs.priorities.skp"), render: (_, row) => <PredikatTag predikat={row.skpPredikat} /> },
    {
      key: "jpm",
      title: t("needs.priorities.jpm"),
      align: "end",
      render: (_, row) => (row.jpmPercent === null ? t("common.none") : `${num(row.jpmPercent, 2)}%`),
    },
    {
      key: "score",
      title: t("needs.priorities.score"),
      align: "end",
      render: (_, row) => (
        <Typography.Text strong data-testid="need-score">
          {num(row.score, 2)}
        </Typography.Text>
      ),
    },
  ];

  const list = useCursorList({ params, go, pageInfo: connection?.pageInfo, loading, error });

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Text type="secondary">{t("needs.priorities.hint")}</Typography.Text>
      <NeedsFilters params={params} year={year} years={cycles.years} yearsLoading={cycles.loading} onChange={go} withUnitAndCompetency />
      <ApiErrorAlert error={cycles.error ?? error} />
      <Table<Row>
        data-testid="priorities-table"
        rowKey={rowKey}
        size="middle"
        columns={columns}
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        loading={loading || cycles.loading}
        pagination={false}
        scroll={{ x: "max-content" }}
        expandable={{
          expandedRowRender: (row) => <PriorityParts parts={row.parts} score={row.score} />,
          expandIcon: ({ expanded, onExpand, record }) => (
            <Button
              type="text"
              size="small"
              icon={expanded ? <MinusSquareOutlined /> : <PlusSquareOutlined />}
              aria-label={expanded ? t("needs.priorities.hideParts") : t("needs.priorities.showParts")}
              aria-expanded={expanded}
              data-testid="need-expand"
              onClick={(e) => onExpand(record, e)}
            />
          ),
        }}
      />
      <CursorPager
        testIdPrefix="priorities"
        list={list}
        total={connection ? t("needs.priorities.total", { count: connection.totalCount }) : ""}
        pageSize={{
          value: params.pageSize,
          sizes: NEEDS_PAGE_SIZES,
          onChange: (size) => go(withFilters(params, { pageSize: size as NeedsPageSize })),
        }}
      />
    </Space>
  );
}
