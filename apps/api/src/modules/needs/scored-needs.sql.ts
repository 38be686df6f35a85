import { defaultPriorityWeights, jpmRules, priorityRules, type PriorityWeights } from "@bina/domain";
import type { Scope } from "../../kit/caller";
import type { SqlParams } from "../../kit/sql";
import { inSubtreeOfSql, scopeSql, underPathSql } from "../../kit/unit-scope";

/**
 * Which rows of the scored needs a query wants. Employee filters (scope, unit, position kind, employee) choose whole
 * employees; competency filters (kind, id) choose rows only. An employee's Job Person Match and SKP are properties of
 * the employee, so they are always computed over every standard of the position, whatever the competency filter.
 */
export interface NeedsRowFilter {
  /** The assessment year, or every year that has an assessment cycle (the needs store keeps those). */
  readonly year: number | "CYCLES";
  /** This unit and its sub-units (a uuid; checked by the caller). */
  readonly unitId?: string | null;
  readonly positionKind?: string | null;
  /** Only these employees (one person's needs, or a batch of employees on a page). */
  readonly employeeIds?: readonly string[] | null;
  readonly competencyKind?: string | null;
  readonly competencyId?: string | null;
}

/** SQL for "a / b ≥ min / 100" on integer sums, decided exactly like the domain's bands (`100·Σactual ≥ min·Σstandard`). */
const atLeastSql = (min: number) => {
  if (!Number.isFinite(min)) throw new RangeError(`not a finite number: ${min}`);
  return `100 * jpm_actual_sum >= ${min}::numeric * jpm_standard_sum`;
};

/**
 * The employee's JPM mapping band (text, null when nothing is assessed), decided exactly on the integer sums as the
 * domain's `jobPersonMatchFromSums` does. Expects `jpm_actual_sum`, `jpm_standard_sum` in scope.
 */
export const jpmBandSql = `CASE WHEN jpm_standard_sum IS NULL OR jpm_standard_sum = 0 THEN NULL
      WHEN ${atLeastSql(jpmRules.mappingOptimalMin)} THEN 'OPTIMAL'
      WHEN ${atLeastSql(jpmRules.mappingCukupOptimalMin)} THEN 'CUKUP_OPTIMAL'
      ELSE 'KURANG_OPTIMAL' END`;

/**
 * The domain's `priorityScore` rendered as SQL so that ranking and paging happen in the database. Every number comes
 * from the domain's `priorityRules` and weights; the formula's shape mirrors `priorityScore` (each contribution
 * rounded half up to 2 decimals, the score their sum), and the integration tests check that the score of every row
 * equals `priorityScore` of the same inputs. TARGET_GAP is 0 here: ranked needs are against the current position.
 * PUBLIC_SERVICE is `public_service` (0..1, 0 when no weak survey element reaches the row): `priorityScore` with
 * `servesPublic: true, unitServiceWeakness: public_service`.
 *
 * Expects, in scope: `gap`, `mandatory_programme`, `skp_predikat` (text or null), `jpm_band` (text or null) and
 * `public_service` (numeric).
 */
export function priorityScoreSql(weights: PriorityWeights = defaultPriorityWeights): string {
  const num = (x: number) => {
    if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
    return `${x}::numeric`;
  };
  const skp = Object.entries(priorityRules.skpNeed)
    .map(([predikat, v]) => `WHEN '${predikat}' THEN ${num(v)}`)
    .join(" ");
  const jpm = Object.entries(priorityRules.jpmNeed)
    .map(([band, v]) => `WHEN '${band}' THEN ${num(v)}`)
    .join(" ");
  const gapValue = `LEAST(GREATEST(gap, 0)::numeric / ${num(priorityRules.gapScale)}, 1)`;
  const part = (w: number, value: string) => `round(${num(w)} * (${value}), 2)`;
  return `(
      ${part(weights.GAP, gapValue)}
    + ${part(weights.SKP, `CASE skp_predikat ${skp} ELSE 0 END`)}
    + ${part(weights.JPM, `CASE jpm_band ${jpm} ELSE 0 END`)}
    + ${part(weights.MANDATORY, "CASE WHEN mandatory_programme THEN 1 ELSE 0 END")}
    + ${part(weights.PUBLIC_SERVICE, "COALESCE(public_service, 0)")}
  )`;
}

