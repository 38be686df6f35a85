import { useEffect, useRef, useState } from "react";
import { findRank } from "@bina/domain";
import { Input } from "antd";
import { useT } from "../../../i18n/i18n-context";
import { FilterBar, FilterSelect } from "../../../ui/filter-select";
import { useDebouncedValue } from "../../../ui/use-debounced-value";
import {
  hasActiveFilters,
  DEFAULT_LIST_PARAMS,
  type EmployeeListParams,
  type StatusFilter,
} from "../lib/employee-list-params";
import { employmentTypeOptions, genderOptions, positionKindOptions, rankOptions } from "./enum-options";
import { UnitFilter } from "./unit-tree-select";
import { withFilters } from "../../../ui/cursor-list";

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
    <FilterBar
      testId="employee-filters"
      clearable={hasActiveFilters(params)}
      clearText={t("employees.clearFilters")}
      onClear={() => onChange({ ...DEFAULT_LIST_PARAMS, sort: params.sort, pageSize: params.pageSize })}
    >
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
      <UnitFilter label={t("employees.filter.unit")} value={params.unitId} onChange={(unitId) => set({ unitId })} />
      <FilterSelect<string>
        multiple
        id="filter-rank"
        label={t("employees.filter.rank")}
        value={params.rankCodes}
        onChange={(rankCodes) => set({ rankCodes })}
        options={rankOptions(t, params.employmentType)}
        width={220}
      />
      <FilterSelect<EmployeeListParams["positionKinds"][number]>
        multiple
        id="filter-position-kind"
        label={t("employees.filter.positionKind")}
        value={params.positionKinds}
        onChange={(positionKinds) => set({ positionKinds })}
        options={positionKindOptions(t)}
        width={220}
      />
      <FilterSelect<NonNullable<EmployeeListParams["employmentType"]>>
        id="filter-employment-type"
        label={t("employees.filter.employmentType")}
        value={params.employmentType}
        onChange={(employmentType) =>
          set({
            employmentType,
            // Ranks of the other employment type can no longer match.
            rankCodes: employmentType ? params.rankCodes.filter((r) => findRank(r)?.employmentType === employmentType) : params.rankCodes,
          })
        }
        options={employmentTypeOptions(t)}
        width={140}
      />
      <FilterSelect<NonNullable<EmployeeListParams["gender"]>>
        id="filter-gender"
        label={t("employees.filter.gender")}
        value={params.gender}
        onChange={(gender) => set({ gender })}
        options={genderOptions(t)}
        width={150}
      />
      <FilterSelect<StatusFilter>
        id="filter-status"
        label={t("employees.filter.status")}
        clearable={false}
        value={params.status}
        onChange={(status) => status && set({ status })}
        options={statusOptions}
        width={130}
      />
    </FilterBar>
  );
}
