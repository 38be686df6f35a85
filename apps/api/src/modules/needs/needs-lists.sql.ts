import type { EntityManager } from "typeorm";
import type { PriorityWeights } from "@bina/domain";
import type { Scope } from "../../kit/caller";
import { scopeSql, underPathSql } from "../../kit/unit-scope";
import { queryRows, SqlParams } from "../../kit/sql";
import { scoredNeedsCtes, type NeedsRowFilter } from "./scored-needs.sql";

type Db = Pick<EntityManager, "query">;

/** A row of `rankedNeedsSql` as PostgreSQL returns it (numeric as text). */
interface RankedNeedSqlRow {
  employee_id: string;
  unit_id: string;
  competency_id: string;
  standard: number;
  actual: number;
  gap: number;
  skp_predikat: string | null;
  jpm_percent: string | null;
  jpm_band: string | null;
  mandatory_programme: boolean;
  score: string;
}

/** One employee's need for one competency, with the inputs of its priority as the database computed them. */
export interface RankedNeedRow {
  readonly employeeId: string;
  readonly unitId: string;
  readonly competencyId: string;
  readonly standard: number;
  readonly actual: number;
  readonly gap: number;
  readonly skpPredikat: string | null;
  /** The employee's JPM over every standard of the position (never narrowed by a competency filter). */
  readonly jpmPercent: number | null;
  /** The employee's JPM mapping band, decided exactly on the sums (null when nothing is assessed). */
  readonly jpmBand: string | null;
  readonly mandatoryProgramme: boolean;
  readonly score: number;
}

const num = (v: string | number | null | undefined): number | null => (v === null || v === undefined ? null : Number(v));

/** Needs (gap > 0) ranked by score, one page from `offset` (`limit` rows), in one statement. */
export async function rankedNeedsPage(db: Db, scope: Scope, f: NeedsRowFilter, page: { limit: number; offset: number }, weights?: PriorityWeights): Promise<RankedNeedRow[]> {
  const p = new SqlParams();
  const rows = await queryRows<RankedNeedSqlRow>(
    db,
    `WITH ${scoredNeedsCtes(scope, f, p, weights)}
     SELECT n.employee_id, n.unit_id, n.competency_id, n.standard, n.actual, n.gap, n.skp_predikat, n.jpm_percent, n.jpm_band, n.mandatory_programme, n.score
       FROM needs n JOIN employees e ON e.id = n.employee_id
      WHERE n.gap > 0
      ORDER BY n.score DESC, n.gap DESC, e.name, n.employee_id, n.competency_id
      LIMIT ${p.add(page.limit, "int")} OFFSET ${p.add(page.offset, "int")}`,
    p,
  );
  return rows.map((r) => ({
    employeeId: r.employee_id,
    unitId: r.unit_id,
    competencyId: r.competency_id,
    standard: Number(r.standard),
    actual: Number(r.actual),
    gap: Number(r.gap),
    skpPredikat: r.skp_predikat,
    jpmPercent: num(r.jpm_percent),
    jpmBand: r.jpm_band,
    mandatoryProgramme: r.mandatory_programme === true,
    score: Number(r.score),
  }));
}

/** How many needs (gap > 0) the filter matches. One statement. */
export async function countRankedNeeds(db: Db, scope: Scope, f: NeedsRowFilter): Promise<number> {
  const p = new SqlParams();
  const [row] = await queryRows<{ n: number }>(db, `WITH ${scoredNeedsCtes(scope, f, p)} SELECT count(*)::int AS n FROM needs WHERE gap > 0`, p);
  return row?.n ?? 0;
}

interface JpmSqlRow {
  employee_id: string;
  actual_sum: number;
  standard_sum: number;
  assessed: number;
  with_standard: number;
}

/** One employee's Job Person Match: over every standard of the position, never narrowed by a competency filter. */
export interface JobPersonMatchRow {
  readonly employeeId: string;
  /** Σ actual and Σ standard over the assessed competencies (the domain's `jobPersonMatchFromSums` reads them). */
  readonly actualSum: number;
  readonly standardSum: number;
  readonly assessed: number;
  readonly withStandard: number;
}

/**
 * The employees a JPM list shows: those with a JPM in the year (something assessed) and, when a competency filter is
 * given, a standard for a matching competency. The JPM itself comes from `scored` (all standards).
 */
