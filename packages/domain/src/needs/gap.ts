/**
 * Competency gap (PP 11/2017 art. 206, DOMAIN.md §4): `standard - actual` per competency, a
 * need when > 0. Applied against the current position and, separately, against a target
 * position: two calls of {@link gapsAgainst} with two lists of standards.
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
  /** `standard - actual`; null when not assessed (unknown, never 0); negative when above standard. */
  readonly gap: number | null;
  /** `gap > 0`; false when not assessed (read `gap === null` to list the missing assessments). */
  readonly isNeed: boolean;
}

/** Assessed levels by competency code, as a Map or a plain object. */
export type AssessedLevels = ReadonlyMap<string, number> | Readonly<Record<string, number>>;

const requireInteger = (name: string, n: number): void => {
  if (!Number.isInteger(n)) throw new RangeError(`${name} must be an integer level, got ${String(n)}`);
};

/**
 * `standard - actual`: positive is a need, 0 meets the standard, negative exceeds it. Both are
 * checked levels (see `validateAssessmentLevel`); a non-integer is a programmer error (RangeError).
 */
export const competencyGap = (standard: number, actual: number): number => {
  requireInteger("standard", standard);
  requireInteger("actual", actual);
  return standard - actual;
};

const lookup = (actuals: AssessedLevels, code: string): number | null => {
  if (actuals instanceof Map) return actuals.get(code) ?? null;
  const record = actuals as Readonly<Record<string, number>>;
  // Own keys only: a competency coded "constructor" must not find Object.prototype.constructor.
  return Object.prototype.hasOwnProperty.call(record, code) ? (record[code] ?? null) : null;
};

/**
 * The gap of every competency a position requires, in the order of `standards`. A competency
 * without an assessment (absent, null or undefined in `actuals`) is reported as unknown
 * (`actual: null, gap: null, isNeed: false`), never as level 0 or gap 0: a missing assessment is
 * a task for the assessor, not a need and not a pass. Assessments of competencies the position
 * does not require are ignored.
 */
export const gapsAgainst = (
  standards: ReadonlyArray<CompetencyStandard>,
  actuals: AssessedLevels,
): readonly CompetencyGap[] =>
  standards.map(({ competencyCode, standard }) => {
    const actual = lookup(actuals, competencyCode);
    if (actual === null) return { competencyCode, standard, actual: null, gap: null, isNeed: false };
    const gap = competencyGap(standard, actual);
    return { competencyCode, standard, actual, gap, isNeed: gap > 0 };
  });