/**
 * The first CTEs of {@link scoredNeedsCtes}: `emp` (the chosen active employees) and `std` (each one's most specific
 * standard per active competency). Year-independent; a query that needs no assessment reads only these.
 */
export function standardsCtes(scope: Scope, f: Omit<NeedsRowFilter, "year">, p: SqlParams): string {
  const empWhere = ["e.active", scopeSql(scope, "u.path", p)];
  if (f.unitId) empWhere.push(inSubtreeOfSql("u.path", p.add(f.unitId, "uuid")));
  if (f.positionKind) empWhere.push(`e.position_kind = ${p.add(f.positionKind)}`);
  if (f.employeeIds) empWhere.push(`e.id = ANY(${p.add(f.employeeIds, "uuid[]")})`);
  return `
    emp AS (
      SELECT e.id, e.name, e.unit_id, u.path AS unit_path, e.position_kind, coalesce(e.functional_grade, '') AS functional_grade, e.position_title
        FROM employees e JOIN units u ON u.id = e.unit_id
       WHERE ${empWhere.join(" AND ")}
    ),
    std AS (
      SELECT DISTINCT ON (emp.id, s.competency_id)
             emp.id AS employee_id, emp.name AS employee_name, emp.unit_id, emp.unit_path, emp.position_kind, s.competency_id,
             c.kind AS competency_kind, s.level AS standard, s.mandatory_programme
        FROM emp
        JOIN competency_standards s
          ON s.position_kind = emp.position_kind
         AND (s.functional_grade = '' OR s.functional_grade = emp.functional_grade)
         AND (s.position_title = '' OR s.position_title = emp.position_title)
        JOIN competencies c ON c.id = s.competency_id AND c.active
       ORDER BY emp.id, s.competency_id, (s.position_title <> '') DESC, (s.functional_grade <> '') DESC
    )`;
}

/**
 * The one scored-needs CTE list of the needs stage, ending in `needs`: one row per active employee × active competency
 * their position has a standard for, with
 * - the standard: the most specific matching row of `competency_standards` (position title, then functional grade,
 *   then position kind);
 * - `actual`: the latest assessed level of the year's cycle (null when not assessed), and `gap = standard − actual`
 *   (PP 11/2017 art. 206; `competencyGap` in @bina/domain);
 * - `jpm_actual_sum`, `jpm_standard_sum` (over the assessed competencies), `jpm_band` (decided exactly on the sums),
 *   `jpm_percent` (rounded for display), `jpm_assessed`, `jpm_with_standard`: the employee's Job Person Match over
 *   EVERY standard of the position, and `skp_predikat`: the latest SKP before the year; properties of the employee;
 * - `public_service` (0 when none) and `public_service_reason` (null when none): the largest weakness of the survey
 *   signals (`skm_signals` of the row's year) whose service unit's organisational unit contains the employee's unit and
 *   which point to the competency (its code listed for the element, or any TECHNICAL competency for the unit's own
 *   technical service), with their reasons ("U7 staff behaviour, NRR 2.71, band C, period 2026-1"; several joined by
 *   "; " in element order);
 * - `score`: the priority score (`priorityScoreSql`), from those employee properties and the row's gap.
 *
 * The competency filters are applied only in the last step (`needs`), so a row has the same JPM and score whether
 * the query is narrowed to some competencies or not. Rows carry their `year` (one year, or every cycle's year for the
 * needs store). CTEs defined on the way: `yrs`, `emp` and `std` ({@link standardsCtes}), `latest`, `gaps`, `jpm_sums`, `jpm`,
 * `skp`, `sig_units`, `sig_emp`, `ps`, `scored` (every row of the chosen employees), `needs` (the rows the filter asks for).
 */
