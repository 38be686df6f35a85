import type { EntityManager } from "typeorm";
import type { Scope } from "../../kit/caller";
import { inSubtreeOfSql, scopeSql, underPathSql } from "../../kit/unit-scope";
import { queryRows, SqlParams } from "../../kit/sql";
import { scoredNeedsCtes, standardsCtes, type NeedsRowFilter } from "./scored-needs.sql";

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
  public_service: string;
  public_service_reason: string | null;
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
  /** The PUBLIC_SERVICE value 0..1 from the weak survey elements that reach the row (0 when none). */
  readonly publicService: number;
  /** Why: the signals' reasons, e.g. "U7 staff behaviour, NRR 2.71, band C, period 2026-1" (null when none). */
  readonly publicServiceReason: string | null;
  readonly score: number;
}

const num = (v: string | number | null | undefined): number | null => (v === null || v === undefined ? null : Number(v));

/**
 * The employees and rows a filter chooses, as predicates on the needs store (`g` a `need_gaps` row, `ne` a
 * `need_employees` row, `c` a `need_cells` row). Units are chosen through `units` (scope and subtree by path prefix).
 */
function storeFilter(scope: Scope, f: NeedsRowFilter, p: SqlParams) {
  const unitWhere = [scopeSql(scope, "u.path", p)];
  if (f.unitId) unitWhere.push(inSubtreeOfSql("u.path", p.add(f.unitId, "uuid")));
  const units = scope.kind === "ALL" && !f.unitId ? null : `IN (SELECT u.id FROM units u WHERE ${unitWhere.join(" AND ")})`;
  const employee = (alias: string) => {
    const where = [units ? `${alias}.unit_id ${units}` : "TRUE"];
    if (f.positionKind) where.push(`${alias}.position_kind = ${p.add(f.positionKind)}`);
    if (f.employeeIds) where.push(`${alias}.employee_id = ANY(${p.add(f.employeeIds, "uuid[]")})`);
    return where.join(" AND ");
  };
  const competency = (alias: string) => {
    const where = ["TRUE"];
    if (f.competencyKind) where.push(`${alias}.competency_kind = ${p.add(f.competencyKind)}`);
    if (f.competencyId) where.push(`${alias}.competency_id = ${p.add(f.competencyId, "uuid")}`);
    return where.join(" AND ");
  };
  return { employee, competency };
}

/**
 * A page of `table` rows in `order`, with two plans chosen at run time by `count` (a scalar subquery): from `few` matches
 * down, the matches are fetched through the unit index and sorted (a small unit, an operator's scope); above, they are
 * read in the order's index and the scan stops after a page. The skipped plan is never run. Defines CTEs `counted`
 * (column `n`) and `page`.
 */
function pageByCountSql(o: { count: string; columns: string; table: string; matches: string; order: (alias: string) => string; limit: string; few: string }): string {
  return `counted AS MATERIALIZED (SELECT (${o.count}) AS n),
     few AS MATERIALIZED (SELECT ${o.columns} FROM ${o.table} WHERE ${o.matches}),
     page AS (
       (SELECT ${o.columns} FROM ${o.table} WHERE ${o.matches} AND (SELECT n FROM counted) >= ${o.few} ORDER BY ${o.order("m")} LIMIT ${o.limit})
       UNION ALL
       (SELECT m.* FROM few m WHERE (SELECT n FROM counted) < ${o.few} ORDER BY ${o.order("m")} LIMIT ${o.limit})
     )`;
}

/**
 * Below this many matching rows, a ranked page is fetched by unit and sorted rather than read in its index order,
 * unless the filter keeps every row of the year (then the index order finds a page at once, however few rows).
 */
const FEW_MATCHES = 20_000;

const wholeYear = (scope: Scope, f: NeedsRowFilter): boolean =>
  scope.kind === "ALL" && !f.unitId && !f.positionKind && !f.employeeIds && !f.competencyId && !f.competencyKind;

/** Where a ranked-needs page starts: the sort key of the last row of the previous page. */
export interface RankedNeedKey {
  readonly score: string;
  readonly gap: number;
  readonly employeeName: string;
  readonly employeeId: string;
  readonly competencyId: string;
}

/**
 * Needs (gap > 0) ranked by score (then gap, name, ids), one page after `after` (keyset), and the total when asked:
 * one statement, read from the needs store (the ranked index; the total from the per-unit cells).
 */
