import { defaultPriorityWeights, jpmRules, priorityRules, type PriorityWeights } from "@bina/domain";
import type { Scope } from "../../kit/caller";
import type { SqlParams } from "../../kit/sql";
import { scopeSql } from "../../kit/unit-scope";

/**
 * Which rows of the scored needs a query wants. Employee filters (scope, unit, position kind, employee) choose whole
 * employees; competency filters (kind, id) choose rows only. An employee's Job Person Match and SKP are properties of
 * the employee, so they are always computed over every standard of the position, whatever the competency filter.
 */
export interface NeedsRowFilter {
  readonly year: number;
  /** This unit and its sub-units (a uuid; checked by the caller). */
  readonly unitId?: string | null;
  readonly positionKind?: string | null;
  /** Only these employees (one person's needs, or a batch of employees on a page). */
  readonly employeeIds?: readonly string[] | null;
  readonly competencyKind?: string | null;
  readonly competencyId?: string | null;
}

/**
 * The domain's `priorityScore` rendered as SQL so that ranking and paging happen in the database. Every number comes
 * from the domain's `priorityRules`, `jpmRules` and weights; the formula's shape mirrors `priorityScore` (each
 * contribution rounded half up to 2 decimals, the score their sum), and the integration tests check that the score
 * of every row equals `priorityScore` of the same inputs. TARGET_GAP and PUBLIC_SERVICE are 0 here: ranked needs
 * are against the current position, and no unit has a satisfaction survey yet (the surveys stage adds it).
 *
 * Expects, in scope: `gap`, `mandatory_programme`, `skp_predikat` (text or null) and `jpm_percent` (numeric or null).
 */
export function priorityScoreSql(weights: PriorityWeights = defaultPriorityWeights): string {
  const num = (x: number) => {
    if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
    return `${x}::numeric`;
  };
  const skp = Object.entries(priorityRules.skpNeed)
    .map(([predikat, v]) => `WHEN '${predikat}' THEN ${num(v)}`)
    .join(" ");
  const jpmValue = `CASE WHEN jpm_percent IS NULL THEN 0
      WHEN jpm_percent >= ${num(jpmRules.mappingOptimalMin)} THEN ${num(priorityRules.jpmNeed.OPTIMAL)}
      WHEN jpm_percent >= ${num(jpmRules.mappingCukupOptimalMin)} THEN ${num(priorityRules.jpmNeed.CUKUP_OPTIMAL)}
      ELSE ${num(priorityRules.jpmNeed.KURANG_OPTIMAL)} END`;
  const gapValue = `LEAST(GREATEST(gap, 0)::numeric / ${num(priorityRules.gapScale)}, 1)`;
  const part = (w: number, value: string) => `round(${num(w)} * (${value}), 2)`;
  return `(
      ${part(weights.GAP, gapValue)}
    + ${part(weights.SKP, `CASE skp_predikat ${skp} ELSE 0 END`)}
    + ${part(weights.JPM, jpmValue)}
    + ${part(weights.MANDATORY, "CASE WHEN mandatory_programme THEN 1 ELSE 0 END")}
  )`;
}

/** The JPM percent over the assessed competencies (`actual`, `standard` in scope), rounded half up like `jobPersonMatch`. */
export const jpmPercentSql = `round(sum(actual) FILTER (WHERE actual IS NOT NULL) * 100.0
  / NULLIF(sum(standard) FILTER (WHERE actual IS NOT NULL), 0), ${jpmRules.decimals})`;

/**
 * The one scored-needs CTE list of the needs stage, ending in `needs`: one row per active employee × active competency
 * their position has a standard for, with
 * - the standard: the most specific matching row of `competency_standards` (position title, then functional grade,
 *   then position kind);
 * - `actual`: the latest assessed level of the year's cycle (null when not assessed), and `gap = standard − actual`
 *   (PP 11/2017 art. 206; `competencyGap` in @bina/domain);
 * - `jpm_percent`, `jpm_assessed`, `jpm_with_standard`: the employee's Job Person Match over EVERY standard of the
 *   position, and `skp_predikat`: the latest SKP before the year; both properties of the employee;
 * - `score`: the priority score (`priorityScoreSql`), from those employee properties and the row's gap.
 *
 * The competency filters are applied only in the last step (`needs`), so a row has the same JPM and score whether
 * the query is narrowed to some competencies or not. CTEs defined on the way: `emp`, `std`, `latest`, `gaps`, `jpm`,
 * `skp`, `scored` (every row of the chosen employees), `needs` (the rows the filter asks for).
 */
