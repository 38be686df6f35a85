import { feeCeiling, SPEAKER_FEE_RULES, SPEAKER_LEVELS, type SpeakerFeeRules, type SpeakerLevel } from "../delivery/fees.js";
import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";
import { DAILY_ALLOWANCE_RULES, dailyAllowanceCeiling, type DailyAllowanceKind } from "./allowances.js";
import { formatRupiah } from "./format.js";
import { checkRupiah, type RupiahError } from "./rupiah.js";

/** What a spending is for: the categories with a standard-cost ceiling first, then the rest. */
export const SPENDING_CATEGORIES = [
  "SPEAKER_FEE",
  "MODERATOR_FEE",
  "TEACHER_FEE",
  "DAILY_ALLOWANCE_OUT_OF_TOWN",
  "DAILY_ALLOWANCE_IN_TOWN",
  "DAILY_ALLOWANCE_TRAINING",
  "MEALS",
  "TRAVEL",
  "VENUE",
  "MATERIALS",
  "COURSE_FEE",
  "OTHER",
] as const;
export type SpendingCategory = (typeof SPENDING_CATEGORIES)[number];

/**
 * The typical APBD account of each category (DOMAIN.md §8's four accounts, see APBD_ACCOUNTS). A
 * practice default for the entry form, not a rule: the line's own account is what counts.
 */
export const SPENDING_CATEGORY_ACCOUNT: Readonly<Record<SpendingCategory, string>> = Object.freeze({
  SPEAKER_FEE: "5.1.02.02.01.0003",
  MODERATOR_FEE: "5.1.02.02.01.0003",
  TEACHER_FEE: "5.1.02.02.01.0003",
  DAILY_ALLOWANCE_OUT_OF_TOWN: "5.1.02.04.01.0001",
  DAILY_ALLOWANCE_IN_TOWN: "5.1.02.04.01.0001",
  DAILY_ALLOWANCE_TRAINING: "5.1.02.04.01.0001",
  MEALS: "5.1.02.01.01.0052",
  TRAVEL: "5.1.02.04.01.0001",
  VENUE: "5.1.02.02.12.0001",
  MATERIALS: "5.1.02.02.12.0001",
  COURSE_FEE: "5.1.02.02.12.0001",
  OTHER: "5.1.02.02.12.0001",
});

/** The rules behind the standard-cost ceilings: the fee rules of delivery and the daily allowances, reused, not copied. */
export interface StandardCostRules {
  /** Speakers, moderators, teachers (PMK 49/2023; see SPEAKER_FEE_RULES). */
  readonly fees: SpeakerFeeRules;
  /** Daily allowances per person-day (Central Java Pergub; see DAILY_ALLOWANCE_RULES). */
  readonly dailyAllowance: Readonly<Record<DailyAllowanceKind, number>>;
  /** The standard named for a daily allowance's ceiling. */
  readonly dailyAllowanceStandard: string;
}

export const STANDARD_COST_RULES: StandardCostRules = Object.freeze({
  fees: SPEAKER_FEE_RULES,
  dailyAllowance: DAILY_ALLOWANCE_RULES,
  // Central Java Pergub on standard costs (DOMAIN.md §8: Pergub 27/2020; the allowance figures' year is unverified).
  dailyAllowanceStandard: "PERGUB_JATENG_DAILY_ALLOWANCE",
});

const ALLOWANCE_KIND: Readonly<Partial<Record<SpendingCategory, DailyAllowanceKind>>> = {
  DAILY_ALLOWANCE_OUT_OF_TOWN: "OUT_OF_TOWN",
  DAILY_ALLOWANCE_IN_TOWN: "IN_TOWN_OVER_8H",
  DAILY_ALLOWANCE_TRAINING: "TRAINING",
};

/** The most of a quantity (persons, sessions, JP, person-days) one spending may state, so that ceiling × quantity stays exact. */
export const STANDARD_COST_MAX_QUANTITY = 1_000_000;
/** The longest speaker's session in minutes that a fee check accepts (a day). */
export const STANDARD_COST_MAX_MINUTES = 24 * 60;