export async function rankedNeedsPage(
  db: Db,
  scope: Scope,
  f: NeedsRowFilter & { year: number },
  page: { limit: number; after: RankedNeedKey | null; withTotal: boolean; fewMatches?: number },
): Promise<{ rows: (RankedNeedRow & { key: RankedNeedKey })[]; totalCount: number | null }> {
  const p = new SqlParams();
  const year = p.add(f.year, "int");
  const where = storeFilter(scope, f, p);
  const inNeed = f.employeeIds
    ? `SELECT count(*)::int FROM need_gaps g WHERE g.year = ${year} AND g.gap > 0 AND ${where.employee("g")} AND ${where.competency("g")}`
    : `SELECT COALESCE(sum(c.in_need), 0)::int FROM need_cells c WHERE c.year = ${year} AND ${where.employee("c")} AND ${where.competency("c")}`;
  let keyset = "TRUE";
  if (page.after) {
    const a = page.after;
    const score = p.add(a.score, "numeric");
    const gap = p.add(a.gap, "int");
    keyset = `m.score <= ${score} AND (m.score < ${score} OR m.gap < ${gap} OR (m.gap = ${gap}
      AND (m.employee_name, m.employee_id, m.competency_id) > (${p.add(a.employeeName, "varchar")}, ${p.add(a.employeeId, "uuid")}, ${p.add(a.competencyId, "uuid")})))`;
  }
  const columns = `m.employee_id, m.employee_name, m.unit_id, m.competency_id, m.standard, m.actual, m.gap, m.skp_predikat, m.jpm_percent, m.jpm_band,
              m.mandatory_programme, m.public_service, m.public_service_reason, m.score`;
  const order = (alias: string) => ["score DESC", "gap DESC", "employee_name", "employee_id", "competency_id"].map((c) => `${alias}.${c}`).join(", ");
  // The count that picks the plan is the total the page returns anyway.
  const rows = await queryRows<RankedNeedSqlRow & { total_count: number | null; employee_name: string | null }>(
    db,
    `WITH ${pageByCountSql({
      count: inNeed,
      columns,
      table: "need_gaps m",
      matches: `m.year = ${year} AND m.gap > 0 AND ${where.employee("m")} AND ${where.competency("m")} AND ${keyset}`,
      order,
      limit: p.add(page.limit, "int"),
      few: p.add(page.fewMatches ?? (wholeYear(scope, f) ? 0 : FEW_MATCHES), "int"),
    })}
     SELECT ${page.withTotal ? "(SELECT n FROM counted)" : "NULL::int"} AS total_count, page.* FROM (SELECT 1) one LEFT JOIN page ON TRUE
      ORDER BY ${order("page")}`,
    p,
  );
  const totalCount = rows[0]?.total_count ?? null;
  return {
    totalCount,
    rows: rows
      .filter((r) => r.employee_id !== null)
      .map((r) => ({
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
        publicService: Number(r.public_service),
        publicServiceReason: r.public_service_reason,
        score: Number(r.score),
        key: { score: String(r.score), gap: Number(r.gap), employeeName: r.employee_name!, employeeId: r.employee_id, competencyId: r.competency_id },
      })),
  };
}

