import type { Rng } from "../salatiga/prng";

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `m` (1..12) of year `y`. */
export const daysInMonth = (y: number, m: number): number => (m === 2 && isLeap(y) ? 29 : (DAYS[m - 1] ?? 30));

/** Day of the week, 0 = Sunday (Sakamoto's method; no Date object needed). */
export const dayOfWeek = (y: number, m: number, d: number): number => {
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const yy = m < 3 ? y - 1 : y;
  return (yy + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) + (t[m - 1] ?? 0) + d) % 7;
};

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** `YYYY-MM-DD`. */
export const isoDate = (y: number, m: number, d: number): string => `${y}-${pad2(m)}-${pad2(d)}`;

/** A working day (Monday to Friday) of year `y`, in months `fromMonth`..`toMonth` inclusive. */
export const workingDay = (rng: Rng, y: number, fromMonth: number, toMonth: number): string => {
  for (;;) {
    const m = rng.int(fromMonth, toMonth);
    const d = rng.int(1, daysInMonth(y, m));
    const dow = dayOfWeek(y, m, d);
    if (dow !== 0 && dow !== 6) return isoDate(y, m, d);
  }
};

/** The `n`-th Tuesday (1-based) of a month: the demo's assessment-centre days. */
export const nthTuesday = (y: number, m: number, n: number): string => {
  const first = 1 + ((2 - dayOfWeek(y, m, 1) + 7) % 7);
  return isoDate(y, m, first + 7 * (n - 1));
};
