import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../kit/connection";
import { notFound } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { queryRows, SqlParams } from "../../kit/sql";
import { inScope } from "../../kit/unit-scope";
import { UnitEntity } from "../organization/unit.entity";
import { ServiceUnitEntity } from "./service-unit.entity";
import { SurveyPeriodEntity } from "./survey-period.entity";
import { SurveySuggestionType } from "./survey.type";

/**
 * A service unit's non-empty suggestions in a period, newest first (keyset on submitted_at, id; the cursor keeps the
 * microseconds). ADMIN and ANALYST see every unit's; a unit operator its subtree's: a service unit outside it, like an
 * unknown one or an unknown period, is NOT_FOUND.
 */
export async function listSurveySuggestions({
  ds,
  caller,
  serviceUnitId,
  periodId,
  first,
  after,
  withTotal,
}: {
  ds: DataSource;
  caller: Caller;
  serviceUnitId: string;
  periodId: string;
  first: number;
  after?: string | null;
  withTotal: boolean;
}): Promise<Page<SurveySuggestionType>> {
  const su = isUuid(serviceUnitId) ? await ds.getRepository(ServiceUnitEntity).findOneBy({ id: serviceUnitId }) : null;
  if (!su) throw notFound("Service unit", serviceUnitId);
  const scope = await caller.scope();
  if (scope.kind !== "ALL") {
    const unit = await ds.getRepository(UnitEntity).findOneBy({ id: su.unitId });
    if (!unit || !inScope(scope, unit.path)) throw notFound("Service unit", serviceUnitId);
  }
  const period = isUuid(periodId) ? await ds.getRepository(SurveyPeriodEntity).findOneBy({ id: periodId }) : null;
  if (!period) throw notFound("Survey period", periodId);
  const p = new SqlParams();
  const where = `r.service_unit_id = ${p.add(su.id, "uuid")} AND r.period_id = ${p.add(period.id, "uuid")} AND r.suggestion IS NOT NULL AND btrim(r.suggestion) <> ''`;
  let totalCount: number | null = null;
  if (withTotal) {
    const [c] = await queryRows<{ n: number }>(ds.manager, `SELECT count(*)::int AS n FROM survey_responses r WHERE ${where}`, p);
    totalCount = Number(c!.n);
  }
  let keyset = "";
  if (after) {
    const [at, id] = decodeCursor(after, ["timestamp", "uuid"]);
    keyset = ` AND (r.submitted_at, r.id) < (${p.add(at, "timestamptz")}, ${p.add(id, "uuid")})`;
  }
  const rows = await queryRows<{ id: string; submitted_at: Date; at_key: string; suggestion: string; service_received: string | null }>(
    ds.manager,
    `SELECT r.id, r.submitted_at, to_char(r.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at_key, r.suggestion, r.service_received
       FROM survey_responses r
      WHERE ${where}${keyset}
      ORDER BY r.submitted_at DESC, r.id DESC
      LIMIT ${first + 1}`,
    p,
  );
  const page = pageOf(rows, { first, after, totalCount }, (r) => encodeCursor([r.at_key, r.id]));
  return {
    ...page,
    rows: page.rows.map(({ node: r, cursor }) => ({
      cursor,
      node: Object.assign(new SurveySuggestionType(), { submittedAt: new Date(r.submitted_at), suggestion: r.suggestion, serviceReceived: r.service_received }),
    })),
  };
}
