import type { DataSource } from "typeorm";
import type { PriorityWeights } from "@bina/domain";
import type { Scope } from "../../kit/caller";
import { gapRowsCte, type GapFilter } from "./gap-rows.sql";
import { jpmPercentSql, priorityScoreSql } from "./priority.sql";

/** Inputs of one need's priority, as the database computed them; the score is the SQL mirror of `priorityScore`. */
export interface PriorityRow {
  readonly employeeId: string;
  readonly employeeName: string;
  readonly nip: string;
  readonly unitId: string;
  readonly competencyId: string;
  readonly standard: number;
  readonly actual: number;
  readonly gap: number;
  readonly skpPredikat: string | null;
  readonly jpmPercent: number | null;
  readonly mandatoryProgramme: boolean;
  readonly score: number;
}

export interface NeedCell {
  readonly unitId: string;
  readonly competencyId: string;
  readonly employeesWithStandard: number;
  readonly employeesAssessed: number;
  readonly employeesInNeed: number;
  readonly totalGap: number;
  readonly meanGap: number | null;
  readonly maxPriority: number | null;
}

/** Employees' JPM and latest SKP (up to the year before the cycle), joined to every gap row with its priority score. */
export const scoredCtes = (weights?: PriorityWeights) => `
    jpm AS (SELECT employee_id, ${jpmPercentSql} AS jpm_percent FROM gaps GROUP BY employee_id),
    skp AS (
      SELECT DISTINCT ON (employee_id) employee_id, predikat AS skp_predikat
        FROM skp_results WHERE year < $1 AND employee_id IN (SELECT id FROM emp)
       ORDER BY employee_id, year DESC
    ),
    scored AS (
      SELECT gaps.*, jpm.jpm_percent, skp.skp_predikat, ${priorityScoreSql(weights)} AS score
        FROM gaps LEFT JOIN jpm USING (employee_id) LEFT JOIN skp USING (employee_id)
    )`;

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Ranked needs (gap > 0), highest score first, one page; plus how many there are. Two statements. */
export async function listPriorities(ds: DataSource, scope: Scope, f: GapFilter, page: { first: number; offset: number }, weights?: PriorityWeights) {
  const { sql, params } = gapRowsCte(scope, f);
  const base = `WITH ${sql}, ${scoredCtes(weights)}`;
  const [{ n }] = await ds.query(`${base} SELECT count(*)::int AS n FROM scored WHERE gap > 0`, params);
  const rows: Record<string, unknown>[] = await ds.query(
    `${base}
     SELECT s.employee_id, e.name AS employee_name, e.nip, s.unit_id, s.competency_id, s.standard, s.actual, s.gap,
            s.skp_predikat, s.jpm_percent, s.mandatory_programme, s.score
       FROM scored s JOIN employees e ON e.id = s.employee_id
      WHERE s.gap > 0
      ORDER BY s.score DESC, s.gap DESC, e.name, s.employee_id, s.competency_id
      LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, page.first + 1, page.offset],
  );
  const mapped: PriorityRow[] = rows.map((r) => ({
    employeeId: String(r.employee_id),
    employeeName: String(r.employee_name),
    nip: String(r.nip),
    unitId: String(r.unit_id),
    competencyId: String(r.competency_id),
    standard: Number(r.standard),
    actual: Number(r.actual),
    gap: Number(r.gap),
    skpPredikat: (r.skp_predikat as string | null) ?? null,
    jpmPercent: num(r.jpm_percent),
    mandatoryProgramme: r.mandatory_programme === true,
    score: Number(r.score),
  }));
  return { rows: mapped.slice(0, page.first), hasNextPage: mapped.length > page.first, totalCount: n as number };
}

/**
 * Needs per unit × competency, each unit rolled up with its whole subtree: the children of `parentUnitId` (or of the
 * caller's root) are the heatmap's rows. One statement. Mirrors the domain's `aggregateNeeds`.
 */
export async function needsByUnit(ds: DataSource, scope: Scope, f: GapFilter & { parentUnitId?: string | null }, weights?: PriorityWeights): Promise<NeedCell[]> {
  const { sql, params } = gapRowsCte(scope, { ...f, unitId: f.parentUnitId ?? f.unitId });
  params.push(f.parentUnitId ?? null, scope.kind === "SUBTREE" ? scope.unitId : null);
  const parentParam = `$${params.length - 1}`;
  const scopeParam = `$${params.length}`;
  const rows: Record<string, unknown>[] = await ds.query(
    `WITH ${sql}, ${scoredCtes(weights)},
     parent AS (
       SELECT id, path FROM units
        WHERE id = COALESCE(${parentParam}::uuid, ${scopeParam}::uuid, (SELECT id FROM units WHERE parent_id IS NULL ORDER BY path LIMIT 1))
     ),
     rollup AS (
       -- The row's unit is the parent's child on the employee's path: the path segment right after the parent's.
       SELECT split_part(substr(s.unit_path, length(p.path) + 1), '/', 1)::uuid AS row_unit_id, s.*
         FROM scored s, parent p
        WHERE s.unit_path LIKE p.path || '%' AND s.unit_path <> p.path
     )
     SELECT row_unit_id AS unit_id, competency_id,
            count(*)::int AS with_standard,
            count(gap)::int AS assessed,
            (count(*) FILTER (WHERE gap > 0))::int AS in_need,
            COALESCE(sum(GREATEST(gap, 0)), 0)::int AS total_gap,
            round((avg(GREATEST(gap, 0)) FILTER (WHERE gap IS NOT NULL))::numeric, 2) AS mean_gap,
            max(score) FILTER (WHERE gap > 0) AS max_priority
       FROM rollup
      GROUP BY row_unit_id, competency_id`,
    params,
  );
  return rows.map((r) => ({
    unitId: String(r.unit_id),
    competencyId: String(r.competency_id),
    employeesWithStandard: Number(r.with_standard),
    employeesAssessed: Number(r.assessed),
    employeesInNeed: Number(r.in_need),
    totalGap: Number(r.total_gap),
    meanGap: num(r.mean_gap),
    maxPriority: num(r.max_priority),
  }));
}

/** One employee's gaps against the current position's standards (target: see `employeeTargetGaps`). */
export async function employeeGaps(ds: DataSource, scope: Scope, employeeId: string, year: number) {
  const { sql, params } = gapRowsCte(scope, { year, employeeId });
  const rows: Record<string, unknown>[] = await ds.query(
    `WITH ${sql} SELECT competency_id, competency_kind, standard, actual, gap FROM gaps ORDER BY competency_kind, competency_id`,
    params,
  );
  return rows.map((r) => ({ competencyId: String(r.competency_id), standard: Number(r.standard), actual: num(r.actual), gap: num(r.gap) }));
}

/** Job Person Match of every employee with an assessment in the year, lowest first, one page; plus the total. Two statements. */
export async function listJobPersonMatches(ds: DataSource, scope: Scope, f: GapFilter, page: { first: number; offset: number }) {
  const { sql, params } = gapRowsCte(scope, f);
  const base = `WITH ${sql}, jpm AS (
      SELECT employee_id, ${jpmPercentSql} AS percent, count(actual)::int AS assessed, count(*)::int AS with_standard
        FROM gaps GROUP BY employee_id HAVING count(actual) > 0 AND sum(standard) FILTER (WHERE actual IS NOT NULL) > 0)`;
  const [{ n }] = await ds.query(`${base} SELECT count(*)::int AS n FROM jpm`, params);
  const rows: { employee_id: string; percent: string; assessed: number; with_standard: number }[] = await ds.query(
    `${base} SELECT jpm.* FROM jpm JOIN employees e ON e.id = jpm.employee_id
      ORDER BY jpm.percent, e.name, jpm.employee_id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, page.first + 1, page.offset],
  );
  const mapped = rows.map((r) => ({ employeeId: r.employee_id, percent: Number(r.percent), assessed: r.assessed, withStandard: r.with_standard }));
  return { rows: mapped.slice(0, page.first), hasNextPage: mapped.length > page.first, totalCount: n as number };
}

