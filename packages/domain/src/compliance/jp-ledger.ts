import { readIsoDate } from "../shared/date-of-record.js";
import type { EmploymentType } from "../organization/employment-type.js";

/** The law's yearly JP for each kind of ASN (DOMAIN.md §2): a floor for PNS, a ceiling for PPPK. */
export interface JpLedgerRules {
  /** A PNS earns at least this many JP a year. */
  readonly pnsMinimumJp: number;
  /** A PPPK is given at most this many JP per contract year. */
  readonly pppkMaximumJp: number;
}

export const JP_LEDGER_RULES: JpLedgerRules = Object.freeze({
  // PP 11/2017 art. 203(4), as amended by PP 17/2020 (technical rules PerLAN 10/2018): at least 20 JP a year.
  pnsMinimumJp: 20,
  // PP 49/2018 art. 40(1): at most 24 JP per contract year (not for certain JPT utama/madya).
  pppkMaximumJp: 24,
});

export const JP_LEDGER_STATUSES = ["MET", "SHORT", "OVER_CAP"] as const;
export type JpLedgerStatus = (typeof JP_LEDGER_STATUSES)[number];

/** One credited activity of the year: its JP and whether BKPSDM verified it (batch completions are verified). */
export interface JpLedgerEntry {
  readonly jp: number;
  readonly verified: boolean;
}

export interface JpLedger {
  /** Σ jp of verified entries. */
  readonly earnedJp: number;
  /** Σ jp of unverified entries. */
  readonly pendingJp: number;
  /** PNS 20; PPPK 0. */
  readonly requiredJp: number;
  /** PNS null; PPPK 24. */
  readonly capJp: number | null;
  /** PNS earnedJp; PPPK min(earnedJp, 24). */
  readonly countedJp: number;
  /** PNS max(0, 20 − earnedJp); PPPK 0. */
  readonly shortfallJp: number;
  /** PNS MET when earnedJp ≥ 20, else SHORT; PPPK OVER_CAP when earnedJp > 24, else MET. */
  readonly status: JpLedgerStatus;
}

/** JP in hundredths (JP are stored with 2 decimals), so sums are exact. */
const hundredths = (jp: number): number => Math.round(jp * 100);
const fromHundredths = (h: number): number => h / 100;

const checkJp = (caller: string, name: string, jp: unknown): number => {
  if (typeof jp !== "number" || !Number.isFinite(jp) || jp < 0 || jp > 1e12) throw new RangeError(`${caller}: ${name} must be a finite number of JP >= 0, got ${String(jp)}`);
  return jp;
};

/**
 * One employee's JP ledger for a year (issue 8), from the year's entries. Sums are exact to the
 * hundredth (each jp is taken to 2 decimals, the unit stored). PNS: `requiredJp` 20, `capJp` null,
 * `countedJp` = earnedJp, `shortfallJp` = max(0, 20 − earnedJp), `status` MET when earnedJp ≥ 20,
 * else SHORT. PPPK: `requiredJp` 0, `capJp` 24, `countedJp` = min(earnedJp, 24), `shortfallJp` 0,
 * `status` OVER_CAP when earnedJp > 24, else MET. Pending (unverified) JP never count. The
 * entries come from the database: an unknown type or a jp that is not a finite number >= 0 is a
 * programmer error (RangeError).
 */
export const jpLedger = (
  input: { readonly employeeType: EmploymentType; readonly entries: readonly JpLedgerEntry[] },
  rules: JpLedgerRules = JP_LEDGER_RULES,
): JpLedger => {
  let earned = 0;
  let pending = 0;
  for (const [i, entry] of input.entries.entries()) {
    const h = hundredths(checkJp("jpLedger", `entries[${i}].jp`, entry.jp));
    if (entry.verified === true) earned += h;
    else pending += h;
  }
  const earnedJp = fromHundredths(earned);
  const pendingJp = fromHundredths(pending);
  switch (input.employeeType) {
    case "PNS": {
      const required = hundredths(rules.pnsMinimumJp);
      return {
        earnedJp,
        pendingJp,
        requiredJp: rules.pnsMinimumJp,
        capJp: null,
        countedJp: earnedJp,
        shortfallJp: fromHundredths(Math.max(0, required - earned)),
        status: earned >= required ? "MET" : "SHORT",
      };
    }
    case "PPPK": {
      const cap = hundredths(rules.pppkMaximumJp);
      return {
        earnedJp,
        pendingJp,
        requiredJp: 0,
        capJp: rules.pppkMaximumJp,
        countedJp: fromHundredths(Math.min(earned, cap)),
        shortfallJp: 0,
        status: earned > cap ? "OVER_CAP" : "MET",
      };
    }
    default:
      throw new RangeError(`jpLedger: unknown employee type ${String(input.employeeType)}`);
  }
};

export const JP_EARLY_WARNINGS = ["MET", "ON_TRACK", "AT_RISK", "MISSED"] as const;
export type JpEarlyWarning = (typeof JP_EARLY_WARNINGS)[number];

/**
 * Early warning for a PNS's year (issue 8), from the ledger of `year`, today's date (`YYYY-MM-DD`,
 * Asia/Jakarta) and the JP still planned (credited JP of the batches the employee is nominated or
 * approved for that are PLANNED, OPEN or RUNNING and end in the year):
 * - MET when earnedJp ≥ requiredJp;
 * - MISSED when the date is after 31 December of `year` (and not met);
 * - AT_RISK when earned + pending + planned < required: even if every pending record is verified
 *   and every planned batch completed, the year falls short;
 * - ON_TRACK otherwise.
 * For a PPPK (required 0) the answer is always MET. An invalid date or year, or a planned JP that is
 * not a finite number >= 0, is a programmer error (RangeError).
 */
export const jpEarlyWarning = (input: {
  readonly ledger: Pick<JpLedger, "earnedJp" | "pendingJp" | "requiredJp">;
  readonly year: number;
  readonly date: string;
  readonly plannedJp: number;
}): JpEarlyWarning => {
  const { ledger, year, date } = input;
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`jpEarlyWarning: year must be an integer 1..9999, got ${String(year)}`);
  if (readIsoDate(date) === null) throw new RangeError(`jpEarlyWarning: date must be YYYY-MM-DD, got ${String(date)}`);
  const earned = hundredths(checkJp("jpEarlyWarning", "ledger.earnedJp", ledger.earnedJp));
  const pending = hundredths(checkJp("jpEarlyWarning", "ledger.pendingJp", ledger.pendingJp));
  const required = hundredths(checkJp("jpEarlyWarning", "ledger.requiredJp", ledger.requiredJp));
  const planned = hundredths(checkJp("jpEarlyWarning", "plannedJp", input.plannedJp));
  if (earned >= required) return "MET";
  if (date > `${String(year).padStart(4, "0")}-12-31`) return "MISSED";
  return earned + pending + planned < required ? "AT_RISK" : "ON_TRACK";
};
