import type { DataSource } from "typeorm";
import { queryRows, SqlParams } from "../../kit/sql";
import { scoredNeedsCtes } from "../needs/scored-needs.sql";

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

/** City-wide needs per competency for a plan year (the previous year's assessment), in one SQL statement. */
export async function competencyNeeds(ds: DataSource, planYear: number): Promise<Map<string, CompetencyNeed>> {
  const p = new SqlParams();
  const rows = await queryRows<CompetencyNeedRow>(
    ds,
    `WITH ${scoredNeedsCtes({ kind: "ALL" }, { year: assessmentYearFor(planYear) }, p)}
     SELECT competency_id, count(*)::int AS in_need, avg(score)::text AS mean_priority
       FROM needs WHERE gap > 0 GROUP BY competency_id`,
    p,
  );
  return new Map(rows.map((r) => [r.competency_id, { inNeed: r.in_need, meanPriority: Number(r.mean_priority) }]));
}
