import { useMemo } from "react";
import { useQuery } from "@apollo/client/react";
import { Space, Table, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { NOMINATION_STATES, type NominationState } from "@bina/domain";
import dayjs from "dayjs";
import { Link, useSearchParams } from "react-router-dom";
import { MyNominationsDocument, type MyNominationsQuery } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { useKeyboardScrollable } from "../../../ui/use-keyboard-scrollable";
import { useAuth } from "../../../session/auth-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { afterOf, readCursors, withFilters, writeCursors } from "../../../ui/cursor-list";
import { CursorPager, useCursorList } from "../../../ui/cursor-pager";
import { FilterBar, FilterSelect } from "../../../ui/filter-select";
import { useCommittedValue } from "../../../ui/use-committed-value";
import { DeliveryStateTag, NominationStateTag } from "../components/delivery-tags";
import { PersonCell } from "../../../ui/person-cell";

type Row = MyNominationsQuery["nominations"]["edges"][number]["node"];
interface Params {
  readonly statuses: readonly NominationState[];
  readonly cursors: readonly string[];
}

const PAGE = 20;

/**
 * The nominations (`/delivery/nominations?status=&after=`): an operator's own units' nominees (the API's scope) with
 * where each stands, including the waitlist; administrators and analysts see every unit's.
 */
export default function NominationsPage() {
  const t = useT();
  const scrollable = useKeyboardScrollable<HTMLDivElement>(t("common.scrollableTable"));
  const { user } = useAuth();
  const [searchParams, setSearchParams] = useSearchParams();
  const params: Params = useMemo(
    () => ({ statuses: NOMINATION_STATES.filter((s) => searchParams.getAll("status").includes(s)), cursors: readCursors(searchParams) }),
    [searchParams],
  );
  const go = (next: Params) => {
    const query = new URLSearchParams();
    next.statuses.forEach((s) => query.append("status", s));
    setSearchParams(writeCursors(query, next.cursors));
  };
  const wanted = { first: PAGE, after: afterOf(params), filter: params.statuses.length > 0 ? { statuses: [...params.statuses] } : null };
  const variables = useCommittedValue(wanted, JSON.stringify(wanted));
  const { data, previousData, loading, error } = useQuery(MyNominationsDocument, { variables, notifyOnNetworkStatusChange: true });
  const connection = (data ?? previousData)?.nominations;
  const list = useCursorList({ params, go, pageInfo: connection?.pageInfo, loading, error });

  const columns: TableColumnsType<Row> = [
    {
      key: "employee",
      title: t("delivery.nomination.employee"),
      render: (_, n) => <PersonCell employee={n.employee} testId="nomination-name" />,
    },
    { key: "unit", title: t("delivery.nomination.unit"), render: (_, n) => n.unit.name },
    {
      key: "batch",
      title: t("delivery.nomination.batch"),
      render: (_, n) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/delivery/batches/${n.batch.id}`} data-testid="nomination-batch">
            {n.batch.programme.title} · {n.batch.name}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {dayjs(n.batch.startsOn).format(t("format.date"))} – {dayjs(n.batch.endsOn).format(t("format.date"))}
          </Typography.Text>
        </Space>
      ),
    },
    { key: "batchStatus", title: t("delivery.nomination.batchStatus"), render: (_, n) => <DeliveryStateTag status={n.batch.status} /> },
    { key: "requestedAt", title: t("delivery.nomination.requestedAt"), render: (_, n) => dayjs(n.requestedAt).format(t("format.dateTime")) },
    {
      key: "status",
      title: t("delivery.field.status"),
      render: (_, n) => (
        <Space orientation="vertical" size={0}>
          <NominationStateTag status={n.status} />
          {n.reason && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {n.reason}
            </Typography.Text>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Text type="secondary">
        {user?.role === "UNIT_OPERATOR" ? t("delivery.nominations.hintOperator", { unit: user.unit?.name ?? "" }) : t("delivery.nominations.hint")}
      </Typography.Text>
      <FilterBar testId="nomination-filters" clearable={params.statuses.length > 0} clearText={t("needs.filter.clear")} onClear={() => go({ statuses: [], cursors: [] })}>
        <FilterSelect<NominationState>
          multiple
          id="filter-nomination-status"
          label={t("delivery.field.status")}
          placeholder={t("delivery.filter.allStatuses")}
          value={params.statuses}
          onChange={(statuses) => go(withFilters(params, { statuses }))}
          options={NOMINATION_STATES.map((s) => ({ value: s, label: t(`enum.NominationStatus.${s}`) }))}
          width={260}
        />
      </FilterBar>
      <ApiErrorAlert error={error} />
      <div ref={scrollable}>
        <Table<Row>
          data-testid="my-nominations-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={connection?.edges.map((e) => e.node) ?? []}
          loading={loading}
          pagination={false}
          scroll={{ x: "max-content" }}
        />
      </div>
      <CursorPager testIdPrefix="nominations" list={list} total={connection ? t("delivery.nominations.total", { count: connection.totalCount }) : ""} />
    </Space>
  );
}
