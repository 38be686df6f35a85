import { readIsoDate } from "../shared/date-of-record.js";
import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";
import { roundHalfUp } from "../shared/rounding.js";
import { DEVELOPMENT_KINDS, isDevelopmentKind, type DevelopmentKind } from "./development-kinds.js";

/** 1 JP (jam pelajaran) = 45 minutes (PerLAN 10/2018; DOMAIN.md §2). A speaker's paid hour is 60 minutes: a different unit. */
export const JP_MINUTES = 45;

/**
 * How one kind of development earns JP. Each method reads its own field of the activity:
 * - ACTUAL: the programme's actual `jp`;
 * - PER_DAY: `jpPerDay × days`;
 * - PER_SESSION_MONTHLY_CAP: `jpPerSession ×` Σ over calendar months of `min(maxSessionsPerMonth, sessions that month)`, from `sessionDates`;
 * - CAPPED_PER_DAY: Σ `min(maxJpPerDay, jpByDay[i])`;
 * - PER_COUNT: `jpEach × count` (`count` defaults to 1);
 * - PER_SEMESTER: `jpPerSemester × semesters`.
 */
export type JpCreditRule =
  | { readonly method: "ACTUAL" }
  | { readonly method: "PER_DAY"; readonly jpPerDay: number }
  | { readonly method: "PER_SESSION_MONTHLY_CAP"; readonly jpPerSession: number; readonly maxSessionsPerMonth: number }
  | { readonly method: "CAPPED_PER_DAY"; readonly maxJpPerDay: number }
  | { readonly method: "PER_COUNT"; readonly jpEach: number }
  | { readonly method: "PER_SEMESTER"; readonly jpPerSemester: number };

export type JpCreditMethod = JpCreditRule["method"];
export type JpCreditRules = Readonly<Record<DevelopmentKind, JpCreditRule>>;

const ACTUAL = Object.freeze({ method: "ACTUAL" as const });

/**
 * The default conversion of activities to JP (DOMAIN.md §2). *Practice*, not law: the table of the
 * BPS circular B-031/2019, implementing PerLAN 10/2018's kinds; the figures are for domestic
 * activities. Pass your own table to {@link creditJp} to adopt another.
 */
export const JP_CREDIT_RULES: JpCreditRules = Object.freeze({
  // Degree study (tugas belajar, izin belajar): 20 JP per semester (BPS B-031/2019).
  DEGREE_STUDY_ASSIGNED: Object.freeze({ method: "PER_SEMESTER", jpPerSemester: 20 }),
  DEGREE_STUDY_PERMITTED: Object.freeze({ method: "PER_SEMESTER", jpPerSemester: 20 }),
  // Structured training, course, penataran, bimtek: the programme's actual JP (BPS B-031/2019; PerLAN 10/2018).
  LEADERSHIP_TRAINING: ACTUAL,
  MANAGERIAL_TRAINING: ACTUAL,
  TECHNICAL_TRAINING: ACTUAL,
  FUNCTIONAL_TRAINING: ACTUAL,
  SOCIO_CULTURAL_TRAINING: ACTUAL,
  // Seminar / conference / sarasehan and sosialisasi: 4 JP per day (BPS B-031/2019).
  SEMINAR: Object.freeze({ method: "PER_DAY", jpPerDay: 4 }),
  // Workshop / lokakarya: 5 JP per day (BPS B-031/2019).
  WORKSHOP: Object.freeze({ method: "PER_DAY", jpPerDay: 5 }),
  COURSE: ACTUAL,
  UPGRADING: ACTUAL,
  TECHNICAL_GUIDANCE: ACTUAL,
  SOCIALISATION: Object.freeze({ method: "PER_DAY", jpPerDay: 4 }),
  // Coaching, mentoring: 2 JP per session, at most 2 sessions a month (BPS B-031/2019).
  COACHING: Object.freeze({ method: "PER_SESSION_MONTHLY_CAP", jpPerSession: 2, maxSessionsPerMonth: 2 }),
  MENTORING: Object.freeze({ method: "PER_SESSION_MONTHLY_CAP", jpPerSession: 2, maxSessionsPerMonth: 2 }),
  // E-learning: actual JP, at most 3 JP per day (BPS B-031/2019).
  E_LEARNING: Object.freeze({ method: "CAPPED_PER_DAY", maxJpPerDay: 3 }),
  // Distance learning, outbound, on-the-job guidance: actual JP (BPS B-031/2019; PerLAN 10/2018).
  DISTANCE_LEARNING: ACTUAL,
  // Secondment (detasering), exchange with private/BUMN staff, internship (magang): 20 JP each (BPS B-031/2019).
  SECONDMENT: Object.freeze({ method: "PER_COUNT", jpEach: 20 }),
  OUTBOUND: ACTUAL,
  // Benchmarking (patok banding / studi tiru): 10 JP each (BPS B-031/2019).
  BENCHMARKING: Object.freeze({ method: "PER_COUNT", jpEach: 10 }),
  EXCHANGE: Object.freeze({ method: "PER_COUNT", jpEach: 20 }),
  // Self-study, learning community: at most 2 JP per day (BPS B-031/2019).
  SELF_STUDY: Object.freeze({ method: "CAPPED_PER_DAY", maxJpPerDay: 2 }),
  LEARNING_COMMUNITY: Object.freeze({ method: "CAPPED_PER_DAY", maxJpPerDay: 2 }),
  ON_THE_JOB_GUIDANCE: ACTUAL,
  INTERNSHIP: Object.freeze({ method: "PER_COUNT", jpEach: 20 }),
} satisfies JpCreditRules);

