const DAY = 86_400_000;

/** `date` plus `days` calendar days (YYYY-MM-DD). */
export const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

const pad = (n: number): string => String(n).padStart(2, "0");

/** A Jakarta-local timestamp (ISO with +07:00) on `date` at `hour:minute`. */
export const jakartaTime = (date: string, hour: number, minute: number): string => `${date}T${pad(hour)}:${pad(minute)}:00+07:00`;