export const STANDARD_COST_INPUT_INVALID_REASONS = ["UNKNOWN_CATEGORY", "MISSING", "NOT_INTEGER", "NOT_POSITIVE", "TOO_LARGE", "UNKNOWN_LEVEL"] as const;
export type StandardCostInputInvalidReason = (typeof STANDARD_COST_INPUT_INVALID_REASONS)[number];

export interface StandardCostInput {
  readonly category: SpendingCategory;
  /** The spending's amount, whole rupiah. */
  readonly amount: number;
  /** Persons (SPEAKER_FEE), sessions (MODERATOR_FEE), JP with at most 2 decimals (TEACHER_FEE), person-days (DAILY_ALLOWANCE_*). Default 1. */
  readonly quantity?: number | null | undefined;
  /** The speaker's level (SPEAKER_FEE only). */
  readonly level?: SpeakerLevel | null | undefined;
  /** The speaker's session length in minutes (SPEAKER_FEE only). */
  readonly minutes?: number | null | undefined;
}

export type AboveStandardCostError = DomainError<"ABOVE_STANDARD_COST"> & { readonly field: "amount"; readonly reason: string; readonly ceiling: number };
export type StandardCostInputError = DomainError<"INVALID_STANDARD_COST_INPUT"> & {
  readonly field: "category" | "quantity" | "level" | "minutes";
  readonly reason: StandardCostInputInvalidReason;
};
export type StandardCostError = AboveStandardCostError | StandardCostInputError | RupiahError;

const bad = (field: StandardCostInputError["field"], reason: StandardCostInputInvalidReason, message: string): StandardCostInputError => ({
  ...domainError("INVALID_STANDARD_COST_INPUT", message),
  field,
  reason,
});

/** A quantity: default 1; a whole number (or, for JP, at most 2 decimals) above 0 and at most STANDARD_COST_MAX_QUANTITY. */
const readQuantity = (quantity: unknown, decimals: boolean): Result<number, StandardCostInputError> => {
  if (quantity === undefined || quantity === null) return ok(1);
  if (typeof quantity !== "number" || !Number.isFinite(quantity)) return err(bad("quantity", "NOT_INTEGER", "The quantity must be a number"));
  const whole = decimals ? Math.abs(quantity * 100 - Math.round(quantity * 100)) < 1e-6 : Number.isInteger(quantity);
  if (!whole) return err(bad("quantity", "NOT_INTEGER", decimals ? "The JP must have at most 2 decimals" : "The quantity must be a whole number"));
  if (quantity <= 0) return err(bad("quantity", "NOT_POSITIVE", "The quantity must be more than 0"));
  if (quantity > STANDARD_COST_MAX_QUANTITY) return err(bad("quantity", "TOO_LARGE", `The quantity must be at most ${STANDARD_COST_MAX_QUANTITY}`));
  return ok(quantity);
};

