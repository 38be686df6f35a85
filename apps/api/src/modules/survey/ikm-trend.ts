import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { notFound } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { queryRows, SqlParams } from "../../kit/sql";
import { inScope } from "../../kit/unit-scope";
import { UnitEntity } from "../organization/unit.entity";
import { ikmSql, periodColumns } from "./ikm.sql";
import { periodFromColumns, toPeriodPoint } from "./ikm-mapping";
import { ServiceUnitEntity } from "./service-unit.entity";
import type { IkmPeriodPointType } from "./survey.type";

/** Most periods a trend lists: fifty years of half years. */
export const MAX_TREND_PERIODS = 100;

/**
 * A service unit's IKM in every period, oldest first (periods without responses too, with no IKM), at most
 * MAX_TREND_PERIODS (the latest). A service unit outside an operator's subtree is NOT_FOUND, as in its lists.
 */
export async function ikmTrend({ ds, caller, serviceUnitId }: { ds: DataSource; caller: Caller; serviceUnitId: string }): Promise<IkmPeriodPointType[]> {
  const su = isUuid(serviceUnitId) ? await ds.getRepository(ServiceUnitEntity).findOneBy({ id: serviceUnitId }) : null;
  const scope = await caller.scope();
  if (su && scope.kind !== "ALL") {
    const unit = await ds.getRepository(UnitEntity).findOneBy({ id: su.unitId });
    if (!unit || !inScope(scope, unit.path)) throw notFound("Service unit", serviceUnitId);
  }
  if (!su) throw notFound("Service unit", serviceUnitId);
  const p = new SqlParams();
  const rows = await queryRows<Record<string, unknown> & { respondents: number; ikm: string | null }>(
    ds.manager,
    `SELECT * FROM (
       SELECT ${periodColumns("p", "p_")}, p.starts_on AS sort_key, coalesce(t.respondents, 0)::int AS respondents,
              ${ikmSql((u) => `t.s${u}`, (u) => `t.n${u}`)} AS ikm
         FROM survey_periods p
         LEFT JOIN survey_tallies t ON t.period_id = p.id AND t.service_unit_id = ${p.add(su.id, "uuid")}
        ORDER BY p.starts_on DESC
        LIMIT ${MAX_TREND_PERIODS}
     ) x ORDER BY x.sort_key`,
    p,
  );
  return rows.map((r) => toPeriodPoint(periodFromColumns(r, "p_")!, r.respondents, r.ikm));
}
