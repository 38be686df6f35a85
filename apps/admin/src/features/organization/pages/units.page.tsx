import { useMemo } from "react";
import { Card, Empty, Skeleton, Space, Tag, Tree, Typography } from "antd";
import type { TreeDataNode } from "antd";
import { useNavigate } from "react-router-dom";
import type { UnitListItemFragment } from "../../../gql/graphql";
import { useT, type Translate } from "../../../i18n/i18n-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { useUnits } from "../components/use-units";
import { toSearchParams, DEFAULT_LIST_PARAMS } from "../lib/employee-list-params";
import type { UnitNode } from "../lib/unit-tree";
import { withFilters } from "../../../ui/cursor-list";

const KIND_COLORS: Readonly<Record<UnitListItemFragment["kind"], string>> = {
  CITY: "gold",
  OPD: "blue",
  KECAMATAN: "purple",
  KELURAHAN: "cyan",
  SECTION: "default",
};

const toTreeData = (nodes: readonly UnitNode<UnitListItemFragment>[], t: Translate): TreeDataNode[] =>
  nodes.map(({ unit, children }) => ({
    key: unit.id,
    title: (
      <Space size="small" data-testid={`unit-${unit.code}`}>
        <span>{unit.name}</span>
        <Tag color={KIND_COLORS[unit.kind]}>{t(`enum.UnitKind.${unit.kind}`)}</Tag>
        <Typography.Text type="secondary">{t("units.employeeCount", { count: unit.employeeCount })}</Typography.Text>
      </Space>
    ),
    children: toTreeData(children, t),
  }));

/** The unit hierarchy; choosing a unit opens the employees of that unit and its sub-units. */
export function UnitsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { tree, loading, error } = useUnits();
  const treeData = useMemo(() => toTreeData(tree, t), [tree, t]);
  // Open the first two levels: the city and its OPDs / kecamatan.
  const expanded = useMemo(() => tree.flatMap((n) => [n.unit.id, ...n.children.map((c) => c.unit.id)]), [tree]);

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t("units.title")}
      </Typography.Title>
      <Typography.Text type="secondary">{t("units.hint")}</Typography.Text>
      <ApiErrorAlert error={error} />
      <Card>
        {loading && tree.length === 0 ? (
          <Skeleton active />
        ) : tree.length === 0 ? (
          <Empty description={t("units.empty")} />
        ) : (
          <Tree
            key={expanded.join(",")}
            data-testid="units-tree"
            showLine
            blockNode
            defaultExpandedKeys={expanded}
            treeData={treeData}
            onSelect={(keys) => {
              const unitId = keys[0];
              if (unitId === undefined) return;
              void navigate(`/employees?${toSearchParams(withFilters(DEFAULT_LIST_PARAMS, { unitId: String(unitId) })).toString()}`);
            }}
          />
        )}
      </Card>
    </Space>
  );
}
