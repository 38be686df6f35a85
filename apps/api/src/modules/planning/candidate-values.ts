import type { DataSource } from "typeorm";
import { programmeValue } from "@bina/domain";
import { gapRowsCte } from "../needs/gap-rows.sql";
import { scoredCtes } from "../needs/needs.queries";
import type { ProgrammeCandidateEntity } from "./programme-candidate.entity";

/** Needs of one competency, city-wide: how many employees have a gap, and their mean priority. */
export interface CompetencyNeed {
  readonly inNeed: number;
  readonly meanPriority: number;
}

/** The year whose assessment feeds a plan: the cycle of the year before the plan year. */
export const assessmentYearFor = (planYear: number): number => planYear - 1;

/** City-wide needs per competency for a plan year, in one SQL statement. */
export async function competencyNeeds(ds: DataSource, planYear: number): Promise<Map<string, CompetencyNeed>> {
  const { sql, params } = gapRowsCte({ kind: "ALL" }, { year: assessmentYearFor(planYear) });
  const rows: { competency_id: string; n: number; p: string }[] = await ds.query(
    `WITH ${sql}, ${scoredCtes()}
     SELECT competency_id, count(*)::int AS n, avg(score) AS p FROM scored WHERE gap > 0 GROUP BY competency_id`,
    params,
  );
  return new Map(rows.map((r) => [r.competency_id, { inNeed: r.n, meanPriority: Number(r.p) }]));
}

/**
 * A candidate's value (domain `programmeValue`): for each competency it develops, the mean priority of that
 * competency's needs times the participants it covers (at most the employees in need). Practice, documented.
 */
export const candidateValue = (c: Pick<ProgrammeCandidateEntity, "competencyIds" | "participants">, needs: ReadonlyMap<string, CompetencyNeed>): number =>
  programmeValue(
    c.competencyIds.map((id) => {
      const need = needs.get(id);
      return { priority: need ? Math.round(need.meanPriority * 100) / 100 : 0, participants: need ? Math.min(c.participants, need.inNeed) : 0 };
    }),
  );