const jpmEmployeesSql = `
    jpm_rows AS (
      SELECT DISTINCT ON (employee_id) employee_id, jpm_actual_sum AS actual_sum, jpm_standard_sum AS standard_sum,
             jpm_actual_sum::numeric / jpm_standard_sum AS ratio, jpm_assessed AS assessed, jpm_with_standard AS with_standard
        FROM needs WHERE jpm_standard_sum > 0
       ORDER BY employee_id
    )`;

/** JPM of employees, lowest first, one page from `offset`. One statement. */
export async function jobPersonMatchesPage(db: Db, scope: Scope, f: NeedsRowFilter, page: { limit: number; offset: number }): Promise<JobPersonMatchRow[]> {
  const p = new SqlParams();
  const rows = await queryRows<JpmSqlRow>(
    db,
    `WITH ${scoredNeedsCtes(scope, f, p)}, ${jpmEmployeesSql}
     SELECT j.employee_id, j.actual_sum, j.standard_sum, j.assessed, j.with_standard FROM jpm_rows j JOIN employees e ON e.id = j.employee_id
      ORDER BY j.ratio, e.name, j.employee_id
      LIMIT ${p.add(page.limit, "int")} OFFSET ${p.add(page.offset, "int")}`,
    p,
  );
  return rows.map((r) => ({ employeeId: r.employee_id, actualSum: r.actual_sum, standardSum: r.standard_sum, assessed: r.assessed, withStandard: r.with_standard }));
}

/** How many employees the JPM list has for the filter. One statement. */
export async function countJobPersonMatches(db: Db, scope: Scope, f: NeedsRowFilter): Promise<number> {
  const p = new SqlParams();
  const [row] = await queryRows<{ n: number }>(db, `WITH ${scoredNeedsCtes(scope, f, p)}, ${jpmEmployeesSql} SELECT count(*)::int AS n FROM jpm_rows`, p);
  return row?.n ?? 0;
}

interface NeedCellSqlRow {
  unit_id: string;
  competency_id: string;
  is_total: boolean;
  with_standard: number;
  assessed: number;
  in_need: number;
  total_gap: number;
  mean_gap: string | null;
  max_priority: string | null;
}

/** Needs of one unit (with its subtree) for one competency; `isTotal` for the parent's own total over all rows. */
export interface NeedCellRow {
  readonly unitId: string;
  readonly competencyId: string;
  readonly isTotal: boolean;
  readonly employeesWithStandard: number;
  readonly employeesAssessed: number;
  readonly employeesInNeed: number;
  readonly totalGap: number;
  readonly meanGap: number | null;
  readonly maxPriority: number | null;
}

/**
 * Needs per unit × competency, each unit rolled up with its whole subtree: the children of `parentUnitId` (or of the
 * caller's root) are the heatmap's rows, and the parent itself gives the total row (GROUPING SETS). One statement.
 * Mirrors the domain's `aggregateNeeds`. `parentUnitId` must be a uuid (checked by the use case).
 */
export async function needsByUnitCells(db: Db, scope: Scope, f: NeedsRowFilter & { parentUnitId: string | null }, weights?: PriorityWeights): Promise<NeedCellRow[]> {
  const p = new SqlParams();
  const ctes = scoredNeedsCtes(scope, { ...f, unitId: f.parentUnitId ?? f.unitId }, p, weights);
  const parent = p.add(f.parentUnitId, "uuid");
  const scopeRoot = p.add(scope.kind === "SUBTREE" ? scope.unitId : null, "uuid");
  const rows = await queryRows<NeedCellSqlRow>(
    db,
    `WITH ${ctes},
     parent AS (
       SELECT id, path FROM units
        WHERE id = COALESCE(${parent}, ${scopeRoot}, (SELECT id FROM units WHERE parent_id IS NULL ORDER BY path LIMIT 1))
          -- A parent outside the caller's scope (the city, for an operator) gives nothing, not its own scoped rows
          -- under a total that names it.
          AND ${scopeSql(scope, "path", p)}
     ),
     rollup AS (
       -- The row's unit is the parent's child on the employee's path: the path segment right after the parent's.
       SELECT split_part(substr(n.unit_path, length(p.path) + 1), '/', 1)::uuid AS row_unit_id, p.id AS parent_id, n.*
         FROM needs n, parent p
        WHERE ${underPathSql("n.unit_path", "p.path")} AND n.unit_path <> p.path
     )
     SELECT CASE WHEN GROUPING(row_unit_id) = 1 THEN parent_id ELSE row_unit_id END AS unit_id,
            GROUPING(row_unit_id) = 1 AS is_total,
            competency_id,
            count(*)::int AS with_standard,
            count(gap)::int AS assessed,
            (count(*) FILTER (WHERE gap > 0))::int AS in_need,
            COALESCE(sum(GREATEST(gap, 0)), 0)::int AS total_gap,
            round((avg(GREATEST(gap, 0)) FILTER (WHERE gap IS NOT NULL))::numeric, 2) AS mean_gap,
            max(score) FILTER (WHERE gap > 0) AS max_priority
       FROM rollup
      GROUP BY GROUPING SETS ((row_unit_id, parent_id, competency_id), (parent_id, competency_id))`,
    p,
  );
  return rows.map((r) => ({
    unitId: r.unit_id,
    competencyId: r.competency_id,
    isTotal: r.is_total,
    employeesWithStandard: r.with_standard,
    employeesAssessed: r.assessed,
    employeesInNeed: r.in_need,
    totalGap: r.total_gap,
    meanGap: num(r.mean_gap),
    maxPriority: num(r.max_priority),
  }));
}

