import type { DataSource } from "typeorm";
import type { Scope } from "../../kit/caller";
import { queryRows, SqlParams } from "../../kit/sql";
import { scopeSql } from "../../kit/unit-scope";
import { ikmSql } from "../survey/ikm.sql";
import { PARTICIPANT_JOINS, participantScopeSql } from "./evaluation-scope";

/** At most this many service units per batch in level 4 (a city has a few dozen). */
export const MAX_UNITS_PER_BATCH = 100;

export interface UnitIkmAround {
  readonly batchId: string;
  readonly serviceUnitId: string;
  readonly before: { periodId: string; ikm: number | null; respondents: number } | null;
  readonly after: { periodId: string; ikm: number | null; respondents: number } | null;
  /** after − before, exact to the cent; null unless both are known. */
  readonly change: number | null;
}

/**
 * Level 4, the public's view: for each batch, the active service units the caller may see (an operator: in its
 * subtree, never a unit of its ancestors) whose organisational unit's subtree holds one of the batch's participants with
 * an outcome (the caller's), with the unit's IKM (the survey module's exact ikmSql) in the latest period with responses
 * that ended before the batch started and in the earliest that started after it ended. One statement for any number of batches.
 */
export async function unitIkmAroundBatches(ds: Pick<DataSource, "query">, scope: Scope, batchIds: readonly string[]): Promise<UnitIkmAround[]> {
  if (batchIds.length === 0) return [];
  const p = new SqlParams();
  const rows = await queryRows<{
    batchId: string;
    serviceUnitId: string;
    beforePeriod: string | null;
    beforeIkm: string | null;
    beforeRespondents: number | null;
    afterPeriod: string | null;
    afterIkm: string | null;
    afterRespondents: number | null;
    change: string | null;
  }>(
    ds,
    `WITH bt AS (SELECT b.id, b.starts_on, b.ends_on FROM batches b WHERE b.id = ANY(${p.add([...batchIds], "uuid[]")})),
     su AS (
       SELECT bt.id AS batch_id, bt.starts_on, bt.ends_on, s.id, s.name
         FROM bt CROSS JOIN service_units s JOIN units su_u ON su_u.id = s.unit_id
        WHERE s.active AND ${scopeSql(scope, "su_u.path", p)} AND EXISTS (
          SELECT 1 FROM nominations n ${PARTICIPANT_JOINS}
           WHERE n.batch_id = bt.id AND n.status = 'APPROVED' AND n.outcome IS NOT NULL AND u.path LIKE su_u.path || '%' AND ${participantScopeSql(scope, p)})
     ),
     pts AS (
       SELECT t.service_unit_id, sp.id AS period_id, sp.starts_on, sp.ends_on, t.respondents, ${ikmSql((u) => `t.s${u}`, (u) => `t.n${u}`)} AS ikm
         FROM survey_tallies t JOIN survey_periods sp ON sp.id = t.period_id
        WHERE t.respondents > 0 AND t.service_unit_id IN (SELECT id FROM su)
     )
     SELECT su.batch_id AS "batchId", su.id AS "serviceUnitId",
            bf.period_id AS "beforePeriod", bf.ikm::text AS "beforeIkm", bf.respondents AS "beforeRespondents",
            af.period_id AS "afterPeriod", af.ikm::text AS "afterIkm", af.respondents AS "afterRespondents",
            (af.ikm - bf.ikm)::text AS change
       FROM su
       LEFT JOIN LATERAL (SELECT * FROM pts WHERE pts.service_unit_id = su.id AND pts.ends_on < su.starts_on ORDER BY pts.ends_on DESC LIMIT 1) bf ON TRUE
       LEFT JOIN LATERAL (SELECT * FROM pts WHERE pts.service_unit_id = su.id AND pts.starts_on > su.ends_on ORDER BY pts.starts_on LIMIT 1) af ON TRUE
      ORDER BY su.batch_id, su.name, su.id
      LIMIT ${p.add(MAX_UNITS_PER_BATCH * batchIds.length, "int")}`,
    p,
  );
  const num = (v: string | null): number | null => (v === null ? null : Number(v));
  return rows.map((r) => ({
    batchId: r.batchId,
    serviceUnitId: r.serviceUnitId,
    before: r.beforePeriod ? { periodId: r.beforePeriod, ikm: num(r.beforeIkm), respondents: r.beforeRespondents ?? 0 } : null,
    after: r.afterPeriod ? { periodId: r.afterPeriod, ikm: num(r.afterIkm), respondents: r.afterRespondents ?? 0 } : null,
    change: num(r.change),
  }));
}
