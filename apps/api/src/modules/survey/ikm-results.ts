import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../kit/connection";
import { notFound } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { queryRows, SqlParams } from "../../kit/sql";
import { inSubtreeOfSql, scopeSql } from "../../kit/unit-scope";
import { ikmSql, SERVICE_UNIT_COLUMNS, tallyColumns, type ServiceUnitColumns, type TallyRow } from "./ikm.sql";
import { ikmOf, requiredSampleOf, serviceUnitFromColumns, toIkmElements } from "./ikm-mapping";
import { SurveyPeriodEntity } from "./survey-period.entity";
import { IkmUnitResultType, toSurveyPeriodType } from "./survey.type";

type ResultRow = ServiceUnitColumns & TallyRow & { readonly no_ikm: number; readonly total: number | null };

/**
 * Per service unit the caller may see (optionally those of one unit's subtree), its IKM in a period from its tally:
 * weakest IKM first, units without an IKM last (by name), keyset on (no IKM, IKM, name, id). Active units, and inactive
 * ones that have responses in the period. One statement for the page and its total.
 */
export async function ikmResults({
  ds,
  caller,
  periodId,
  unitId,
  first,
  after,
  withTotal,
}: {
  ds: DataSource;
  caller: Caller;
  periodId: string;
  unitId?: string | null;
  first: number;
  after?: string | null;
  withTotal: boolean;
}): Promise<Page<IkmUnitResultType>> {
  const period = isUuid(periodId) ? await ds.getRepository(SurveyPeriodEntity).findOneBy({ id: periodId }) : null;
  if (!period) throw notFound("Survey period", periodId);
  const cursor = after ? decodeCursor(after, ["int", "number", "text", "uuid"]) : null;
  const scope = await caller.scope();
  const p = new SqlParams();
  const where = [scopeSql(scope, "u.path", p), "(su.active OR t.respondents > 0)"];
  if (unitId) where.push(isUuid(unitId) ? inSubtreeOfSql("u.path", p.add(unitId, "uuid")) : "FALSE");
  const rows = await queryRows<ResultRow>(
    ds.manager,
    `WITH base AS (
       SELECT ${SERVICE_UNIT_COLUMNS}, coalesce(t.respondents, 0)::int AS respondents, ${tallyColumns("t")},
              ${ikmSql((u) => `t.s${u}`, (u) => `t.n${u}`)} AS ikm
         FROM service_units su
         JOIN units u ON u.id = su.unit_id
         LEFT JOIN survey_tallies t ON t.service_unit_id = su.id AND t.period_id = ${p.add(period.id, "uuid")}
        WHERE ${where.join(" AND ")}
     ), keyed AS (SELECT base.*, (base.ikm IS NULL)::int AS no_ikm, coalesce(base.ikm, 0) AS ikm_key FROM base)
     SELECT keyed.*, ${withTotal ? "(SELECT count(*) FROM base)::int" : "NULL::int"} AS total
       FROM keyed
      ${cursor ? `WHERE (keyed.no_ikm, keyed.ikm_key, keyed.su_name, keyed.su_id) > (${p.add(cursor[0], "int")}, ${p.add(cursor[1], "numeric")}, ${p.add(cursor[2], "varchar")}, ${p.add(cursor[3], "uuid")})` : ""}
      ORDER BY keyed.no_ikm, keyed.ikm_key, keyed.su_name, keyed.su_id
      LIMIT ${p.add(first + 1, "int")}`,
    p,
  );
  const periodType = toSurveyPeriodType(period);
  const results = rows.map((r) => {
    const serviceUnit = serviceUnitFromColumns(r);
    const requiredSample = requiredSampleOf(serviceUnit.yearlyUsers);
    return Object.assign(new IkmUnitResultType(), {
      serviceUnit,
      period: periodType,
      respondents: r.respondents,
      requiredSample,
      sampleMet: r.respondents >= requiredSample,
      ...ikmOf(r.ikm),
      elements: toIkmElements(r),
    });
  });
  const totalCount = withTotal ? (rows[0]?.total ?? (cursor ? null : 0)) : null;
  return pageOf(results, { first, after, totalCount: totalCount ?? (withTotal ? await countResults() : null) }, (node) =>
    encodeCursor([node.ikm === null ? 1 : 0, node.ikm ?? 0, node.serviceUnit.name, node.serviceUnit.id]),
  );

  async function countResults(): Promise<number> {
    // Only for a page past the end (no rows to carry the total).
    const q = new SqlParams();
    const w = [scopeSql(scope, "u.path", q), "(su.active OR t.respondents > 0)"];
    if (unitId) w.push(isUuid(unitId) ? inSubtreeOfSql("u.path", q.add(unitId, "uuid")) : "FALSE");
    const [c] = await queryRows<{ n: number }>(
      ds.manager,
      `SELECT count(*)::int AS n FROM service_units su JOIN units u ON u.id = su.unit_id
         LEFT JOIN survey_tallies t ON t.service_unit_id = su.id AND t.period_id = ${q.add(period!.id, "uuid")} WHERE ${w.join(" AND ")}`,
      q,
    );
    return c?.n ?? 0;
  }
}