interface GapSqlRow {
  employee_id: string;
  competency_id: string;
  standard: number;
  actual: number | null;
  gap: number | null;
  jpm_percent: string | null;
  jpm_assessed: number;
  jpm_with_standard: number;
}

/** One employee's gap for one competency of the current position, and the employee's JPM over all of them. */
export interface EmployeeGapRow {
  readonly employeeId: string;
  readonly competencyId: string;
  readonly standard: number;
  readonly actual: number | null;
  readonly gap: number | null;
}

/** The gaps of a batch of employees against their current positions' standards. One statement, whatever the batch. */
export async function employeesGaps(db: Db, scope: Scope, employeeIds: readonly string[], year: number): Promise<EmployeeGapRow[]> {
  const p = new SqlParams();
  const rows = await queryRows<GapSqlRow>(
    db,
    `WITH ${scoredNeedsCtes(scope, { year, employeeIds }, p)}
     SELECT employee_id, competency_id, standard, actual, gap FROM needs ORDER BY employee_id, competency_kind, competency_id`,
    p,
  );
  return rows.map((r) => ({ employeeId: r.employee_id, competencyId: r.competency_id, standard: Number(r.standard), actual: r.actual, gap: r.gap }));
}

/** A position to measure against (the next one in a career plan). */
export interface TargetPositionKey {
  readonly positionKind: string;
  readonly functionalGrade: string | null;
  readonly positionTitle: string | null;
}

/**
 * Employees' gaps against a target position's standards (PP 11/2017 art. 206: "the next position"), with their latest
 * levels of the year. The most specific standard row for the target applies. One statement for the batch.
 */
export async function targetGaps(db: Db, employeeIds: readonly string[], year: number, target: TargetPositionKey): Promise<EmployeeGapRow[]> {
  const p = new SqlParams();
  const ids = p.add(employeeIds, "uuid[]");
  const rows = await queryRows<GapSqlRow>(
    db,
    `WITH std AS (
       SELECT DISTINCT ON (s.competency_id) s.competency_id, s.level AS standard
         FROM competency_standards s JOIN competencies c ON c.id = s.competency_id AND c.active
        WHERE s.position_kind = ${p.add(target.positionKind)}
          AND (s.functional_grade = '' OR s.functional_grade = ${p.add(target.functionalGrade ?? "")})
          AND (s.position_title = '' OR s.position_title = ${p.add(target.positionTitle?.trim() ?? "")})
        ORDER BY s.competency_id, (s.position_title <> '') DESC, (s.functional_grade <> '') DESC
     ),
     latest AS (
       SELECT DISTINCT ON (a.employee_id, a.competency_id) a.employee_id, a.competency_id, a.level
         FROM competency_assessments a JOIN assessment_cycles y ON y.id = a.cycle_id AND y.year = ${p.add(year, "int")}
        WHERE a.employee_id = ANY(${ids})
        ORDER BY a.employee_id, a.competency_id, a.assessed_on DESC, a.recorded_at DESC
     )
     SELECT emp.id AS employee_id, std.competency_id, std.standard, latest.level AS actual, std.standard - latest.level AS gap
       FROM unnest(${ids}) AS emp(id) CROSS JOIN std
       LEFT JOIN latest ON latest.employee_id = emp.id AND latest.competency_id = std.competency_id
      ORDER BY emp.id, std.competency_id`,
    p,
  );
  return rows.map((r) => ({ employeeId: r.employee_id, competencyId: r.competency_id, standard: Number(r.standard), actual: r.actual, gap: r.gap }));
}
