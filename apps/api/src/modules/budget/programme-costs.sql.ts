import type { EntityManager } from "typeorm";
import type { Scope } from "../../kit/caller";
import { queryRows, SqlParams } from "../../kit/sql";
import { inSubtreeOfSql } from "../../kit/unit-scope";
import { gainSql, SCORE_MAX } from "../evaluation/batch-evaluation.sql";
import { PARTICIPANT_JOINS, participantScopeSql } from "../evaluation/evaluation-scope";
import { lineScopeSql, rupiahOf } from "./budget.sql";

export interface ProgrammeCostRow {
  readonly programmeId: string;
  /** Whole rupiah. */
  readonly cost: number;
  /** Completed participations (APPROVED nominations with outcome COMPLETED) in its batches that are not cancelled. */
  readonly participants: number;
  /** Σ JP credited to them (their BATCH entries in the JP ledger). */
  readonly participantJp: number;
  /** The mean N-gain of its participants with an outcome and both scores (as the evaluation's programme figures). */
  readonly meanNGain: number | null;
  /** Need gaps (gap > 0, the programme's year) of completed participants in the programme's competencies. */
  readonly gapsAddressed: number;
}

/**
 * The cost-effectiveness figures of a fiscal year's programmes, over the lines the caller sees, in one statement: the
 * programmes with one of those lines, or with active spending on them linked to one of their batches; cost = active
 * spending on the programme's lines plus active spending linked to its batches on other lines. Participants are the
 * caller's (an operator's: those of its subtree, as the evaluation counts them) and, with `unitId`, those of that unit's
 * subtree. By title, at most `limit`.
 */
export async function programmeCostRows(
  m: Pick<EntityManager, "query">,
  scope: Scope,
  fiscalYear: number,
  unitId: string | null,
  limit: number,
): Promise<ProgrammeCostRow[]> {
  const p = new SqlParams();
  const year = p.add(fiscalYear, "int");
  const visible = lineScopeSql(scope, p, "l", unitId);
  const max = p.add(SCORE_MAX, "float8");
  // With a unit, its participants only, by the rule an operator of that unit is held to (the employee's unit and the
  // unit that nominated them both in the subtree), so an administrator's view of a unit equals its operator's.
  const ofUnit = unitId === null ? "TRUE" : ((u: string) => `${inSubtreeOfSql("u.path", u)} AND ${inSubtreeOfSql("nu.path", u)}`)(p.add(unitId, "uuid"));
  const rows = await queryRows<{ programmeId: string; cost: string; participants: number; participantJp: string; sumGain: number | null; gains: number; gapsAddressed: number }>(
    m,
    `WITH vl AS (SELECT l.id, l.programme_id FROM budget_lines l WHERE l.fiscal_year = ${year} AND ${visible}),
          sb AS (SELECT s.amount, vl.programme_id AS line_programme, b.programme_id AS batch_programme
                   FROM budget_spendings s JOIN vl ON vl.id = s.budget_line_id LEFT JOIN batches b ON b.id = s.batch_id
                  WHERE s.status = 'ACTIVE'),
          cost AS (SELECT x.pid, sum(x.amount) AS cost FROM (
                     SELECT sb.line_programme AS pid, sb.amount FROM sb WHERE sb.line_programme IS NOT NULL
                     UNION ALL
                     SELECT sb.batch_programme, sb.amount FROM sb WHERE sb.batch_programme IS NOT NULL AND sb.batch_programme IS DISTINCT FROM sb.line_programme
                   ) x GROUP BY x.pid),
          pg AS (SELECT pr.id, pr.title, pr.year, pr.competency_ids FROM programmes pr
                  WHERE pr.id IN (SELECT vl.programme_id FROM vl WHERE vl.programme_id IS NOT NULL UNION SELECT cost.pid FROM cost)
                  ORDER BY pr.title, pr.id LIMIT ${p.add(limit, "int")}),
          part AS (SELECT pg.id AS pid, n.id AS nomination_id, n.employee_id, n.outcome, ${gainSql(max)} AS g
                     FROM pg JOIN batches b ON b.programme_id = pg.id AND b.status <> 'CANCELLED'
                     JOIN nominations n ON n.batch_id = b.id ${PARTICIPANT_JOINS}
                    WHERE n.status = 'APPROVED' AND n.outcome IS NOT NULL AND ${participantScopeSql(scope, p)} AND ${ofUnit}),
          done AS (SELECT DISTINCT part.pid, part.employee_id FROM part WHERE part.outcome = 'COMPLETED'),
          figures AS (SELECT part.pid, count(*) FILTER (WHERE part.outcome = 'COMPLETED')::int AS participants,
                             sum(part.g) AS sum_gain, count(part.g)::int AS gains
                        FROM part GROUP BY part.pid),
          jp AS (SELECT part.pid, sum(j.jp) AS jp FROM part JOIN jp_entries j ON j.source = 'BATCH' AND j.source_id = part.nomination_id
                  WHERE part.outcome = 'COMPLETED' GROUP BY part.pid),
          gaps AS (SELECT done.pid, count(*)::int AS n
                     FROM done JOIN pg ON pg.id = done.pid CROSS JOIN LATERAL (SELECT DISTINCT c FROM unnest(pg.competency_ids) AS c) AS pc(competency_id)
                     JOIN need_gaps ng ON ng.employee_id = done.employee_id AND ng.year = pg.year AND ng.competency_id = pc.competency_id
                    WHERE ng.gap > 0 GROUP BY done.pid)
     SELECT pg.id AS "programmeId",
            COALESCE(cost.cost, 0)::text AS cost,
            COALESCE(figures.participants, 0) AS participants,
            COALESCE(jp.jp, 0)::text AS "participantJp",
            figures.sum_gain AS "sumGain",
            COALESCE(figures.gains, 0) AS gains,
            COALESCE(gaps.n, 0) AS "gapsAddressed"
       FROM pg LEFT JOIN cost ON cost.pid = pg.id LEFT JOIN figures ON figures.pid = pg.id
               LEFT JOIN jp ON jp.pid = pg.id LEFT JOIN gaps ON gaps.pid = pg.id
      ORDER BY pg.title, pg.id`,
    p,
  );
  return rows.map((r) => ({
    programmeId: r.programmeId,
    cost: rupiahOf(r.cost),
    participants: r.participants,
    participantJp: Number(r.participantJp),
    meanNGain: r.gains === 0 ? null : Number(r.sumGain) / r.gains,
    gapsAddressed: r.gapsAddressed,
  }));
}
