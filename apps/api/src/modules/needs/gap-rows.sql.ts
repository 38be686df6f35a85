import type { Scope } from "../../kit/caller";

/**
 * The SQL at the heart of the needs stage: one row per active employee × competency their position has a standard
 * for, with the latest assessed level of the year's cycle (null when not assessed) and the gap `standard - actual`
 * (PP 11/2017 art. 206; `competencyGap` in @bina/domain). The standard is the most specific matching row of
 * `competency_standards` (position title, then functional grade, then position kind).
 *
 * Returns a CTE list ending in `gaps`, and the parameters it uses ($1 = year, then filters), for callers to build on.
 */
export interface GapFilter {
  readonly year: number;
  readonly unitId?: string | null;
  readonly competencyKind?: string | null;
  readonly positionKind?: string | null;
  readonly competencyId?: string | null;
  /** Only this employee (one person's needs). */
  readonly employeeId?: string | null;
}

export function gapRowsCte(scope: Scope, f: GapFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [f.year];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const empWhere = ["e.active"];
  if (scope.kind === "SUBTREE") empWhere.push(`u.path LIKE ${p(`${scope.path}%`)}`);
  if (f.unitId) empWhere.push(`u.path LIKE (SELECT path FROM units WHERE id = ${p(f.unitId)}) || '%'`);
  if (f.positionKind) empWhere.push(`e.position_kind = ${p(f.positionKind)}`);
  if (f.employeeId) empWhere.push(`e.id = ${p(f.employeeId)}`);
  const compWhere = ["c.active"];
  if (f.competencyKind) compWhere.push(`c.kind = ${p(f.competencyKind)}`);
  if (f.competencyId) compWhere.push(`c.id = ${p(f.competencyId)}`);

  const sql = `
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
        JOIN competencies c ON c.id = s.competency_id AND ${compWhere.join(" AND ")}
       ORDER BY emp.id, s.competency_id, (s.position_title <> '') DESC, (s.functional_grade <> '') DESC
    ),
    latest AS (
      SELECT DISTINCT ON (a.employee_id, a.competency_id) a.employee_id, a.competency_id, a.level
        FROM competency_assessments a
        JOIN assessment_cycles y ON y.id = a.cycle_id AND y.year = $1
       WHERE a.employee_id IN (SELECT id FROM emp)
       ORDER BY a.employee_id, a.competency_id, a.assessed_on DESC, a.recorded_at DESC
    ),
    gaps AS (
      SELECT std.*, latest.level AS actual, std.standard - latest.level AS gap
        FROM std LEFT JOIN latest USING (employee_id, competency_id)
    )`;
  return { sql, params };
}
