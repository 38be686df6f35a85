import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../kit/connection";
import { queryRows, SqlParams } from "../../kit/sql";
import { scopeSql, underPathSql } from "../../kit/unit-scope";
import { checkYear } from "../planning/plan-year";
import { ikmSql, periodColumns, SERVICE_UNIT_COLUMNS, type ServiceUnitColumns } from "./ikm.sql";
import { periodFromColumns, serviceUnitFromColumns, toPeriodPoint } from "./ikm-mapping";
import { IkmBeforeAfterTrainingType } from "./survey.type";

type Row = ServiceUnitColumns &
  Record<string, unknown> & {
    trained: number;
    batches: number;
    b_respondents: number | null;
    b_ikm: string | null;
    a_respondents: number | null;
    a_ikm: string | null;
    change: string | null;
    total: number | null;
  };

/** The latest (`before`) or earliest (`after`) period with responses of service unit `su` on one side of a date. */
const pointSql = (prefix: "b_" | "a_", side: string): string => `
  LEFT JOIN LATERAL (
    SELECT ${periodColumns("p", prefix)}, t.respondents AS ${prefix}respondents, ${ikmSql((u) => `t.s${u}`, (u) => `t.n${u}`)} AS ${prefix}ikm
      FROM survey_tallies t JOIN survey_periods p ON p.id = t.period_id
     WHERE t.service_unit_id = pg.su_id AND t.respondents > 0 AND ${side}
  ) ${prefix}x ON true`;

/**
 * "IKM before and after training per unit" (the analysts' question): per service unit the caller may see, by name
 * (keyset on name, id), the distinct employees nominated from its organisational unit's subtree who completed a batch of
 * a programme of `year`, those batches, and the unit's IKM in the latest period with responses that ended before the
 * first such batch started and in the earliest that started after the last one ended; change = after − before. One
 * statement for the page (laterals per row of the page) and its total.
 */
export async function ikmBeforeAfterTraining({
  ds,
  caller,
  year,
  first,
  after,
  withTotal,
}: {
  ds: DataSource;
  caller: Caller;
  year: number;
  first: number;
  after?: string | null;
  withTotal: boolean;
}): Promise<Page<IkmBeforeAfterTrainingType>> {
  checkYear(year, "year");
  const cursor = after ? decodeCursor(after, ["text", "uuid"]) : null;
  const scope = await caller.scope();
  const p = new SqlParams();
  const rows = await queryRows<Row>(
    ds.manager,
    `WITH base AS (
       SELECT ${SERVICE_UNIT_COLUMNS}, u.path AS su_path
         FROM service_units su JOIN units u ON u.id = su.unit_id
        WHERE ${scopeSql(scope, "u.path", p)}
     ), pg AS (
       SELECT * FROM base
        ${cursor ? `WHERE (base.su_name, base.su_id) > (${p.add(cursor[0], "varchar")}, ${p.add(cursor[1], "uuid")})` : ""}
        ORDER BY base.su_name, base.su_id
        LIMIT ${p.add(first + 1, "int")}
     )
     SELECT pg.*, tr.trained, tr.batches, b_x.*, a_x.*, a_x.a_ikm - b_x.b_ikm AS change,
            ${withTotal ? "(SELECT count(*) FROM base)::int" : "NULL::int"} AS total
       FROM pg
       LEFT JOIN LATERAL (
         SELECT count(DISTINCT n.employee_id)::int AS trained, count(DISTINCT n.batch_id)::int AS batches,
                min(b.starts_on) AS first_start, max(b.ends_on) AS last_end
           FROM nominations n
           JOIN batches b ON b.id = n.batch_id
           JOIN programmes pr ON pr.id = b.programme_id
           JOIN units nu ON nu.id = n.unit_id
          WHERE pr.year = ${p.add(year, "int")} AND n.outcome = 'COMPLETED' AND ${underPathSql("nu.path", "pg.su_path")}
       ) tr ON true
       ${pointSql("b_", "p.ends_on < tr.first_start ORDER BY p.starts_on DESC LIMIT 1")}
       ${pointSql("a_", "p.starts_on > tr.last_end ORDER BY p.starts_on LIMIT 1")}
      ORDER BY pg.su_name, pg.su_id`,
    p,
  );
  const nodes = rows.map((r) => {
    const before = periodFromColumns(r, "b_");
    const afterPeriod = periodFromColumns(r, "a_");
    return Object.assign(new IkmBeforeAfterTrainingType(), {
      serviceUnit: serviceUnitFromColumns(r),
      trainedStaff: r.trained,
      completedBatches: r.batches,
      before: before ? toPeriodPoint(before, Number(r.b_respondents), r.b_ikm) : null,
      after: afterPeriod ? toPeriodPoint(afterPeriod, Number(r.a_respondents), r.a_ikm) : null,
      change: r.change === null ? null : Number(r.change),
    });
  });
  const totalCount = withTotal ? (rows[0]?.total ?? (await countUnits())) : null;
  return pageOf(nodes, { first, after, totalCount }, (n) => encodeCursor([n.serviceUnit.name, n.serviceUnit.id]));

  async function countUnits(): Promise<number> {
    const q = new SqlParams();
    const [c] = await queryRows<{ n: number }>(ds.manager, `SELECT count(*)::int AS n FROM service_units su JOIN units u ON u.id = su.unit_id WHERE ${scopeSql(scope, "u.path", q)}`, q);
    return c?.n ?? 0;
  }
}
