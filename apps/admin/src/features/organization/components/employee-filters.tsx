import { useEffect, useRef, useState } from "react";
import { findRank } from "@bina/domain";
import { Button, Input, Select, Space } from "antd";
import { ClearOutlined } from "@ant-design/icons";
import { useT } from "../../../i18n/i18n-context";
import { useDebouncedValue } from "../../../ui/use-debounced-value";
import {
  hasActiveFilters,
  withFilters,
  DEFAULT_LIST_PARAMS,
  type EmployeeListParams,
  type StatusFilter,
} from "../lib/employee-list-params";
import { employmentTypeOptions, genderOptions, positionKindOptions, rankOptions } from "./enum-options";
import { UnitTreeSelect } from "./unit-tree-select";

interface EmployeeFiltersProps {
  readonly params: EmployeeListParams;
  readonly onChange: (params: EmployeeListParams) => void;
}

const SEARCH_DEBOUNCE_MS = 350;

/** Search box and filters of the employees list; every change goes to the URL through `onChange`. */
export function EmployeeFilters({ params, onChange }: EmployeeFiltersProps) {
  const t = useT();
  const [search, setSearch] = useState(params.search);
  const debouncedSearch = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);

  // The URL changed from elsewhere (back button, a shared link, "clear filters"): follow it.
  useEffect(() => setSearch(params.search), [params.search]);

  // Only a settled search navigates; the latest params are read through a ref so that
  // other changes of params do not re-run this effect.
  const latest = useRef({ params, onChange });
  latest.current = { params, onChange };
  useEffect(() => {
    const { params: current, onChange: change } = latest.current;
    if (debouncedSearch !== current.search) change(withFilters(current, { search: debouncedSearch }));
  }, [debouncedSearch]);

  const set = (change: Partial<Omit<EmployeeListParams, "cursors">>) => onChange(withFilters(params, change));
  const statusOptions: { value: StatusFilter; label: string }[] = [
    { value: "active", label: t("employees.status.active") },
    { value: "inactive", label: t("employees.status.inactive") },
    { value: "all", label: t("employees.status.all") },
  ];

  return (
    <Space wrap size="small" style={{ width: "100%" }} data-testid="employee-filters">
      <Input.Search
        id="employee-search"
        data-testid="employee-search"
        aria-label={t("employees.search")}
        placeholder={t("employees.search")}
        allowClear
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        onSearch={(value) => onChange(withFilters(params, { search: value }))}
        style={{ width: 260 }}
      />
      <UnitTreeSelect
        id="filter-unit"
        data-testid="filter-unit"
        aria-label={t("employees.filter.unit")}
        placeholder={t("employees.filter.unit")}
        allowClear
        value={params.unitId}
        onChange={(unitId) => set({ unitId })}
        style={{ width: 240 }}
      />
      <Select<string[]>
        id="filter-rank"
        data-testid="filter-rank"
        aria-label={t("employees.filter.rank")}
        placeholder={t("employees.filter.rank")}
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        value={[...params.rankCodes]}
        onChange={(rankCodes) => set({ rankCodes })}
        options={rankOptions(t, params.employmentType)}
        style={{ width: 220 }}
      />
      <Select<EmployeeListParams["positionKinds"][number][]>
        id="filter-position-kind"
        data-testid="filter-position-kind"
        aria-label={t("employees.filter.positionKind")}
        placeholder={t("employees.filter.positionKind")}
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        value={[...params.positionKinds]}
        onChange={(positionKinds) => set({ positionKinds })}
        options={positionKindOptions(t)}
        style={{ width: 220 }}
      />
      <Select<NonNullable<EmployeeListParams["employmentType"]>>
        id="filter-employment-type"
        data-testid="filter-employment-type"
        aria-label={t("employees.filter.employmentType")}
        placeholder={t("employees.filter.employmentType")}
        allowClear
        value={params.employmentType ?? undefined}
        onChange={(employmentType) =>
          set({
            employmentType: employmentType ?? null,
            // Ranks of the other employment type can no longer match.
            rankCodes: employmentType
              ? params.rankCodes.filter((r) => findRank(r)?.employmentType === employmentType)
              : params.rankCodes,
          })
        }
        options={employmentTypeOptions(t)}
        style={{ width: 140 }}
      />
      <Select<NonNullable<EmployeeListParams["gender"]>>
        id="filter-gender"
        data-testid="filter-gender"
        aria-label={t("employees.filter.gender")}
        placeholder={t("employees.filter.gender")}
        allowClear
        value={params.gender ?? undefined}
        onChange={(gender) => set({ gender: gender ?? null })}
        options={genderOptions(t)}
        style={{ width: 150 }}
      />
      <Select<StatusFilter>
        id="filter-status"
        data-testid="filter-status"
        aria-label={t("employees.filter.status")}
        value={params.status}
        onChange={(status) => set({ status })}
        options={statusOptions}
        style={{ width: 130 }}
      />
      {hasActiveFilters(params) && (
        <Button icon={<ClearOutlined />} onClick={() => onChange({ ...DEFAULT_LIST_PARAMS, sort: params.sort, pageSize: params.pageSize })}>
          {t("employees.clearFilters")}
        </Button>
      )}
    </Space>
  );
}
