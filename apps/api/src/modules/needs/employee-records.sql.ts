import type { EntityManager } from "typeorm";
import type { Scope } from "../../kit/caller";
import { decodeCursor, encodeCursor, type Page } from "../../kit/connection";
import { AppError } from "../../kit/errors";
import { queryRows, SqlParams } from "../../kit/sql";
import { scopeSql } from "../../kit/unit-scope";

type Db = Pick<EntityManager, "query">;

interface SkpSqlRow {
  id: string;
  employee_id: string;
  year: number;
  result_rating: string;
  behaviour_rating: string;
  predikat: string;
  version: number;
}

/** An SKP result as the needs types read it. */
export interface SkpRow {
  readonly id: string;
  readonly employeeId: string;
  readonly year: number;
  readonly resultRating: string;
  readonly behaviourRating: string;
  readonly predikat: string;
  readonly version: number;
}

const toSkp = (r: SkpSqlRow): SkpRow => ({
  id: r.id,
  employeeId: r.employee_id,
  year: r.year,
  resultRating: r.result_rating,
  behaviourRating: r.behaviour_rating,
  predikat: r.predikat,
  version: r.version,
});

const SKP_COLUMNS = "s.id, s.employee_id, s.year, s.result_rating, s.behaviour_rating, s.predikat, s.version";

/** Each employee's latest SKP before `year` (the one the priority score counts), for a batch. One statement. */
export async function latestSkpBefore(db: Db, scope: Scope, employeeIds: readonly string[], year: number): Promise<SkpRow[]> {
  const p = new SqlParams();
  const rows = await queryRows<SkpSqlRow>(
    db,
    `SELECT DISTINCT ON (s.employee_id) ${SKP_COLUMNS}
       FROM skp_results s JOIN employees e ON e.id = s.employee_id JOIN units u ON u.id = e.unit_id
      WHERE s.employee_id = ANY(${p.add(employeeIds, "uuid[]")}) AND s.year < ${p.add(year, "int")} AND ${scopeSql(scope, "u.path", p)}
      ORDER BY s.employee_id, s.year DESC`,
    p,
  );
  return rows.map(toSkp);
}

/** The SKP results of (employee, year) pairs, for a batch. One statement. */
export async function skpOfYears(db: Db, scope: Scope, keys: readonly { employeeId: string; year: number }[]): Promise<SkpRow[]> {
  const p = new SqlParams();
  const rows = await queryRows<SkpSqlRow>(
    db,
    `SELECT ${SKP_COLUMNS}
       FROM skp_results s JOIN employees e ON e.id = s.employee_id JOIN units u ON u.id = e.unit_id
       JOIN unnest(${p.add(keys.map((k) => k.employeeId), "uuid[]")}, ${p.add(keys.map((k) => k.year), "int[]")}) AS k(employee_id, year)
         ON k.employee_id = s.employee_id AND k.year = s.year
      WHERE ${scopeSql(scope, "u.path", p)}`,
    p,
  );
  return rows.map(toSkp);
}

interface AssessmentSqlRow {
  id: string;
  employee_id: string;
  competency_id: string;
  level: number;
  source: string;
  assessed_on: string;
  recorded_at: Date;
  cycle_year: number;
  /** recorded_at with its microseconds, for the cursor. */
  recorded_key: string;
}

/** One assessment of the history, with its cycle's year. */
export interface AssessmentRow {
  readonly id: string;
  readonly employeeId: string;
  readonly competencyId: string;
  readonly level: number;
  readonly source: string;
  readonly assessedOn: string;
  readonly recordedAt: Date;
  readonly cycleYear: number;
}

/**
 * One page of each employee's assessment history, newest first (assessed on, recorded at, id), keyset-paginated, for
 * a batch of employees sharing `first` and `after`: one statement for the batch (a window per employee), and one
 * more for the totals when asked for.
 */
export async function assessmentPages(
  db: Db,
  scope: Scope,
  employeeIds: readonly string[],
  page: { first: number; after: string | null; withTotal: boolean },
): Promise<Map<string, Page<AssessmentRow>>> {
  const p = new SqlParams();
  const where = [`a.employee_id = ANY(${p.add(employeeIds, "uuid[]")})`, scopeSql(scope, "u.path", p)];
  if (page.after) {
    const [on, at, id] = decodeCursor(page.after, ["text", "timestamp", "uuid"]);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(on ?? "")) {
      throw new AppError("BAD_USER_INPUT", "after: not a cursor of this list", { field: "after", domainCode: "INVALID_CURSOR" });
    }
    where.push(`(a.assessed_on, a.recorded_at, a.id) < (${p.add(on, "date")}, ${p.add(at, "timestamptz")}, ${p.add(id, "uuid")})`);
  }
  const rows = await queryRows<AssessmentSqlRow>(
    db,
    `SELECT * FROM (
       SELECT a.id, a.employee_id, a.competency_id, a.level, a.source, a.assessed_on::text AS assessed_on, a.recorded_at,
              to_char(a.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS recorded_key, y.year AS cycle_year,
              row_number() OVER (PARTITION BY a.employee_id ORDER BY a.assessed_on DESC, a.recorded_at DESC, a.id DESC) AS rn
         FROM competency_assessments a
         JOIN assessment_cycles y ON y.id = a.cycle_id
         JOIN employees e ON e.id = a.employee_id JOIN units u ON u.id = e.unit_id
        WHERE ${where.join(" AND ")}
     ) t
     WHERE t.rn <= ${p.add(page.first + 1, "int")}
     ORDER BY t.employee_id, t.rn`,
    p,
  );
  const totals = page.withTotal ? await assessmentTotals(db, scope, employeeIds) : null;
  const byEmployee = new Map<string, { row: AssessmentRow; key: string }[]>();
  for (const r of rows) {
    const list = byEmployee.get(r.employee_id) ?? [];
    list.push({
      row: {
        id: r.id,
        employeeId: r.employee_id,
        competencyId: r.competency_id,
        level: r.level,
        source: r.source,
        assessedOn: r.assessed_on,
        recordedAt: r.recorded_at,
        cycleYear: r.cycle_year,
      },
      key: r.recorded_key,
    });
    byEmployee.set(r.employee_id, list);
  }
  return new Map(
    employeeIds.map((id) => {
      const list = byEmployee.get(id) ?? [];
      const result: Page<AssessmentRow> = {
        rows: list.slice(0, page.first).map(({ row, key }) => ({ node: row, cursor: encodeCursor([row.assessedOn, key, row.id]) })),
        hasNextPage: list.length > page.first,
        hasPreviousPage: !!page.after,
        totalCount: totals ? (totals.get(id) ?? 0) : null,
      };
      return [id, result];
    }),
  );
}

/** How many assessments each employee of a batch has. One statement. */
async function assessmentTotals(db: Db, scope: Scope, employeeIds: readonly string[]): Promise<Map<string, number>> {
  const p = new SqlParams();
  const rows = await queryRows<{ employee_id: string; n: number }>(
    db,
    `SELECT a.employee_id, count(*)::int AS n
       FROM competency_assessments a JOIN employees e ON e.id = a.employee_id JOIN units u ON u.id = e.unit_id
      WHERE a.employee_id = ANY(${p.add(employeeIds, "uuid[]")}) AND ${scopeSql(scope, "u.path", p)}
      GROUP BY a.employee_id`,
    p,
  );
  return new Map(rows.map((r) => [r.employee_id, r.n]));
}