export function scoredNeedsCtes(scope: Scope, f: NeedsRowFilter, p: SqlParams, weights?: PriorityWeights): string {
  const years = f.year === "CYCLES" ? "SELECT year FROM assessment_cycles" : `SELECT ${p.add(f.year, "int")} AS year`;
  const standards = standardsCtes(scope, f, p);
  const rowWhere = ["TRUE"];
  if (f.competencyKind) rowWhere.push(`competency_kind = ${p.add(f.competencyKind)}`);
  if (f.competencyId) rowWhere.push(`competency_id = ${p.add(f.competencyId, "uuid")}`);

  return `
    yrs AS (${years}),${standards},
    latest AS (
      SELECT DISTINCT ON (y.year, a.employee_id, a.competency_id) y.year, a.employee_id, a.competency_id, a.level
        FROM competency_assessments a
        JOIN assessment_cycles y ON y.id = a.cycle_id AND y.year IN (SELECT year FROM yrs)
       WHERE a.employee_id IN (SELECT id FROM emp)
       ORDER BY y.year, a.employee_id, a.competency_id, a.assessed_on DESC, a.recorded_at DESC
    ),
    gaps AS (
      SELECT yrs.year, std.*, latest.level AS actual, std.standard - latest.level AS gap
        FROM yrs CROSS JOIN std LEFT JOIN latest ON latest.year = yrs.year AND latest.employee_id = std.employee_id AND latest.competency_id = std.competency_id
    ),
    jpm_sums AS (
      SELECT year, employee_id,
             (sum(actual) FILTER (WHERE actual IS NOT NULL))::int AS jpm_actual_sum,
             (sum(standard) FILTER (WHERE actual IS NOT NULL))::int AS jpm_standard_sum,
             count(actual)::int AS jpm_assessed, count(*)::int AS jpm_with_standard
        FROM gaps GROUP BY year, employee_id
    ),
    jpm AS (
      SELECT jpm_sums.*, ${jpmBandSql} AS jpm_band,
             round(jpm_actual_sum * 100.0 / NULLIF(jpm_standard_sum, 0), ${jpmRules.decimals}) AS jpm_percent
        FROM jpm_sums
    ),
    skp AS (
      SELECT DISTINCT ON (yrs.year, s.employee_id) yrs.year, s.employee_id, s.predikat AS skp_predikat
        FROM skp_results s JOIN yrs ON s.year < yrs.year
       WHERE s.employee_id IN (SELECT id FROM emp)
       ORDER BY yrs.year, s.employee_id, s.year DESC
    ),
    sig_units AS (
      SELECT su.id, su.path FROM units su WHERE su.id IN (SELECT s.unit_id FROM skm_signals s WHERE s.year IN (SELECT year FROM yrs))
    ),
    sig_emp AS (
      SELECT s.year, emp.id AS employee_id, s.weakness, s.competency_codes, s.technical_service, s.reason
        FROM sig_units su JOIN emp ON ${underPathSql("emp.unit_path", "su.path")}
        JOIN skm_signals s ON s.unit_id = su.id AND s.year IN (SELECT year FROM yrs)
    ),
    ps AS (
      SELECT se.year, se.employee_id, std.competency_id, max(se.weakness) AS public_service,
             string_agg(DISTINCT se.reason, '; ' ORDER BY se.reason) AS public_service_reason
        FROM sig_emp se
        JOIN std ON std.employee_id = se.employee_id
        JOIN competencies c ON c.id = std.competency_id
       WHERE c.code = ANY(se.competency_codes) OR (se.technical_service AND std.competency_kind = 'TECHNICAL')
       GROUP BY se.year, se.employee_id, std.competency_id
    ),
    scored AS (
      SELECT gaps.*, jpm.jpm_percent, jpm.jpm_band, jpm.jpm_actual_sum, jpm.jpm_standard_sum, jpm.jpm_assessed, jpm.jpm_with_standard,
             skp.skp_predikat, COALESCE(ps.public_service, 0) AS public_service, ps.public_service_reason,
             ${priorityScoreSql(weights)} AS score
        FROM gaps LEFT JOIN jpm USING (year, employee_id) LEFT JOIN skp USING (year, employee_id)
        LEFT JOIN ps USING (year, employee_id, competency_id)
    ),
    needs AS (
      SELECT * FROM scored WHERE ${rowWhere.join(" AND ")}
    )`;
}
