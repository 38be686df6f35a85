import { validateAssessmentLevel, type AssessmentLevelError } from "../competency/assessment-level.js";
import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";

/**
 * Competency gap (PP 11/2017 art. 206, DOMAIN.md §4): `standard - actual` per competency, a
 * need when > 0. Applied against the current position and, separately, against a target
 * position: two calls of {@link gapsAgainst} with two lists of standards.
 *
 * Levels are integers 1..5 (PermenPANRB 38/2017), a standard included: a standard of 0 is not a
 * requirement and is refused like a level of 9.
 */

/** The standard level a position requires for one competency. */
export interface CompetencyStandard {
  readonly competencyCode: string;
  readonly standard: number;
}

/** One competency of one employee against one position. */
export interface CompetencyGap {
  readonly competencyCode: string;
  readonly standard: number;
  /** The assessed level, or null when the competency was not assessed. */
  readonly actual: number | null;
  /** `standard - actual`, -4..4; null when not assessed (unknown, never 0); negative when above standard. */
  readonly gap: number | null;
  /** `gap > 0`; false when not assessed (read `gap === null` to list the missing assessments). */
  readonly isNeed: boolean;
}

/** Assessed levels by competency code, as a Map or a plain object. */
export type AssessedLevels = ReadonlyMap<string, number> | Readonly<Record<string, number>>;

/** A level that is not an integer 1..5 (INVALID_LEVEL, field naming where), or a list that is not one. */
export type GapError = AssessmentLevelError | (DomainError<"INVALID_LEVEL"> & { readonly field: string; readonly reason: string });

const levelAt = (value: unknown, field: string): Result<number, GapError> => {
  const level = validateAssessmentLevel(value);
  return level.ok ? level : err({ ...level.error, field });
};

/**
 * `standard - actual`: positive is a need, 0 meets the standard, negative exceeds it. Both are
 * checked levels (see `validateAssessmentLevel`); anything but an integer 1..5 is a programmer
 * error here (RangeError), never a gap.
 */
export const competencyGap = (standard: number, actual: number): number => {
  for (const [name, value] of [["standard", standard], ["actual", actual]] as const) {
    const level = validateAssessmentLevel(value);
    if (!level.ok) throw new RangeError(`competencyGap: ${name} must be an integer level 1..5, got ${String(value)}`);
  }
  return standard - actual;
};

const lookup = (actuals: AssessedLevels, code: string): unknown => {
  if (actuals instanceof Map) return actuals.get(code) ?? null;
  const record = actuals as Readonly<Record<string, unknown>>;
  // Own keys only: a competency coded "constructor" must not find Object.prototype.constructor.
  return Object.prototype.hasOwnProperty.call(record, code) ? (record[code] ?? null) : null;
};

/**
 * The gap of every competency a position requires, in the order of `standards`, for untrusted
 * levels (an import, a form). A competency without an assessment (absent, null or undefined in
 * `actuals`) is reported as unknown (`actual: null, gap: null, isNeed: false`), never as level 0
 * or gap 0: a missing assessment is a task for the assessor, not a need and not a pass.
 * Assessments of competencies the position does not require are ignored.
 *
 * The first bad level is INVALID_LEVEL (reason NOT_INTEGER or OUT_OF_RANGE) with field
 * `standards[i].standard` or `actuals.<code>`; lists that are not lists are INVALID_LEVEL on
 * `standards` / `actuals` (reason NOT_A_LIST).
 */
export const gapsAgainstResult = (
  standards: ReadonlyArray<CompetencyStandard>,
  actuals: AssessedLevels,
): Result<readonly CompetencyGap[], GapError> => {
  if (!Array.isArray(standards)) {
    return err({ ...domainError("INVALID_LEVEL", "standards must be a list"), field: "standards", reason: "NOT_A_LIST" });
  }
  if (typeof actuals !== "object" || actuals === null) {
    return err({ ...domainError("INVALID_LEVEL", "actuals must be a map of levels"), field: "actuals", reason: "NOT_A_LIST" });
  }
  const gaps: CompetencyGap[] = [];
  for (const [i, entry] of (standards as ReadonlyArray<Partial<CompetencyStandard> | null>).entries()) {
    const standard = levelAt(entry?.standard, `standards[${i}].standard`);
    if (!standard.ok) return standard;
    const competencyCode = typeof entry?.competencyCode === "string" ? entry.competencyCode : "";
    const raw = lookup(actuals, competencyCode);
    if (raw === null) {
      gaps.push({ competencyCode, standard: standard.value, actual: null, gap: null, isNeed: false });
      continue;
    }
    const actual = levelAt(raw, `actuals.${competencyCode}`);
    if (!actual.ok) return actual;
    const gap = standard.value - actual.value;
    gaps.push({ competencyCode, standard: standard.value, actual: actual.value, gap, isNeed: gap > 0 });
  }
  return ok(gaps);
};

/**
 * {@link gapsAgainstResult} for levels already checked (the system's own data): a level that is
 * not an integer 1..5 is a programmer error here and throws a RangeError naming the field.
 */
export const gapsAgainst = (standards: ReadonlyArray<CompetencyStandard>, actuals: AssessedLevels): readonly CompetencyGap[] => {
  const result = gapsAgainstResult(standards, actuals);
  if (!result.ok) throw new RangeError(`gapsAgainst: ${result.error.field}: ${result.error.message}`);
  return result.value;
};
