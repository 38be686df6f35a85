import type { CompetencyKind, PositionKind } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { FilterBar, FilterSelect } from "../../../ui/filter-select";
import { positionKindOptions, UnitFilter } from "../../organization";
import { hasNeedsFilters, type NeedsParams } from "../lib/needs-params";
import { CompetencySelect } from "./competency-select";
import { competencyKindOptions } from "./needs-enum-options";
import { YearSelect } from "./year-select";
import { withFilters } from "../../../ui/cursor-list";

interface NeedsFiltersProps {
  readonly params: NeedsParams;
  /** The year shown: the URL's, or the latest cycle's. */
  readonly year: number | null;
  readonly years: readonly number[];
  readonly yearsLoading: boolean;
  readonly onChange: (params: NeedsParams) => void;
  /** The priorities list also filters by unit (with its sub-units) and by competency. */
  readonly withUnitAndCompetency?: boolean;
  /** Filter by unit (with its sub-units); implied by `withUnitAndCompetency`. */
  readonly withUnit?: boolean;
  /** Filter by competency kind (not for JPM, which is over the whole standard set). Default true. */
  readonly withCompetencyKind?: boolean;
}

/** Year, competency kind and position kind (and, for the priorities, unit and competency); every change goes to the URL. */
export function NeedsFilters({ params, year, years, yearsLoading, onChange, withUnitAndCompetency = false, withUnit = false, withCompetencyKind = true }: NeedsFiltersProps) {
  const t = useT();
  const set = (change: Partial<Omit<NeedsParams, "cursors">>) => onChange(withFilters(params, change));
  return (
    <FilterBar
      testId="needs-filters"
      clearable={hasNeedsFilters(params)}
      clearText={t("needs.filter.clear")}
      onClear={() => set({ competencyKind: null, positionKind: null, unitId: null, competencyId: null })}
    >
      <YearSelect id="filter-year" value={year} years={years} loading={yearsLoading} onChange={(y) => set({ year: y })} />
      {withCompetencyKind && (
        <FilterSelect<CompetencyKind>
          id="filter-competency-kind"
          label={t("needs.filter.competencyKind")}
          value={params.competencyKind}
          onChange={(competencyKind) => set({ competencyKind, competencyId: null })}
          options={competencyKindOptions(t)}
          width={190}
        />
      )}
      <FilterSelect<PositionKind>
        id="filter-position-kind"
        label={t("needs.filter.positionKind")}
        value={params.positionKind}
        onChange={(positionKind) => set({ positionKind })}
        options={positionKindOptions(t)}
        width={180}
      />
      {(withUnitAndCompetency || withUnit) && (
        <UnitFilter label={t("needs.filter.unit")} value={params.unitId} onChange={(unitId) => set({ unitId })} />
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
    </FilterBar>
  );
}
