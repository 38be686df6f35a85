import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";
import { roundHalfUp } from "../shared/rounding.js";

/**
 * One employee × competency: the gap (an integer -4..4, or null when not assessed: never left
 * out) and, optionally, its priority score.
 */
export interface NeedRow {
  readonly unitId: string;
  readonly competencyCode: string;
  readonly gap: number | null;
  readonly priority?: number | null;
}

export interface NeedAggregate {
  readonly unitId: string;
  readonly competencyCode: string;
  /** Rows with a gap (not null). */
  readonly employeesAssessed: number;
  /** Rows with gap > 0. */
  readonly employeesInNeed: number;
  /** Σ max(gap, 0): levels of shortfall; one expert's surplus never cancels a colleague's need. */
  readonly totalGap: number;
  /** totalGap / employeesAssessed, rounded half up to 2 decimals; null when nobody was assessed. */
  readonly meanGap: number | null;
  /** Highest priority among the rows that carry one; null when none does. */
  readonly maxPriority: number | null;
}

interface Tally {
  assessed: number;
  inNeed: number;
  totalGap: number;
  maxPriority: number | null;
}

/**
 * Needs per unit × competency: the in-memory reference for the API's SQL aggregate, which
 * should read, per `(unit_id, competency_code)`:
 * `count(gap)`, `count(*) filter (where gap > 0)`, `coalesce(sum(greatest(gap, 0)), 0)`,
 * `round(avg(greatest(gap, 0))::numeric, 2)`, `max(priority)`,
 * ordered by `unit_id, competency_code` in code-unit order (`collate "C"`).
 *
 * One row per employee × competency (rows are not de-duplicated). A pair whose rows are all
 * unassessed still appears, with `employeesAssessed: 0` and `meanGap: null`, so the screen can
 * show "not assessed yet" instead of hiding the competency.
 */
/** Why a row was refused (code INVALID_NEED_ROW, field `rows[i].<key>`). */
export const NEED_ROW_INVALID_REASONS = ["NOT_A_ROW", "MISSING", "NOT_INTEGER", "OUT_OF_RANGE", "NOT_A_NUMBER"] as const;
export type NeedRowInvalidReason = (typeof NEED_ROW_INVALID_REASONS)[number];
export type NeedRowError = DomainError<"INVALID_NEED_ROW"> & { readonly field: string; readonly reason: NeedRowInvalidReason };

const checkRow = (row: unknown, i: number): NeedRowError | null => {
  const fail = (key: string, reason: NeedRowInvalidReason, message: string): NeedRowError => {
    const field = key === "" ? `rows[${i}]` : `rows[${i}].${key}`;
    return { ...domainError("INVALID_NEED_ROW", `${field} ${message}`), field, reason };
  };
  if (typeof row !== "object" || row === null) return fail("", "NOT_A_ROW", "is not a row");
  const r = row as Partial<Record<keyof NeedRow, unknown>>;
  for (const key of ["unitId", "competencyCode"] as const) {
    if (typeof r[key] !== "string" || r[key] === "") return fail(key, "MISSING", "must be a non-empty string");
  }
  if (r.gap === undefined) return fail("gap", "MISSING", "is missing: give null for an employee not assessed, never leave it out");
  if (r.gap !== null) {
    if (typeof r.gap !== "number" || !Number.isInteger(r.gap)) return fail("gap", "NOT_INTEGER", "must be a whole number of levels or null");
    if (Math.abs(r.gap) > 4) return fail("gap", "OUT_OF_RANGE", "must be between -4 and 4 (levels run 1..5)");
  }
  if (r.priority !== undefined && r.priority !== null && (typeof r.priority !== "number" || !Number.isFinite(r.priority) || r.priority < 0)) {
    return fail("priority", "NOT_A_NUMBER", "must be a number >= 0 or null");
  }
  return null;
};

/**
 * {@link aggregateNeeds} for untrusted rows (a file, a script): the first bad row as
 * INVALID_NEED_ROW with field `rows[i].<key>` and a reason: a row that is not an object
 * (NOT_A_ROW), a missing or empty `unitId` / `competencyCode`, or a **missing `gap`** (MISSING: a
 * row without a gap is not "assessed with gap 0"; an unassessed employee has `gap: null`), a gap
 * that is not an integer -4..4 (NOT_INTEGER / OUT_OF_RANGE), a priority that is not a number >= 0
 * (NOT_A_NUMBER).
 */
export const aggregateNeedsResult = (rows: ReadonlyArray<NeedRow>): Result<readonly NeedAggregate[], NeedRowError> => {
  if (!Array.isArray(rows)) {
    return err({ ...domainError("INVALID_NEED_ROW", "rows must be a list"), field: "rows", reason: "NOT_A_ROW" });
  }
  for (const [i, row] of (rows as readonly unknown[]).entries()) {
    const problem = checkRow(row, i);
    if (problem !== null) return err(problem);
  }
  return ok(tally(rows));
};

/**
 * Needs per unit × competency for the system's own rows: any row {@link aggregateNeedsResult}
 * refuses is a programmer error here (RangeError naming the field), never a silent count.
 */
export const aggregateNeeds = (rows: ReadonlyArray<NeedRow>): readonly NeedAggregate[] => {
  const result = aggregateNeedsResult(rows);
  if (!result.ok) throw new RangeError(`INVALID_NEED_ROW: ${result.error.message}`);
  return result.value;
};

const tally = (rows: ReadonlyArray<NeedRow>): readonly NeedAggregate[] => {
  const byUnit = new Map<string, Map<string, Tally>>();
  for (const row of rows) {
    const byCompetency = byUnit.get(row.unitId) ?? new Map<string, Tally>();
    byUnit.set(row.unitId, byCompetency);
    const tally = byCompetency.get(row.competencyCode) ?? { assessed: 0, inNeed: 0, totalGap: 0, maxPriority: null };
    byCompetency.set(row.competencyCode, tally);
    if (row.gap !== null) {
      tally.assessed++;
      if (row.gap > 0) {
        tally.inNeed++;
        tally.totalGap += row.gap;
      }
    }
    const priority = row.priority ?? null;
    if (priority !== null && (tally.maxPriority === null || priority > tally.maxPriority)) tally.maxPriority = priority;
  }

  const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...byUnit.keys()].sort(byCodeUnits).flatMap((unitId) => {
    const byCompetency = byUnit.get(unitId) ?? new Map<string, Tally>();
    return [...byCompetency.keys()].sort(byCodeUnits).map((competencyCode): NeedAggregate => {
      const t = byCompetency.get(competencyCode) ?? { assessed: 0, inNeed: 0, totalGap: 0, maxPriority: null };
      return {
        unitId,
        competencyCode,
        employeesAssessed: t.assessed,
        employeesInNeed: t.inNeed,
        totalGap: t.totalGap,
        meanGap: t.assessed === 0 ? null : roundHalfUp(t.totalGap / t.assessed, 2),
        maxPriority: t.maxPriority,
      };
    });
  });
};
