import { useMemo, type CSSProperties } from "react";
import { TreeSelect } from "antd";
import type { UnitListItemFragment } from "../../../gql/graphql";
import type { UnitNode } from "../lib/unit-tree";
import { useUnits } from "./use-units";

interface TreeOption {
  readonly value: string;
  readonly title: string;
  /** What typing searches: the unit's name and its code. */
  readonly searchText: string;
  readonly children: TreeOption[];
}

const toOptions = (nodes: readonly UnitNode<UnitListItemFragment>[]): TreeOption[] =>
  nodes.map((n) => ({
    value: n.unit.id,
    title: n.unit.name,
    searchText: `${n.unit.name} ${n.unit.code}`,
    children: toOptions(n.children),
  }));

interface UnitTreeSelectProps {
  readonly id?: string;
  readonly value?: string | null;
  readonly onChange?: (unitId: string | null) => void;
  readonly onBlur?: () => void;
  readonly placeholder?: string;
  readonly allowClear?: boolean;
  readonly status?: "error";
  readonly style?: CSSProperties;
  readonly "aria-label"?: string;
  readonly "data-testid"?: string;
}

/** Pick a unit from the hierarchy; typing filters by name or unit code. */
export function UnitTreeSelect({ value, onChange, ...rest }: UnitTreeSelectProps) {
  const { tree, loading } = useUnits();
  const treeData = useMemo(() => toOptions(tree), [tree]);
  return (
    <TreeSelect<string>
      {...rest}
      loading={loading}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      treeData={treeData}
      showSearch={{ treeNodeFilterProp: "searchText" }}
      treeDefaultExpandAll={treeData.length <= 1}
      popupMatchSelectWidth={false}
    />
  );
}

/** The unit filter of a list's filter bar (`#filter-unit`): the unit with its sub-units, empty for all. */
export function UnitFilter({ label, value, onChange }: { readonly label: string; readonly value: string | null; readonly onChange: (unitId: string | null) => void }) {
  return (
    <UnitTreeSelect id="filter-unit" data-testid="filter-unit" aria-label={label} placeholder={label} allowClear value={value} onChange={onChange} style={{ width: 240 }} />
  );
}
