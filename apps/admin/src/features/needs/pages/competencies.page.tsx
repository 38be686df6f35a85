import { useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Flex, Segmented, Space, Switch, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { EditOutlined, PlusOutlined, UnorderedListOutlined } from "@ant-design/icons";
import { COMPETENCY_KINDS } from "@bina/domain";
import { useSearchParams } from "react-router-dom";
import { useAuth } from "../../../session/auth-context";
import { CompetenciesDocument, type CompetencyItemFragment, type CompetencyKind } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { useCommittedValue } from "../../../ui/use-committed-value";
import { CompetencyFormModal } from "../components/competency-form-modal";
import { LevelLegend } from "../components/level-legend";
import { KindTag } from "../components/needs-tags";
import { StandardsDrawer } from "../components/standards-drawer";

type KindFilter = CompetencyKind | "ALL";

/**
 * The competency dictionary (`?kind=TECHNICAL&inactive=1&c=<id>`): technical competencies the city writes,
 * the national managerial and socio-cultural ones; `c` opens a competency's standards.
 */
export default function CompetenciesPage() {
  const t = useT();
  const { isAdmin } = useAuth();
  const [searchParams, setSearchParams] = useSearchParams();
  const kindParam = searchParams.get("kind");
  const kind: KindFilter = (COMPETENCY_KINDS as readonly string[]).includes(kindParam ?? "") ? (kindParam as CompetencyKind) : "ALL";
  const includeInactive = isAdmin && searchParams.get("inactive") === "1";
  const openId = searchParams.get("c");
  const [editing, setEditing] = useState<CompetencyItemFragment | "new" | null>(null);

  const wanted = { kind: kind === "ALL" ? null : kind, includeInactive };
  const variables = useCommittedValue(wanted, JSON.stringify(wanted));
  const { data, previousData, loading, error } = useQuery(CompetenciesDocument, { variables });
  const competencies = useMemo(() => {
    const order = (k: string) => (COMPETENCY_KINDS as readonly string[]).indexOf(k);
    // While a change reloads the list, keep the rows (and an open drawer) of the previous answer.
    return [...((data ?? previousData)?.competencies ?? [])].sort((a, b) => order(a.kind) - order(b.kind) || a.code.localeCompare(b.code));
  }, [data, previousData]);
  const open = openId ? competencies.find((c) => c.id === openId) : undefined;

  const set = (change: Record<string, string | null>) => {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(change)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setSearchParams(next);
  };

  const columns: TableColumnsType<CompetencyItemFragment> = [
    {
      key: "code",
      title: t("competencies.field.code"),
      render: (_, c) => (
        <Typography.Text code style={{ whiteSpace: "nowrap" }}>
          {c.code}
        </Typography.Text>
      ),
    },
    {
      key: "name",
      title: t("competencies.field.name"),
      render: (_, c) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{c.name}</Typography.Text>
          {c.description && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {c.description}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { key: "kind", title: t("competencies.field.kind"), render: (_, c) => <KindTag kind={c.kind} /> },
    {
      key: "active",
      title: t("competencies.field.active"),
      render: (_, c) => (c.active ? <Tag color="green">{t("competencies.active")}</Tag> : <Tag>{t("competencies.inactive")}</Tag>),
    },
    {
      key: "actions",
      title: t("common.actions"),
      render: (_, c) => (
        <Space size="small">
          <Button size="small" icon={<UnorderedListOutlined />} onClick={() => set({ c: c.id })} data-testid="competency-standards">
            {t("competencies.standards")}
          </Button>
          {isAdmin && (
            <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(c)} data-testid="competency-edit">
              {t("common.edit")}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Text type="secondary">{t("competencies.hint")}</Typography.Text>
      <LevelLegend />
      <Flex justify="space-between" align="center" wrap gap="small">
        <Space wrap>
          <Segmented<KindFilter>
            data-testid="competency-kind"
            aria-label={t("needs.filter.competencyKind")}
            value={kind}
            onChange={(value) => set({ kind: value === "ALL" ? null : value })}
            options={[
              { value: "ALL", label: <span data-testid="competency-kind-ALL">{t("competencies.allKinds")}</span> },
              ...COMPETENCY_KINDS.map((k) => ({ value: k, label: <span data-testid={`competency-kind-${k}`}>{t(`enum.CompetencyKind.${k}`)}</span> })),
            ]}
          />
          {isAdmin && (
            <Space size="small">
              <Switch
                id="include-inactive"
                data-testid="include-inactive"
                size="small"
                checked={includeInactive}
                onChange={(checked) => set({ inactive: checked ? "1" : null })}
              />
              <label htmlFor="include-inactive">{t("competencies.includeInactive")}</label>
            </Space>
          )}
        </Space>
        {isAdmin && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")} data-testid="competency-new">
            {t("competencies.new")}
          </Button>
        )}
      </Flex>
      <ApiErrorAlert error={error} />
      <Table<CompetencyItemFragment>
        data-testid="competencies-table"
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={competencies}
        pagination={competencies.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: "max-content" }}
        onRow={(c) => ({ "data-code": c.code }) as object}
      />
      <Typography.Text type="secondary" data-testid="competencies-total">
        {t("competencies.total", { count: competencies.length })}
      </Typography.Text>
      {editing !== null && <CompetencyFormModal competency={editing === "new" ? null : editing} onClose={() => setEditing(null)} />}
      {open && <StandardsDrawer competency={open} canEdit={isAdmin} onClose={() => set({ c: null })} />}
    </Space>
  );
}
