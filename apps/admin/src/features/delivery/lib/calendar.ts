/**
 * The batch calendar's arithmetic on `YYYY-MM-DD` days (Asia/Jakarta dates of record, no time zone involved):
 * the weeks of a month view (Monday first), the days of a week view, and which batches or sessions fall on a day.
 */
export type CalendarView = "month" | "week";

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar day written `YYYY-MM-DD`. */
export const isIsoDay = (text: string | null | undefined): text is string => {
  const m = ISO_DAY.exec(text ?? "");
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
};

const toUtc = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** `day` moved by `days` (negative: back). */
export const addDays = (day: string, days: number): string => fromUtc(toUtc(day) + days * DAY_MS);

/** 0 = Monday … 6 = Sunday. */
export const weekdayOf = (day: string): number => (new Date(toUtc(day)).getUTCDay() + 6) % 7;

/** The Monday of the week holding `day`. */
export const mondayOf = (day: string): string => addDays(day, -weekdayOf(day));

/** The first day of the month holding `day`. */
export const monthStart = (day: string): string => `${day.slice(0, 7)}-01`;

/** The last day of the month holding `day`. */
export const monthEnd = (day: string): string => {
  const [y, m] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  return fromUtc(Date.UTC(y, m, 0));
};

/** The seven days of the week holding `day`, Monday first. */
export const weekDays = (day: string): string[] => {
  const monday = mondayOf(day);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
};

/** The weeks (rows of seven days, Monday first) that cover the month holding `day`; days of the neighbouring months fill the edges. */
export const monthWeeks = (day: string): string[][] => {
  const last = monthEnd(day);
  const weeks: string[][] = [];
  for (let monday = mondayOf(monthStart(day)); monday <= last; monday = addDays(monday, 7)) weeks.push(weekDays(monday));
  return weeks;
};

/** The days a view shows: the whole weeks of the month, or the week. */
export const visibleRange = (view: CalendarView, day: string): { readonly from: string; readonly to: string } => {
  if (view === "week") {
    const days = weekDays(day);
    return { from: days[0]!, to: days[6]! };
  }
  const weeks = monthWeeks(day);
  return { from: weeks[0]![0]!, to: weeks.at(-1)![6]! };
};

/** The anchor day of the previous (-1) or next (+1) month or week. */
export const shiftView = (view: CalendarView, day: string, step: -1 | 1): string => {
  if (view === "week") return addDays(day, 7 * step);
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7)) - 1 + step;
  return fromUtc(Date.UTC(y, m, 1));
};

/** The batches running on `day` (from their first to their last day), in the order given. */
export const batchesOn = <B extends { readonly startsOn: string; readonly endsOn: string }>(batches: readonly B[], day: string): B[] =>
  batches.filter((b) => b.startsOn <= day && day <= b.endsOn);

/** The sessions held on `day`, by start time. */
export const sessionsOn = <S extends { readonly date: string; readonly start: string }>(sessions: readonly S[], day: string): S[] =>
  sessions.filter((s) => s.date === day).sort((a, b) => a.start.localeCompare(b.start));

/** `08:00:00` (as PostgreSQL prints a time) → `08:00`. */
export const hhmm = (time: string): string => time.slice(0, 5);
