import { Button, Select, Space } from "antd";
import { ClearOutlined } from "@ant-design/icons";
import type { CompetencyKind, PositionKind } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { positionKindOptions, UnitTreeSelect } from "../../organization";
import { hasNeedsFilters, withNeedsFilters, type NeedsParams } from "../lib/needs-params";
import { CompetencySelect } from "./competency-select";
import { competencyKindOptions } from "./needs-enum-options";
import { YearSelect } from "./year-select";

interface NeedsFiltersProps {
  readonly params: NeedsParams;
  /** The year shown: the URL's, or the latest cycle's. */
  readonly year: number | null;
  readonly years: readonly number[];
  readonly yearsLoading: boolean;
  readonly onChange: (params: NeedsParams) => void;
  /** The priorities list also filters by unit (with its sub-units) and by competency. */
  readonly withUnitAndCompetency?: boolean;
}

/** Year, competency kind and position kind (and, for the priorities, unit and competency); every change goes to the URL. */
export function NeedsFilters({ params, year, years, yearsLoading, onChange, withUnitAndCompetency = false }: NeedsFiltersProps) {
  const t = useT();
  const set = (change: Partial<Omit<NeedsParams, "cursors">>) => onChange(withNeedsFilters(params, change));
  return (
    <Space wrap size="small" data-testid="needs-filters">
      <YearSelect id="filter-year" value={year} years={years} loading={yearsLoading} onChange={(y) => set({ year: y })} />
      <Select<CompetencyKind>
        id="filter-competency-kind"
        data-testid="filter-competency-kind"
        aria-label={t("needs.filter.competencyKind")}
        placeholder={t("needs.filter.competencyKind")}
        allowClear
        value={params.competencyKind ?? undefined}
        onChange={(competencyKind) => set({ competencyKind: competencyKind ?? null, competencyId: null })}
        options={competencyKindOptions(t)}
        style={{ width: 190 }}
      />
      <Select<PositionKind>
        id="filter-position-kind"
        data-testid="filter-position-kind"
        aria-label={t("needs.filter.positionKind")}
        placeholder={t("needs.filter.positionKind")}
        allowClear
        value={params.positionKind ?? undefined}
        onChange={(positionKind) => set({ positionKind: positionKind ?? null })}
        options={positionKindOptions(t)}
        style={{ width: 180 }}
      />
      {withUnitAndCompetency && (
        <UnitTreeSelect
          id="filter-unit"
          data-testid="filter-unit"
          aria-label={t("needs.filter.unit")}
          placeholder={t("needs.filter.unit")}
          allowClear
          value={params.unitId}
          onChange={(unitId) => set({ unitId })}
          style={{ width: 240 }}
        />
      )}
      {withUnitAndCompetency && (
        <CompetencySelect
          id="filter-competency"
          data-testid="filter-competency"
          aria-label={t("needs.filter.competency")}
          placeholder={t("needs.filter.competency")}
          allowClear
          kind={params.competencyKind}
          value={params.competencyId}
          onChange={(competencyId) => set({ competencyId })}
          style={{ width: 260 }}
        />
      )}
      {hasNeedsFilters(params) && (
        <Button
          icon={<ClearOutlined />}
          data-testid="filters-clear"
          onClick={() => set({ competencyKind: null, positionKind: null, unitId: null, competencyId: null })}
        >
          {t("needs.filter.clear")}
        </Button>
      )}
    </Space>
  );
}
