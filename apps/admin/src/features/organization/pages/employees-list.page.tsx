import { lazy, Suspense, useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Flex, Space, Table, Tag, Typography } from "antd";
import type { TableColumnsType, TableProps } from "antd";
import { PlusOutlined, UploadOutlined } from "@ant-design/icons";
import { formatNip, findRank, rankLabel } from "@bina/domain";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { useAuth } from "../../../session/auth-context";
import { EmployeesDocument, type EmployeesQuery } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { CursorPager, useCursorList } from "../../../ui/cursor-pager";
import { withFilters } from "../../../ui/cursor-list";
import { useCommittedValue } from "../../../ui/use-committed-value";
import { EmployeeFilters } from "../components/employee-filters";
import { PAGE_SIZES, parseListParams, toQueryVariables, toSearchParams, type EmployeeListParams, type PageSize, type SortKey } from "../lib/employee-list-params";

// The import dialog (upload, steps, error table) is loaded when first opened, not with the list.
const ImportEmployeesDialog = lazy(() => import("../components/import-employees-dialog").then((m) => ({ default: m.ImportEmployeesDialog })));

type Row = EmployeesQuery["employees"]["edges"][number]["node"];

const SORTABLE: readonly SortKey[] = ["name", "nip", "rank", "unit"];

/** The employees list: server-side cursor paging, search, filters and sorting, all in the URL. */
export function EmployeesListPage() {
  const t = useT();
  const navigate = useNavigate();
  const { canEdit } = useAuth();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseListParams(searchParams), [searchParams]);
  const [importOpen, setImportOpen] = useState(false);
  // Mounted from its first opening on (so it can animate closed), not before.
  const [importUsed, setImportUsed] = useState(false);

  const wanted = useMemo(() => toQueryVariables(params), [params]);
  const variables = useCommittedValue(wanted, JSON.stringify(wanted));
  const { data, previousData, loading, error, refetch } = useQuery(EmployeesDocument, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.employees;

  const go = (next: EmployeeListParams) => setSearchParams(toSearchParams(next));

  const sortOrderOf = (key: SortKey) =>
    params.sort?.key === key ? (params.sort.order === "asc" ? ("ascend" as const) : ("descend" as const)) : null;

  // Fits a 1280-pixel screen without sideways scrolling: long names, positions and units wrap (two
  // lines at most, the rest behind an ellipsis with the full text as a tooltip), the NIP never wraps,
  // and the employment type sits with the status.
  const columns: TableColumnsType<Row> = [
    {
      key: "nip",
      // On a phone the name and rank are shown; the other columns from the widths where they fit.
      responsive: ["sm"],
      title: t("employee.field.nip"),
      dataIndex: "nip",
      width: 190,
      sorter: true,
      sortOrder: sortOrderOf("nip"),
      render: (nip: string) => <span style={{ fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" }}>{formatNip(nip)}</span>,
    },
    {
      key: "name",
      title: t("employee.field.name"),
      dataIndex: "name",
      sorter: true,
      sortOrder: sortOrderOf("name"),
      render: (name: string, row) => (
        <Link to={`/employees/${row.id}`} data-testid="employee-link">
          {name}
        </Link>
      ),
    },
    {
      key: "rank",
      title: t("employee.field.rank"),
      width: 150,
      sorter: true,
      sortOrder: sortOrderOf("rank"),
      render: (_, row) => {
        const rank = findRank(row.rank.code);
        return rank ? rankLabel(rank) : row.rank.code;
      },
    },
    {
      key: "position",
      responsive: ["lg"],
      title: t("employee.field.position"),
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: row.positionTitle }} style={{ margin: 0 }}>
            {row.positionTitle}
          </Typography.Paragraph>
          <Typography.Text type="secondary">
            {t(`enum.PositionKind.${row.positionKind}`)}
            {row.functionalGrade ? ` · ${t(`enum.FunctionalGrade.${row.functionalGrade}`)}` : ""}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: "unit",
      responsive: ["md"],
      title: t("employee.field.unit"),
      sorter: true,
      sortOrder: sortOrderOf("unit"),
      render: (_, row) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: row.unit.name }} style={{ margin: 0 }}>
          {row.unit.name}
        </Typography.Paragraph>
      ),
    },
    {
      key: "status",
      responsive: ["md"],
      title: t("employee.field.status"),
      width: 110,
      render: (_, row) => (
        <Space orientation="vertical" size={4}>
          {row.active ? <Tag color="green">{t("employees.status.active")}</Tag> : <Tag>{t("employees.status.inactive")}</Tag>}
          <Typography.Text type="secondary" data-testid="employee-type">
            {t(`enum.EmploymentType.${row.employmentType}`)}
          </Typography.Text>
        </Space>
      ),
    },
  ];

  const onTableChange: TableProps<Row>["onChange"] = (_pagination, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = SORTABLE.find((k) => k === s?.columnKey);
    const sort = key && s?.order ? { key, order: s.order === "ascend" ? ("asc" as const) : ("desc" as const) } : null;
    go(withFilters(params, { sort }));
  };

  const list = useCursorList({ params, go, pageInfo: connection?.pageInfo, loading, error });

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t("employees.title")}
        </Typography.Title>
        {canEdit && (
          <Space>
            <Button icon={<UploadOutlined />} onClick={() => {
                setImportUsed(true);
                setImportOpen(true);
              }}
              data-testid="import-open">
              {t("employees.import")}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate("/employees/new")} data-testid="employee-new">
              {t("employees.new")}
            </Button>
          </Space>
        )}
      </Flex>
      <EmployeeFilters params={params} onChange={go} />
      <ApiErrorAlert error={error} />
      <Table<Row>
        data-testid="employees-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        loading={loading}
        pagination={false}
        onChange={onTableChange}
        showSorterTooltip={false}
        tableLayout="fixed"
        onRow={(row) => ({ onDoubleClick: () => void navigate(`/employees/${row.id}`) })}
      />
      <CursorPager
        testIdPrefix="employees"
        list={list}
        total={connection ? t(connection.totalCountCapped ? "employees.totalMore" : "employees.total", { count: connection.totalCount }) : ""}
        pageSize={{ value: params.pageSize, sizes: PAGE_SIZES, onChange: (size) => go(withFilters(params, { pageSize: size as PageSize })) }}
      />
      {canEdit && importUsed && (
        <Suspense fallback={null}>
          <ImportEmployeesDialog open={importOpen} onClose={() => setImportOpen(false)} onImported={() => void refetch()} />
        </Suspense>
      )}
    </Space>
  );
}