/** The ceiling of a category for the input, with its standard; null for a category without one. */
const ceilingOf = (
  input: StandardCostInput,
  rules: StandardCostRules,
): Result<{ readonly ceiling: number; readonly standard: string } | null, StandardCostInputError> => {
  const { category } = input;
  if (category === "SPEAKER_FEE") {
    const quantity = readQuantity(input.quantity, false);
    if (!quantity.ok) return quantity;
    const level: unknown = input.level;
    if (level === undefined || level === null) return err(bad("level", "MISSING", "A speaker's fee needs the speaker's level"));
    if (typeof level !== "string" || !(SPEAKER_LEVELS as readonly string[]).includes(level)) {
      return err(bad("level", "UNKNOWN_LEVEL", `Unknown speaker level ${String(level)}`));
    }
    const minutes: unknown = input.minutes;
    if (minutes === undefined || minutes === null) return err(bad("minutes", "MISSING", "A speaker's fee needs the session's length in minutes"));
    if (typeof minutes !== "number" || !Number.isInteger(minutes)) return err(bad("minutes", "NOT_INTEGER", "The minutes must be a whole number"));
    if (minutes <= 0) return err(bad("minutes", "NOT_POSITIVE", "The minutes must be more than 0"));
    if (minutes > STANDARD_COST_MAX_MINUTES) return err(bad("minutes", "TOO_LARGE", `The minutes must be at most ${STANDARD_COST_MAX_MINUTES}`));
    const perPerson = feeCeiling({ role: "SPEAKER", level: level as SpeakerLevel, minutes }, rules.fees);
    return ok({ ceiling: perPerson * quantity.value, standard: rules.fees.standards.SPEAKER });
  }
  if (category === "MODERATOR_FEE") {
    const quantity = readQuantity(input.quantity, false);
    if (!quantity.ok) return quantity;
    return ok({ ceiling: feeCeiling({ role: "MODERATOR" }, rules.fees) * quantity.value, standard: rules.fees.standards.MODERATOR });
  }
  if (category === "TEACHER_FEE") {
    const quantity = readQuantity(input.quantity, true);
    if (!quantity.ok) return quantity;
    // feeCeiling rounds teacherPerJp × JP (to hundredths) down: a ceiling never rounds up.
    return ok({ ceiling: feeCeiling({ role: "TEACHER", jp: quantity.value }, rules.fees), standard: rules.fees.standards.TEACHER });
  }
  const kind = ALLOWANCE_KIND[category];
  if (kind !== undefined) {
    const quantity = readQuantity(input.quantity, false);
    if (!quantity.ok) return quantity;
    return ok({ ceiling: dailyAllowanceCeiling(kind, rules.dailyAllowance) * quantity.value, standard: rules.dailyAllowanceStandard });
  }
  if (!(SPENDING_CATEGORIES as readonly string[]).includes(category)) return err(bad("category", "UNKNOWN_CATEGORY", `Unknown spending category ${String(category)}`));
  return ok(null);
};

/**
 * Checks a spending's amount against the standard cost of its category (DOMAIN.md §8: standard
 * costs are ceilings, Perpres 33/2020). SPEAKER_FEE: the speaker's fee ceiling for the level and
 * minutes (PMK 49/2023, delivery's `feeCeiling`) × persons; MODERATOR_FEE: per session × sessions;
 * TEACHER_FEE: per JP × JP; DAILY_ALLOWANCE_*: the Pergub's daily allowance × person-days. Other
 * categories have no ceiling (`{ ceiling: null, standard: null }`). An amount at the ceiling is allowed.
 *
 * Refused with INVALID_AMOUNT (field `amount`) unless whole rupiah >= 0; INVALID_STANDARD_COST_INPUT
 * (field `quantity`, `level`, `minutes` or `category`, with a reason) for a missing or bad basis;
 * ABOVE_STANDARD_COST (field `amount`, `reason` the standard's code, `ceiling`) above the ceiling.
 */
export const checkStandardCost = (
  input: StandardCostInput,
  rules: StandardCostRules = STANDARD_COST_RULES,
): Result<{ readonly ceiling: number | null; readonly standard: string | null }, StandardCostError> => {
  const amount = checkRupiah(input.amount, "amount");
  if (!amount.ok) return amount;
  const found = ceilingOf(input, rules);
  if (!found.ok) return found;
  if (found.value === null) return ok({ ceiling: null, standard: null });
  const { ceiling, standard } = found.value;
  if (amount.value > ceiling) {
    return err({
      ...domainError("ABOVE_STANDARD_COST", `The amount ${formatRupiah(amount.value)} is above the ceiling ${formatRupiah(ceiling)} of the standard cost ${standard}`),
      field: "amount" as const,
      reason: standard,
      ceiling,
    });
  }
  return ok({ ceiling, standard });
};
