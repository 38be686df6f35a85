import { dayOfWeek } from "../needs/calendar";
import type { SeedBatch } from "./batches";

export interface SeedSession {
  readonly date: string;
  /** Local time, Asia/Jakarta. */
  readonly start: string;
  readonly end: string;
  readonly jp: number;
  readonly topic: string;
  readonly speakerKey: string;
  readonly role: "SPEAKER" | "MODERATOR" | "TEACHER";
}

const pad2 = (n: number): string => String(n).padStart(2, "0");
const hhmm = (minutes: number): string => `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;

/** The next `n` working days (Monday to Friday) from `start` inclusive. */
export function workingDays(start: string, n: number): string[] {
  const out: string[] = [];
  const d = new Date(`${start}T00:00:00Z`);
  while (out.length < n) {
    const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
    const dow = dayOfWeek(y, m, day);
    if (dow !== 0 && dow !== 6) out.push(`${y}-${pad2(m)}-${pad2(day)}`);
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

/** Minutes of one JP (PerLAN 10/2018: 1 JP = 45 minutes). */
const JP_MINUTES = 45;

/**
 * A batch's sessions: on each working day, one session (4 JP or less a day) or one a speaker with the
 * panel's moderator last (one-day events), else a morning and an afternoon session. Speakers take
 * turns; times are local (Asia/Jakarta), a session lasting its JP × 45 minutes.
 */
export function batchSessions(batch: SeedBatch): SeedSession[] {
  const speakers = batch.speakers.filter((s) => s.role !== "MODERATOR");
  const moderator = batch.speakers.find((s) => s.role === "MODERATOR");
  const perDay = batch.days === 1 ? speakers.length + (moderator ? 1 : 0) : batch.jpPerDay > 4 ? 2 : 1;
  const jp = batch.jpPerDay / perDay;
  const sessions: SeedSession[] = [];
  let turn = 0;
  for (const [dayIndex, date] of workingDays(batch.start, batch.days).entries()) {
    let clock = 8 * 60;
    for (let i = 0; i < perDay; i++) {
      const isPanel = moderator !== undefined && i === perDay - 1 && (batch.days === 1 || dayIndex === batch.days - 1);
      const who = isPanel ? moderator : speakers[turn++ % speakers.length]!;
      const minutes = jp * JP_MINUTES;
      if (i === 1 && perDay === 2) clock = Math.max(clock, 12 * 60 + 30);
      sessions.push({
        date,
        start: hhmm(clock),
        end: hhmm(clock + minutes),
        jp,
        topic: isPanel ? "Diskusi panel dan tanya jawab" : `Materi ${sessions.length + 1}`,
        speakerKey: who!.key,
        role: who!.role,
      });
      clock += minutes;
    }
  }
  return sessions;
}