export function scoredNeedsCtes(scope: Scope, f: NeedsRowFilter, p: SqlParams, weights?: PriorityWeights): string {
  const year = p.add(f.year, "int");
  const empWhere = ["e.active", scopeSql(scope, "u.path", p)];
  if (f.unitId) empWhere.push(`u.path LIKE (SELECT path FROM units WHERE id = ${p.add(f.unitId, "uuid")}) || '%'`);
  if (f.positionKind) empWhere.push(`e.position_kind = ${p.add(f.positionKind)}`);
  if (f.employeeIds) empWhere.push(`e.id = ANY(${p.add(f.employeeIds, "uuid[]")})`);
  const rowWhere = ["TRUE"];
  if (f.competencyKind) rowWhere.push(`competency_kind = ${p.add(f.competencyKind)}`);
  if (f.competencyId) rowWhere.push(`competency_id = ${p.add(f.competencyId, "uuid")}`);

  return `
    emp AS (
      SELECT e.id, e.unit_id, u.path AS unit_path, e.position_kind, coalesce(e.functional_grade, '') AS functional_grade, e.position_title
        FROM employees e JOIN units u ON u.id = e.unit_id
       WHERE ${empWhere.join(" AND ")}
    ),
    std AS (
      SELECT DISTINCT ON (emp.id, s.competency_id)
             emp.id AS employee_id, emp.unit_id, emp.unit_path, s.competency_id, c.kind AS competency_kind,
             s.level AS standard, s.mandatory_programme
        FROM emp
        JOIN competency_standards s
          ON s.position_kind = emp.position_kind
         AND (s.functional_grade = '' OR s.functional_grade = emp.functional_grade)
         AND (s.position_title = '' OR s.position_title = emp.position_title)
        JOIN competencies c ON c.id = s.competency_id AND c.active
       ORDER BY emp.id, s.competency_id, (s.position_title <> '') DESC, (s.functional_grade <> '') DESC
    ),
    latest AS (
      SELECT DISTINCT ON (a.employee_id, a.competency_id) a.employee_id, a.competency_id, a.level
        FROM competency_assessments a
        JOIN assessment_cycles y ON y.id = a.cycle_id AND y.year = ${year}
       WHERE a.employee_id IN (SELECT id FROM emp)
       ORDER BY a.employee_id, a.competency_id, a.assessed_on DESC, a.recorded_at DESC
    ),
    gaps AS (
      SELECT std.*, latest.level AS actual, std.standard - latest.level AS gap
        FROM std LEFT JOIN latest USING (employee_id, competency_id)
    ),
    jpm AS (
      SELECT employee_id, ${jpmPercentSql} AS jpm_percent,
             count(actual)::int AS jpm_assessed, count(*)::int AS jpm_with_standard
        FROM gaps GROUP BY employee_id
    ),
    skp AS (
      SELECT DISTINCT ON (employee_id) employee_id, predikat AS skp_predikat
        FROM skp_results WHERE year < ${year} AND employee_id IN (SELECT id FROM emp)
       ORDER BY employee_id, year DESC
    ),
    scored AS (
      SELECT gaps.*, jpm.jpm_percent, jpm.jpm_assessed, jpm.jpm_with_standard, skp.skp_predikat, ${priorityScoreSql(weights)} AS score
        FROM gaps LEFT JOIN jpm USING (employee_id) LEFT JOIN skp USING (employee_id)
    ),
    needs AS (
      SELECT * FROM scored WHERE ${rowWhere.join(" AND ")}
    )`;
}