/**
 * One employee's gaps against a target position's standards (PP 11/2017 art. 206: "the next position"), with the
 * employee's latest levels of the year. The most specific standard row for the target applies. One statement.
 */
export async function targetGaps(
  ds: DataSource,
  employeeId: string,
  year: number,
  target: { positionKind: string; functionalGrade: string | null; positionTitle: string | null },
) {
  const rows: Record<string, unknown>[] = await ds.query(
    `WITH std AS (
       SELECT DISTINCT ON (s.competency_id) s.competency_id, s.level AS standard
         FROM competency_standards s JOIN competencies c ON c.id = s.competency_id AND c.active
        WHERE s.position_kind = $3
          AND (s.functional_grade = '' OR s.functional_grade = $4)
          AND (s.position_title = '' OR s.position_title = $5)
        ORDER BY s.competency_id, (s.position_title <> '') DESC, (s.functional_grade <> '') DESC
     ),
     latest AS (
       SELECT DISTINCT ON (a.competency_id) a.competency_id, a.level
         FROM competency_assessments a JOIN assessment_cycles y ON y.id = a.cycle_id AND y.year = $2
        WHERE a.employee_id = $1
        ORDER BY a.competency_id, a.assessed_on DESC, a.recorded_at DESC
     )
     SELECT std.competency_id, std.standard, latest.level AS actual, std.standard - latest.level AS gap
       FROM std LEFT JOIN latest USING (competency_id) ORDER BY std.competency_id`,
    [employeeId, year, target.positionKind, target.functionalGrade ?? "", target.positionTitle?.trim() ?? ""],
  );
  return rows.map((r) => ({ competencyId: String(r.competency_id), standard: Number(r.standard), actual: num(r.actual), gap: num(r.gap) }));
}
