import { isValidCalendarDate } from "./calendar.js";
import { domainError, err, ok, type DomainError, type Result } from "./result.js";

/**
 * Dates of record (an assessment day, a decision day) are `YYYY-MM-DD` calendar days in
 * Asia/Jakarta: no time, no zone, compared as strings (ISO order is calendar order).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of a valid `YYYY-MM-DD`, or null. Year 0001..9999. */
export const readIsoDate = (value: unknown): { readonly year: number; readonly month: number; readonly day: number } | null => {
  if (typeof value !== "string") return null;
  const match = ISO_DATE.exec(value);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidCalendarDate(year, month, day) ? { year, month, day } : null;
};

/**
 * A date of record: exactly `YYYY-MM-DD` and a real calendar day (no 2026-02-30, no 2026-13-01,
 * no time part). INVALID_DATE on `field` otherwise.
 */
export const checkDateOfRecord = (value: unknown, field: string): Result<string, DomainError<"INVALID_DATE">> =>
  readIsoDate(value) !== null
    ? ok(value as string)
    : err(domainError("INVALID_DATE", `${field}: ${String(value)} is not a real date (YYYY-MM-DD)`, { field }));

/**
 * A date of record inside a (fiscal, cycle) year: INVALID_DATE as {@link checkDateOfRecord}, then
 * DATE_OUTSIDE_YEAR when its year is not `year`. `year` is the caller's (already checked):
 * a non-integer is a programmer error (RangeError).
 */
export const checkDateInYear = (
  value: unknown,
  year: number,
  field: string,
): Result<string, DomainError<"INVALID_DATE" | "DATE_OUTSIDE_YEAR">> => {
  if (!Number.isInteger(year)) throw new RangeError(`checkDateInYear: year must be an integer, got ${String(year)}`);
  const date = checkDateOfRecord(value, field);
  if (!date.ok) return date;
  return Number(date.value.slice(0, 4)) === year
    ? date
    : err(domainError("DATE_OUTSIDE_YEAR", `${field}: ${date.value} is outside the year ${year}`, { field }));
};

const MS_PER_DAY = 86_400_000;
/** Western Indonesian Time (WIB) is UTC+7 all year, with no daylight saving. */
const JAKARTA_OFFSET_MS = 7 * 3_600_000;

/**
 * The calendar day in Asia/Jakarta (WIB, UTC+7) at an instant given as milliseconds since the
 * Unix epoch: the current instant gives "today" for an `asOf`. The domain never reads the
 * clock; the caller passes the instant. A non-finite instant is a programmer error (RangeError).
 */
export const jakartaDate = (epochMs: number): string => {
  if (!Number.isFinite(epochMs)) throw new RangeError(`jakartaDate: not an instant: ${String(epochMs)}`);
  // Days since 1970-01-01 to a civil date (H. Hinnant, "chrono-compatible low-level date algorithms").
  const z = Math.floor((epochMs + JAKARTA_OFFSET_MS) / MS_PER_DAY) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
};
