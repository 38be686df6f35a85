import { roundHalfUp } from "../shared/rounding.js";

/** One employee × competency: the gap (null when not assessed) and, optionally, its priority score. */
export interface NeedRow {
  readonly unitId: string;
  readonly competencyCode: string;
  readonly gap: number | null;
  readonly priority?: number | null;
}

export interface NeedAggregate {
  readonly unitId: string;
  readonly competencyCode: string;
  /** Rows with a gap (not null). */
  readonly employeesAssessed: number;
  /** Rows with gap > 0. */
  readonly employeesInNeed: number;
  /** Σ max(gap, 0): levels of shortfall; one expert's surplus never cancels a colleague's need. */
  readonly totalGap: number;
  /** totalGap / employeesAssessed, rounded half up to 2 decimals; null when nobody was assessed. */
  readonly meanGap: number | null;
  /** Highest priority among the rows that carry one; null when none does. */
  readonly maxPriority: number | null;
}

interface Tally {
  assessed: number;
  inNeed: number;
  totalGap: number;
  maxPriority: number | null;
}

/**
 * Needs per unit × competency: the in-memory reference for the API's SQL aggregate, which
 * should read, per `(unit_id, competency_code)`:
 * `count(gap)`, `count(*) filter (where gap > 0)`, `coalesce(sum(greatest(gap, 0)), 0)`,
 * `round(avg(greatest(gap, 0))::numeric, 2)`, `max(priority)`,
 * ordered by `unit_id, competency_code` in code-unit order (`collate "C"`).
 *
 * One row per employee × competency (rows are not de-duplicated). A pair whose rows are all
 * unassessed still appears, with `employeesAssessed: 0` and `meanGap: null`, so the screen can
 * show "not assessed yet" instead of hiding the competency.
 */
export const aggregateNeeds = (rows: ReadonlyArray<NeedRow>): readonly NeedAggregate[] => {
  const byUnit = new Map<string, Map<string, Tally>>();
  for (const row of rows) {
    const byCompetency = byUnit.get(row.unitId) ?? new Map<string, Tally>();
    byUnit.set(row.unitId, byCompetency);
    const tally = byCompetency.get(row.competencyCode) ?? { assessed: 0, inNeed: 0, totalGap: 0, maxPriority: null };
    byCompetency.set(row.competencyCode, tally);
    if (row.gap !== null) {
      tally.assessed++;
      if (row.gap > 0) {
        tally.inNeed++;
        tally.totalGap += row.gap;
      }
    }
    const priority = row.priority ?? null;
    if (priority !== null && (tally.maxPriority === null || priority > tally.maxPriority)) tally.maxPriority = priority;
  }

  const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...byUnit.keys()].sort(byCodeUnits).flatMap((unitId) => {
    const byCompetency = byUnit.get(unitId) ?? new Map<string, Tally>();
    return [...byCompetency.keys()].sort(byCodeUnits).map((competencyCode): NeedAggregate => {
      const t = byCompetency.get(competencyCode) ?? { assessed: 0, inNeed: 0, totalGap: 0, maxPriority: null };
      return {
        unitId,
        competencyCode,
        employeesAssessed: t.assessed,
        employeesInNeed: t.inNeed,
        totalGap: t.totalGap,
        meanGap: t.assessed === 0 ? null : roundHalfUp(t.totalGap / t.assessed, 2),
        maxPriority: t.maxPriority,
      };
    });
  });
};
