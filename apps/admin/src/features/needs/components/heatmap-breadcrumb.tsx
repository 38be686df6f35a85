import { Breadcrumb, Button } from "antd";
import { HomeOutlined } from "@ant-design/icons";
import { useT } from "../../../i18n/i18n-context";
import type { UnitListItemFragment } from "../../../gql/graphql";
import { unitPath } from "../../organization";

interface HeatmapBreadcrumbProps {
  readonly units: readonly UnitListItemFragment[];
  /** The unit whose sub-units are the rows; null: the caller's root. */
  readonly parentUnitId: string | null;
  readonly onOpen: (unitId: string | null) => void;
}

/**
 * Where the heatmap is in the unit tree; every level above is a link back up. The first crumb is the
 * caller's root (the city; an operator's own unit), which is what the heatmap shows without a parent.
 */
export function HeatmapBreadcrumb({ units, parentUnitId, onOpen }: HeatmapBreadcrumbProps) {
  const t = useT();
  const ids = new Set(units.map((u) => u.id));
  const roots = units.filter((u) => !u.parentId || !ids.has(u.parentId));
  const rootLabel = roots.length === 1 && roots[0] ? roots[0].name : t("needs.heatmap.allUnits");
  const fullPath = parentUnitId ? unitPath(units, parentUnitId) : [];
  const path = fullPath[0] && roots.some((r) => r.id === fullPath[0]?.id) ? fullPath.slice(1) : fullPath;
  const items = [
    {
      key: "root",
      title:
        path.length === 0 ? (
          <span data-testid="heatmap-crumb-root">
            <HomeOutlined /> {rootLabel}
          </span>
        ) : (
          <Button type="link" size="small" style={{ padding: 0, height: "auto" }} onClick={() => onOpen(null)} data-testid="heatmap-crumb-root">
            <HomeOutlined /> {rootLabel}
          </Button>
        ),
    },
    ...path.map((unit, i) => ({
      key: unit.id,
      title:
        i === path.length - 1 ? (
          <span data-testid="heatmap-crumb-current">{unit.name}</span>
        ) : (
          <Button type="link" size="small" style={{ padding: 0, height: "auto" }} onClick={() => onOpen(unit.id)} data-testid={`heatmap-crumb-${unit.code}`}>
            {unit.name}
          </Button>
        ),
    })),
  ];
  return <Breadcrumb items={items} data-testid="heatmap-breadcrumb" />;
}
