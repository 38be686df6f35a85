import type { DataSource } from "typeorm";
import { queryRows, SqlParams } from "../../kit/sql";

/** Needs of one competency, city-wide: how many employees have a gap, and their mean priority score. */
export interface CompetencyNeed {
  readonly inNeed: number;
  readonly meanPriority: number;
}

/** The year whose assessment feeds a plan: the cycle of the year before the plan year. */
export const assessmentYearFor = (planYear: number): number => planYear - 1;

interface CompetencyNeedRow {
  competency_id: string;
  in_need: number;
  mean_priority: string;
}

/**
 * City-wide needs per competency for a plan year (the previous year's assessment), in one SQL statement: sums of the
 * needs store's cells (the mean priority is Σ score / Σ employees in need, as `avg(score)` over the needs).
 */
export async function competencyNeeds(ds: DataSource, planYear: number): Promise<Map<string, CompetencyNeed>> {
  const p = new SqlParams();
  const rows = await queryRows<CompetencyNeedRow>(
    ds,
    `SELECT competency_id, sum(in_need)::int AS in_need, (sum(sum_priority) / sum(in_need))::text AS mean_priority
       FROM need_cells WHERE year = ${p.add(assessmentYearFor(planYear), "int")}
      GROUP BY competency_id HAVING sum(in_need) > 0`,
    p,
  );
  return new Map(rows.map((r) => [r.competency_id, { inNeed: r.in_need, meanPriority: Number(r.mean_priority) }]));
}