/**
 * One development activity to credit, as one plain object (issue 8). Which fields are read depends
 * on the kind's rule: `jp` (ACTUAL), `days` (PER_DAY), `sessionDates` (`YYYY-MM-DD`, one per session;
 * PER_SESSION_MONTHLY_CAP), `jpByDay` (CAPPED_PER_DAY), `count` (PER_COUNT, default 1), `semesters`
 * (PER_SEMESTER). Other fields are ignored. `null` counts as absent (a database null).
 */
export interface DevelopmentActivity {
  readonly kind: DevelopmentKind | (string & Record<never, never>);
  readonly jp?: number | null | undefined;
  readonly days?: number | null | undefined;
  readonly sessionDates?: readonly string[] | null | undefined;
  readonly jpByDay?: readonly number[] | null | undefined;
  readonly count?: number | null | undefined;
  readonly semesters?: number | null | undefined;
}

/** Why an activity's field is refused. */
export const ACTIVITY_INVALID_REASONS = ["MISSING", "NOT_A_NUMBER", "NOT_FINITE", "NEGATIVE", "NOT_INTEGER", "TOO_LARGE", "NOT_A_LIST", "INVALID_DATE"] as const;
export type ActivityInvalidReason = (typeof ACTIVITY_INVALID_REASONS)[number];

export const JP_CREDIT_ERROR_CODES = ["UNKNOWN_KIND", "INVALID_ACTIVITY"] as const;
export type JpCreditErrorCode = (typeof JP_CREDIT_ERROR_CODES)[number];
/** A refused activity: `field` is the one at fault (`kind`, `days`, `sessionDates[2]`, `jpByDay[0]`, ...). */
export type JpCreditError = DomainError<JpCreditErrorCode> & { readonly field: string };

const invalid = (field: string, reason: ActivityInvalidReason, what: string): Result<never, JpCreditError> =>
  err({ ...domainError("INVALID_ACTIVITY", `${field} ${what}`, { reason }), field });

const DESCRIPTIONS: Readonly<Record<ActivityInvalidReason, string>> = {
  MISSING: "is required for this kind of activity",
  NOT_A_NUMBER: "must be a number",
  NOT_FINITE: "must be a finite number",
  NEGATIVE: "must not be negative",
  NOT_INTEGER: "must be a whole number",
  TOO_LARGE: "is too large to compute exactly",
  NOT_A_LIST: "must be a list",
  INVALID_DATE: "is not a real date (YYYY-MM-DD)",
};

/** The reason a value is not a number >= 0 (an integer when `integer`), or null. */
const numberProblem = (value: unknown, integer: boolean): ActivityInvalidReason | null => {
  if (value === undefined || value === null) return "MISSING";
  if (typeof value !== "number" || Number.isNaN(value)) return "NOT_A_NUMBER";
  if (!Number.isFinite(value)) return "NOT_FINITE";
  if (value < 0) return "NEGATIVE";
  if (integer && !Number.isInteger(value)) return "NOT_INTEGER";
  if (integer && !Number.isSafeInteger(value)) return "TOO_LARGE";
  return null;
};

const readNumber = (activity: DevelopmentActivity, field: "jp" | "days" | "count" | "semesters", integer: boolean): Result<number, JpCreditError> => {
  const value: unknown = activity[field];
  const problem = numberProblem(value, integer);
  return problem === null ? ok(value as number) : invalid(field, problem, DESCRIPTIONS[problem]);
};

