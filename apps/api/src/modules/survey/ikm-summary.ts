import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { notFound } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { queryRows, SqlParams } from "../../kit/sql";
import { scopeSql } from "../../kit/unit-scope";
import { ikmSql, requiredSampleSql, type TallyRow } from "./ikm.sql";
import { ikmOf, toIkmElements } from "./ikm-mapping";
import { SurveyPeriodEntity } from "./survey-period.entity";
import { IkmSummaryType, toSurveyPeriodType } from "./survey.type";

const U = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/**
 * A period's IKM over every response the caller may see (the city for ADMIN and ANALYST, the subtree's service units for
 * a unit operator): every answer pooled per element (the tallies added up), with the counts of units, units with
 * responses and units meeting their required sample. The counts are over one set: the active service units and any
 * inactive one with responses in the period (its answers are in the IKM), so units ≥ units with responses ≥ units meeting
 * the sample. One statement.
 */
export async function ikmSummary({ ds, caller, periodId }: { ds: DataSource; caller: Caller; periodId: string }): Promise<IkmSummaryType> {
  const period = isUuid(periodId) ? await ds.getRepository(SurveyPeriodEntity).findOneBy({ id: periodId }) : null;
  if (!period) throw notFound("Survey period", periodId);
  const scope = await caller.scope();
  const p = new SqlParams();
  const periodParam = p.add(period.id, "uuid");
  const [row] = await queryRows<TallyRow & { units: number; with_responses: number; meeting: number }>(
    ds.manager,
    `WITH rows AS (
       SELECT su.active, su.yearly_users, t.*
         FROM service_units su
         JOIN units u ON u.id = su.unit_id
         LEFT JOIN survey_tallies t ON t.service_unit_id = su.id AND t.period_id = ${periodParam}
        WHERE ${scopeSql(scope, "u.path", p)}
     ), sums AS (
       SELECT count(*) FILTER (WHERE active OR respondents > 0)::int AS units,
              count(*) FILTER (WHERE respondents > 0)::int AS with_responses,
              count(*) FILTER (WHERE respondents > 0 AND respondents >= ${requiredSampleSql("yearly_users", p)})::int AS meeting,
              coalesce(sum(respondents), 0)::bigint AS respondents,
              ${U.map((u) => `coalesce(sum(s${u}), 0)::bigint AS s${u}, coalesce(sum(n${u}), 0)::bigint AS n${u}`).join(", ")}
         FROM rows
     )
     SELECT sums.*, ${ikmSql((u) => `sums.s${u}`, (u) => `sums.n${u}`)} AS ikm FROM sums`,
    p,
  );
  const r = row!;
  return Object.assign(new IkmSummaryType(), {
    period: toSurveyPeriodType(period),
    respondents: Number(r.respondents),
    units: r.units,
    unitsWithResponses: r.with_responses,
    unitsMeetingSample: r.meeting,
    ...ikmOf(r.ikm),
    elements: toIkmElements(r),
  });
}
