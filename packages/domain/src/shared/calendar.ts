/**
 * A tiny proleptic Gregorian calendar: pure arithmetic, no `Date`, no time zone.
 * Dates of record in Bina are `YYYY-MM-DD` strings (Asia/Jakarta), so validity is a
 * question about the calendar, never about a clock.
 */

/** Whether `year` has a 29 February (Gregorian rule: every 4th year, except centuries not divisible by 400). */
export const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Number of days in `month` (1..12) of `year`; 0 when the month does not exist. */
export const daysInMonth = (year: number, month: number): number => {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
};

/** Whether year/month/day (month 1..12) name a real calendar day. Year must be an integer >= 1. */
export const isValidCalendarDate = (year: number, month: number, day: number): boolean =>
  Number.isInteger(year) && year >= 1 && Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

const isFourDigitYear = (year: number): boolean => Number.isInteger(year) && year >= 0 && year <= 9999;

/** `YYYY-MM-DD` for a calendar day (year 0000..9999); a day that does not exist is a RangeError, never `2026-02-30`. */
export const toIsoDate = (year: number, month: number, day: number): string => {
  if (!isFourDigitYear(year) || !Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`toIsoDate: not a calendar day: ${String(year)}-${String(month)}-${String(day)}`);
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
};

/** `YYYY-MM` for a calendar month (year 0000..9999, month 1..12; otherwise RangeError). */
export const toIsoMonth = (year: number, month: number): string => {
  if (!isFourDigitYear(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`toIsoMonth: not a calendar month: ${String(year)}-${String(month)}`);
  }
  return `${pad(year, 4)}-${pad(month, 2)}`;
};

/** A month as one comparable integer (year * 12 + month - 1), for month-granularity arithmetic. */
export const monthIndex = (year: number, month: number): number => year * 12 + (month - 1);
