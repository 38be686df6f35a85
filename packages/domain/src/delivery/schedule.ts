import { readIsoDate } from "../shared/date-of-record.js";
import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";

/**
 * A session of a batch on the calendar: a local date and local times in Asia/Jakarta (WIB, no
 * daylight saving, so local times compare directly), who speaks, where, and who attends. A
 * session lies within one day; its interval is half-open [start, end), so a session ending at
 * 10:00 does not clash with one starting at 10:00.
 */
export interface ScheduledSession {
  readonly id: string;
  /** `YYYY-MM-DD`, Asia/Jakarta. */
  readonly date: string;
  /** `HH:MM` (also `HH:MM:00`, as PostgreSQL prints a `time`), Asia/Jakarta. */
  readonly start: string;
  /** `HH:MM`, after `start` on the same day. */
  readonly end: string;
  readonly speakerIds: readonly string[];
  /** A physical venue, or null (online). Compared ignoring case and spacing. */
  readonly venue: string | null;
  /** The participants (nomination or employee ids: the caller's choice, the same for all sessions). */
  readonly participantIds: readonly string[];
}

/** A session's validated time: minutes since midnight and its length in minutes. */
export interface SessionTime {
  readonly date: string;
  readonly startMinute: number;
  readonly endMinute: number;
  readonly minutes: number;
}

export const SESSION_TIME_INVALID_REASONS = ["FORMAT", "END_NOT_AFTER_START"] as const;
export type SessionTimeInvalidReason = (typeof SESSION_TIME_INVALID_REASONS)[number];

export type SessionTimeError = (DomainError<"INVALID_DATE"> | (DomainError<"INVALID_TIME"> & { readonly reason: SessionTimeInvalidReason })) & {
  readonly field: "date" | "start" | "end";
};

const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::00)?$/;

/** Minutes since midnight of `HH:MM` (or `HH:MM:00`), or null when it is not a time of day 00:00..23:59. */
export const minuteOfDay = (value: unknown): number | null => {
  if (typeof value !== "string") return null;
  const match = TIME.exec(value);
  return match === null ? null : Number(match[1]) * 60 + Number(match[2]);
};

/**
 * Checks a session's date and times: INVALID_DATE on `date` unless a real `YYYY-MM-DD`;
 * INVALID_TIME on `start` or `end` (reason FORMAT) unless `HH:MM` 00:00..23:59; INVALID_TIME on
 * `end` (reason END_NOT_AFTER_START) unless the end is after the start. Gives the minutes.
 */
export const validateSessionTime = (s: Pick<ScheduledSession, "date" | "start" | "end">): Result<SessionTime, SessionTimeError> => {
  if (readIsoDate(s.date) === null) {
    return err({ ...domainError("INVALID_DATE", `date: ${String(s.date)} is not a real date (YYYY-MM-DD)`), field: "date" });
  }
  const startMinute = minuteOfDay(s.start);
  if (startMinute === null) return err({ ...domainError("INVALID_TIME", `start: ${String(s.start)} is not a time HH:MM`), field: "start", reason: "FORMAT" });
  const endMinute = minuteOfDay(s.end);
  if (endMinute === null) return err({ ...domainError("INVALID_TIME", `end: ${String(s.end)} is not a time HH:MM`), field: "end", reason: "FORMAT" });
  if (endMinute <= startMinute) {
    return err({ ...domainError("INVALID_TIME", `end ${s.end} must be after start ${s.start}`), field: "end", reason: "END_NOT_AFTER_START" });
  }
  return ok({ date: s.date, startMinute, endMinute, minutes: endMinute - startMinute });
};

export const SCHEDULE_RESOURCES = ["SPEAKER", "VENUE", "PARTICIPANT"] as const;
export type ScheduleResource = (typeof SCHEDULE_RESOURCES)[number];

/** One clash: the existing session, the kind of resource, and which one (a speaker or participant id, or the venue as the candidate spells it). */
export interface ScheduleConflict {
  readonly sessionId: string;
  readonly resource: ScheduleResource;
  readonly resourceId: string;
}

/** A venue's comparable form: trimmed, inner spacing collapsed, lower case; null for no venue. */
export const venueKey = (venue: string | null): string | null => {
  if (venue === null || venue === undefined) return null;
  const key = venue.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
  return key === "" ? null : key;
};

const timeOf = (s: ScheduledSession): SessionTime => {
  const time = validateSessionTime(s);
  if (!time.ok) throw new RangeError(`findScheduleConflicts: session ${String(s.id)}: ${time.error.message}`);
  return time.value;
};

/**
 * Every clash of `candidate` with the `existing` sessions: the same date and overlapping half-open
 * intervals ([start, end): touching sessions do not clash), sharing a speaker, a venue (compared
 * by {@link venueKey}; no venue never clashes) or a participant. A session with the candidate's id
 * is the candidate itself (an edit) and is skipped. Results in the order of `existing`, then
 * speakers, venue, participants, each resource once per session. Check the candidate with
 * {@link validateSessionTime} first: an invalid time here is a programmer error (RangeError).
 */
export const findScheduleConflicts = (candidate: ScheduledSession, existing: readonly ScheduledSession[]): ScheduleConflict[] => {
  const mine = timeOf(candidate);
  const speakers = new Set(candidate.speakerIds);
  const participants = new Set(candidate.participantIds);
  const venue = venueKey(candidate.venue);
  const conflicts: ScheduleConflict[] = [];
  for (const other of existing) {
    if (other.id === candidate.id || other.date !== candidate.date) continue;
    const theirs = timeOf(other);
    if (!(mine.startMinute < theirs.endMinute && theirs.startMinute < mine.endMinute)) continue;
    const seen = new Set<string>();
    const add = (resource: ScheduleResource, resourceId: string): void => {
      const key = `${resource}\u0000${resourceId}`;
      if (seen.has(key)) return;
      seen.add(key);
      conflicts.push({ sessionId: other.id, resource, resourceId });
    };
    for (const id of other.speakerIds) if (speakers.has(id)) add("SPEAKER", id);
    if (venue !== null && venueKey(other.venue) === venue) add("VENUE", (candidate.venue ?? "").trim());
    for (const id of other.participantIds) if (participants.has(id)) add("PARTICIPANT", id);
  }
  return conflicts;
};