interface JpmSqlRow {
  employee_id: string | null;
  employee_name: string | null;
  jpm_actual_sum: number;
  jpm_standard_sum: number;
  jpm_ratio: string;
  jpm_assessed: number;
  jpm_with_standard: number;
  total_count: number | null;
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

/** Where a JPM page starts: the sort key of the last row of the previous page. */
export interface JobPersonMatchKey {
  readonly ratio: string;
  readonly employeeName: string;
  readonly employeeId: string;
}

/**
 * JPM of the employees assessed in the year (and, with a competency filter, having a standard for a matching
 * competency), lowest first, one page after `after` (keyset), and the total when asked. One statement, from the store.
 */
export async function jobPersonMatchesPage(
  db: Db,
  scope: Scope,
  f: NeedsRowFilter & { year: number },
  page: { limit: number; after: JobPersonMatchKey | null; withTotal: boolean; fewMatches?: number },
): Promise<{ rows: (JobPersonMatchRow & { key: JobPersonMatchKey })[]; totalCount: number | null }> {
  const p = new SqlParams();
  const year = p.add(f.year, "int");
  const where = storeFilter(scope, f, p);
  const competency = f.competencyId || f.competencyKind
    ? `EXISTS (SELECT 1 FROM need_gaps g WHERE g.employee_id = m.employee_id AND g.year = m.year AND ${where.competency("g")})`
    : "TRUE";
  const matches = `m.year = ${year} AND m.jpm_standard_sum > 0 AND ${where.employee("m")} AND ${competency}`;
  const keyset = page.after
    ? `(m.jpm_ratio, m.employee_name, m.employee_id) > (${p.add(page.after.ratio, "numeric")}, ${p.add(page.after.employeeName, "varchar")}, ${p.add(page.after.employeeId, "uuid")})`
    : "TRUE";
  const order = (alias: string) => ["jpm_ratio", "employee_name", "employee_id"].map((c) => `${alias}.${c}`).join(", ");
  // Without a competency filter the total is a sum of the counts kept per unit and position kind; with one, a count.
  // The same number picks the plan.
  const filtersCompetency = Boolean(f.competencyId || f.competencyKind || f.employeeIds);
  const count = filtersCompetency
    ? `SELECT count(*)::int FROM need_employees m WHERE ${matches}`
    : `SELECT COALESCE(sum(k.with_jpm), 0)::int FROM need_unit_employees k WHERE k.year = ${year} AND ${where.employee("k")}`;
  const rows = await queryRows<JpmSqlRow>(
    db,
    `WITH ${pageByCountSql({
      count,
      columns: "m.employee_id, m.employee_name, m.jpm_actual_sum, m.jpm_standard_sum, m.jpm_ratio, m.jpm_assessed, m.jpm_with_standard",
      table: "need_employees m",
      matches: `${matches} AND ${keyset}`,
      order,
      limit: p.add(page.limit, "int"),
      few: p.add(page.fewMatches ?? (wholeYear(scope, f) ? 0 : FEW_MATCHES), "int"),
    })}
     SELECT ${page.withTotal ? "(SELECT n FROM counted)" : "NULL::int"} AS total_count, page.*
       FROM (SELECT 1) one LEFT JOIN page ON TRUE
      ORDER BY ${order("page")}`,
    p,
  );
  return {
    totalCount: rows[0]?.total_count ?? null,
    rows: rows
      .filter((r) => r.employee_id !== null)
      .map((r) => ({
        employeeId: r.employee_id!,
        actualSum: r.jpm_actual_sum,
        standardSum: r.jpm_standard_sum,
        assessed: r.jpm_assessed,
        withStandard: r.jpm_with_standard,
        key: { ratio: String(r.jpm_ratio), employeeName: r.employee_name!, employeeId: r.employee_id! },
      })),
  };
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
 *
 * A year with an assessment cycle is summed from the store's per-unit cells; a year without one (nothing assessed: only
 * the employees with a standard count) is counted from the scored-needs standards CTE, in the same statement.
 */
export async function needsByUnitCells(db: Db, scope: Scope, f: NeedsRowFilter & { year: number; parentUnitId: string | null }): Promise<NeedCellRow[]> {
  const p = new SqlParams();
  const employeesUnder = f.parentUnitId ?? f.unitId;
  const ctes = standardsCtes(scope, { ...f, unitId: employeesUnder }, p);
  const year = p.add(f.year, "int");
  const where = storeFilter(scope, { ...f, unitId: employeesUnder }, p);
  const parent = p.add(f.parentUnitId, "uuid");
  const scopeRoot = p.add(scope.kind === "SUBTREE" ? scope.unitId : null, "uuid");
  const rows = await queryRows<NeedCellSqlRow>(
    db,
    `WITH ${ctes},
     has_cycle AS (SELECT EXISTS (SELECT 1 FROM assessment_cycles WHERE year = ${year}) AS yes),
     parent AS (
       SELECT id, path FROM units
        WHERE id = COALESCE(${parent}, ${scopeRoot}, (SELECT id FROM units WHERE parent_id IS NULL ORDER BY path LIMIT 1))
          -- A parent outside the caller's scope (the city, for an operator) gives nothing, not its own scoped rows
          -- under a total that names it.
          AND ${scopeSql(scope, "path", p)}
     ),
     -- The parent's sub-units, each with the row it rolls up into: the parent's child on its path (the path segment
     -- right after the parent's). Worked out per unit, not per cell.
     sub AS (
       SELECT s.id, split_part(substr(s.path, length(p.path) + 1), '/', 1)::uuid AS row_unit_id, p.id AS parent_id
         FROM units s, parent p WHERE ${underPathSql("s.path", "p.path")} AND s.path <> p.path
     ),
     rollup AS (
       SELECT sub.row_unit_id, sub.parent_id, c.competency_id, c.with_standard, c.assessed, c.in_need, c.total_gap, c.max_priority
         FROM need_cells c JOIN sub ON sub.id = c.unit_id
        WHERE (SELECT yes FROM has_cycle) AND c.year = ${year} AND ${where.employee("c")} AND ${where.competency("c")}
       UNION ALL
       -- No cycle, so nothing assessed: every standard row counts as "with standard" and nothing else (only the
       -- standards CTE is read, so the planner skips the rest).
       SELECT sub.row_unit_id, sub.parent_id, std.competency_id, 1, 0, 0, 0, NULL::numeric
         FROM std JOIN sub ON sub.id = std.unit_id WHERE NOT (SELECT yes FROM has_cycle) AND ${where.competency("std")}
     )
     SELECT CASE WHEN GROUPING(row_unit_id) = 1 THEN parent_id ELSE row_unit_id END AS unit_id,
            GROUPING(row_unit_id) = 1 AS is_total,
            competency_id,
            sum(with_standard)::int AS with_standard,
            sum(assessed)::int AS assessed,
            sum(in_need)::int AS in_need,
            COALESCE(sum(total_gap), 0)::int AS total_gap,
            round(sum(total_gap)::numeric / NULLIF(sum(assessed), 0), 2) AS mean_gap,
            max(max_priority) AS max_priority
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