const readList = (activity: DevelopmentActivity, field: "sessionDates" | "jpByDay"): Result<readonly unknown[], JpCreditError> => {
  const value: unknown = activity[field];
  if (value === undefined || value === null) return invalid(field, "MISSING", DESCRIPTIONS.MISSING);
  return Array.isArray(value) ? ok(value as readonly unknown[]) : invalid(field, "NOT_A_LIST", DESCRIPTIONS.NOT_A_LIST);
};

/** JP rounded to hundredths, the unit the ledger stores (numeric(7,2)). */
const jp2 = (value: number): number => roundHalfUp(value, 2);

const credit = (rule: JpCreditRule, activity: DevelopmentActivity): Result<number, JpCreditError> => {
  switch (rule.method) {
    case "ACTUAL":
      return readNumber(activity, "jp", false);
    case "PER_DAY": {
      const days = readNumber(activity, "days", true);
      return days.ok ? ok(rule.jpPerDay * days.value) : days;
    }
    case "PER_COUNT": {
      if (activity.count === undefined || activity.count === null) return ok(rule.jpEach);
      const count = readNumber(activity, "count", true);
      return count.ok ? ok(rule.jpEach * count.value) : count;
    }
    case "PER_SEMESTER": {
      const semesters = readNumber(activity, "semesters", true);
      return semesters.ok ? ok(rule.jpPerSemester * semesters.value) : semesters;
    }
    case "PER_SESSION_MONTHLY_CAP": {
      const list = readList(activity, "sessionDates");
      if (!list.ok) return list;
      const perMonth = new Map<string, number>();
      for (const [i, date] of list.value.entries()) {
        if (readIsoDate(date) === null) return invalid(`sessionDates[${i}]`, "INVALID_DATE", `${DESCRIPTIONS.INVALID_DATE}: ${String(date)}`);
        const month = (date as string).slice(0, 7);
        perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
      }
      let sessions = 0;
      for (const n of perMonth.values()) sessions += Math.min(rule.maxSessionsPerMonth, n);
      return ok(rule.jpPerSession * sessions);
    }
    case "CAPPED_PER_DAY": {
      const list = readList(activity, "jpByDay");
      if (!list.ok) return list;
      let total = 0;
      for (const [i, jp] of list.value.entries()) {
        const problem = numberProblem(jp, false);
        if (problem !== null) return invalid(`jpByDay[${i}]`, problem, DESCRIPTIONS[problem]);
        total += Math.min(rule.maxJpPerDay, jp as number);
      }
      return ok(total);
    }
  }
};

/**
 * The JP an activity earns, by its kind's rule in `rules` (default {@link JP_CREDIT_RULES},
 * DOMAIN.md §2), rounded to 2 decimals (JP may be fractional, e.g. 1.5). Refusals:
 * - UNKNOWN_KIND (field `kind`) for a kind outside {@link DEVELOPMENT_KINDS};
 * - INVALID_ACTIVITY with the field at fault and a reason of {@link ACTIVITY_INVALID_REASONS}: the
 *   kind's field missing, not a number, not finite, negative, or not a whole number (days, count,
 *   semesters) or beyond 2^53; a list that is not a list; a session date that is not a real `YYYY-MM-DD`
 *   (`sessionDates[2]`), a day's JP that is not a finite number >= 0 (`jpByDay[0]`).
 * An activity that is not an object is INVALID_ACTIVITY on field `activity`. A rules table without
 * a rule for a known kind is a programmer error (RangeError).
 */
export const creditJp = (activity: DevelopmentActivity, rules: JpCreditRules = JP_CREDIT_RULES): Result<number, JpCreditError> => {
  if (typeof activity !== "object" || activity === null) return invalid("activity", "MISSING", "must be an object");
  const { kind } = activity;
  if (!isDevelopmentKind(kind)) {
    return err({ ...domainError("UNKNOWN_KIND", `kind ${String(kind)} is not one of the ${DEVELOPMENT_KINDS.length} development kinds`), field: "kind" });
  }
  const rule = Object.prototype.hasOwnProperty.call(rules, kind) ? rules[kind] : undefined;
  if (rule === undefined) throw new RangeError(`creditJp: the rules have no rule for ${kind}`);
  const result = credit(rule, activity);
  return result.ok ? ok(jp2(result.value)) : result;
};
