import { useMemo, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Dropdown, Flex, Select, Space, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { DownOutlined, EditOutlined, NodeIndexOutlined, PlusOutlined } from "@ant-design/icons";
import type { DeliveryState, DevelopmentKind } from "@bina/domain";
import dayjs from "dayjs";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { DeliveryProgrammesDocument, MoveProgrammeDocument, type DeliveryProgrammesQuery } from "../../../gql/graphql";
import { errorMessage } from "../../../i18n/errors";
import { useT } from "../../../i18n/i18n-context";
import { useKeyboardScrollable } from "../../../ui/use-keyboard-scrollable";
import { useAuth } from "../../../session/auth-context";
import { apiErrorFacts } from "../../../ui/api-error";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { withFilters } from "../../../ui/cursor-list";
import { CursorPager, useCursorList } from "../../../ui/cursor-pager";
import { FilterBar, FilterSelect } from "../../../ui/filter-select";
import { useCommittedValue } from "../../../ui/use-committed-value";
import { BatchFormModal } from "../components/batch-form-modal";
import { kindOptions, stateOptions } from "../components/delivery-options";
import { DeliveryStateTag } from "../components/delivery-tags";
import { evictProgrammes } from "../components/evict-delivery";
import { ProgrammeFormModal } from "../components/programme-form-modal";
import {
  DEFAULT_PROGRAMME_PARAMS,
  hasProgrammeFilters,
  parseProgrammeParams,
  toProgrammeSearchParams,
  toProgrammeVariables,
  type ProgrammeParams,
} from "../lib/delivery-params";
import { programmeMoves } from "../lib/delivery-rules";

type ProgrammeRow = DeliveryProgrammesQuery["programmes"]["edges"][number]["node"];

/**
 * The programme catalogue (`/delivery?year=&kind=&status=&after=`): a year's programmes with their kind, organiser,
 * batches and status. Administrators make programmes from the adopted plan's items (or ad hoc), move their status as
 * the lifecycle allows, and add batches; operators and analysts read.
 */
export default function ProgrammesPage() {
  const t = useT();
  const scrollable = useKeyboardScrollable<HTMLDivElement>(t("common.scrollableTable"));
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { isAdmin } = useAuth();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseProgrammeParams(searchParams), [searchParams]);
  const currentYear = new Date().getFullYear();
  const year = params.year ?? currentYear;
  const years = useMemo(() => [...new Set([currentYear - 1, currentYear, currentYear + 1, year])].sort((a, b) => b - a), [currentYear, year]);
  const [editing, setEditing] = useState<ProgrammeRow | "new" | null>(null);
  const [addingBatch, setAddingBatch] = useState<ProgrammeRow | null>(null);

  const wanted = useMemo(() => toProgrammeVariables(params, year), [params, year]);
  const variables = useCommittedValue(wanted, JSON.stringify(wanted));
  const { data, previousData, loading, error } = useQuery(DeliveryProgrammesDocument, { variables, notifyOnNetworkStatusChange: true });
  const connection = (data ?? previousData)?.programmes;
  const [move, moving] = useMutation(MoveProgrammeDocument, { update: evictProgrammes });
  const go = (next: ProgrammeParams) => setSearchParams(toProgrammeSearchParams(next));
  const list = useCursorList({ params, go, pageInfo: connection?.pageInfo, loading, error });
  const date = (iso: string) => dayjs(iso).format(t("format.date"));

  const moveTo = async (p: ProgrammeRow, status: DeliveryState) => {
    try {
      await move({ variables: { input: { id: p.id, version: p.version, status } } });
      void message.success(t("delivery.programme.moved", { title: p.title, status: t(`enum.DeliveryState.${status}`) }));
    } catch (e) {
      void message.error(errorMessage(t, apiErrorFacts(e)[0] ?? { message: "" }));
    }
  };

  const columns: TableColumnsType<ProgrammeRow> = [
    {
      key: "title",
      title: t("delivery.programme.field.title"),
      render: (_, p) => (
        <Space orientation="vertical" size={0} style={{ maxWidth: 380 }}>
          <Typography.Text strong data-testid="programme-title">
            {p.title}
          </Typography.Text>
          <Space size={4} wrap>
            {p.planId && (
              <Link to={`/planning?year=${p.year}&plan=${p.planId}`}>
                <Tag color="purple" icon={<NodeIndexOutlined />} data-testid="programme-from-plan">
                  {t("delivery.programme.inPlan")}
                </Tag>
              </Link>
            )}
            {p.leadershipProgramme && <Tag>{t(`enum.LeadershipProgramme.${p.leadershipProgramme}`)}</Tag>}
          </Space>
        </Space>
      ),
    },
    {
      key: "kind",
      title: t("delivery.programme.field.kind"),
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <span>{t(`enum.DevelopmentKind.${p.kind}`)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`enum.DevelopmentRoute.${p.route}`)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: "organiser",
      title: t("delivery.programme.field.organiser"),
      render: (_, p) => (p.organiserName ? `${t(`enum.ProgrammeOrganiser.${p.organiser}`)} · ${p.organiserName}` : t(`enum.ProgrammeOrganiser.${p.organiser}`)),
    },
    {
      key: "batches",
      title: t("delivery.programme.batches"),
      render: (_, p) =>
        p.batches.length === 0 ? (
          <Typography.Text type="secondary">{t("delivery.programme.noBatches")}</Typography.Text>
        ) : (
          <Space orientation="vertical" size={0}>
            {p.batches.map((b) => (
              <Link key={b.id} to={`/delivery/batches/${b.id}`} data-testid="programme-batch-link">
                {b.name} · {date(b.startsOn)}
              </Link>
            ))}
          </Space>
        ),
    },
    { key: "status", title: t("delivery.field.status"), render: (_, p) => <DeliveryStateTag status={p.status} testId="programme-status" /> },
    ...(isAdmin
      ? [
          {
            key: "actions",
            title: t("common.actions"),
            render: (_: unknown, p: ProgrammeRow) => {
              const moves = programmeMoves(p.status);
              return (
                <Space size="small" wrap>
                  <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(p)} data-testid="programme-edit" aria-label={t("delivery.programme.edit", { title: p.title })} />
                  {p.status !== "CANCELLED" && p.status !== "EVALUATED" && (
                    <Button size="small" icon={<PlusOutlined />} onClick={() => setAddingBatch(p)} data-testid="programme-add-batch">
                      {t("delivery.batch.new")}
                    </Button>
                  )}
                  {moves.length > 0 && (
                    <Dropdown
                      trigger={["click"]}
                      menu={{
                        items: moves.map((s) => ({ key: s, label: t(`delivery.moveTo.${s}`), danger: s === "CANCELLED", "data-testid": `programme-move-${s}` })),
                        onClick: ({ key }) => void moveTo(p, key as DeliveryState),
                      }}
                    >
                      <Button size="small" loading={moving.loading} data-testid="programme-move">
                        {t("delivery.status.move")} <DownOutlined />
                      </Button>
                    </Dropdown>
                  )}
                </Space>
              );
            },
          },
        ]
      : []),
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Text type="secondary">{isAdmin ? t("delivery.programmes.hintAdmin") : t("delivery.programmes.hint")}</Typography.Text>
      <Flex justify="space-between" align="center" wrap gap="small">
        <FilterBar testId="programme-filters" clearable={hasProgrammeFilters(params)} clearText={t("needs.filter.clear")} onClear={() => go({ ...DEFAULT_PROGRAMME_PARAMS, year: params.year })}>
          <Select<number>
            id="filter-year"
            data-testid="filter-year"
            aria-label={t("delivery.filter.year")}
            value={year}
            onChange={(y) => go(withFilters(params, { year: y }))}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 110 }}
          />
          <FilterSelect<DevelopmentKind>
            multiple
            id="filter-kind"
            label={t("delivery.programme.field.kind")}
            placeholder={t("delivery.filter.allKinds")}
            value={params.kinds}
            onChange={(kinds) => go(withFilters(params, { kinds }))}
            options={kindOptions(t)}
            width={260}
          />
          <FilterSelect<DeliveryState>
            multiple
            id="filter-status"
            label={t("delivery.field.status")}
            placeholder={t("delivery.filter.allStatuses")}
            value={params.statuses}
            onChange={(statuses) => go(withFilters(params, { statuses }))}
            options={stateOptions(t)}
            width={240}
          />
        </FilterBar>
        {isAdmin && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")} data-testid="programme-new">
            {t("delivery.programme.new")}
          </Button>
        )}
      </Flex>
      <ApiErrorAlert error={error} />
      <div ref={scrollable}>
        <Table<ProgrammeRow>
          data-testid="programmes-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={connection?.edges.map((e) => e.node) ?? []}
          loading={loading}
          pagination={false}
          scroll={{ x: "max-content" }}
        />
      </div>
      <CursorPager testIdPrefix="programmes" list={list} total={connection ? t("delivery.programmes.total", { count: connection.totalCount }) : ""} />
      {editing !== null && <ProgrammeFormModal year={year} programme={editing === "new" ? null : editing} onClose={() => setEditing(null)} />}
      {addingBatch && (
        <BatchFormModal programme={addingBatch} onClose={() => setAddingBatch(null)} onCreated={(id) => void navigate(`/delivery/batches/${id}`)} />
      )}
    </Space>
  );
}
