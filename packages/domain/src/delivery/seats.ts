/**
 * Seats of a batch: its capacity, and optionally a quota per unit (batch_unit_quotas). A seat is
 * held by a NOMINATED or APPROVED nomination (see `SEAT_HOLDING_STATES`); a nomination that finds
 * no seat waits (WAITLISTED) and is promoted first come, first served when one frees up. Pure
 * functions over counts: the API reads the counts under a row lock and applies the answer in the
 * same transaction, so a race ends with one winner.
 */

/** Where a new nomination goes. */
export const SEAT_OUTCOMES = ["SEAT", "WAITLIST"] as const;
export type SeatOutcome = (typeof SEAT_OUTCOMES)[number];

export interface SeatCounts {
  /** The batch's capacity (integer >= 0). */
  readonly capacity: number;
  /** The nominee's unit's quota of seats in this batch, or null when the unit has no quota (only the capacity limits it). */
  readonly unitQuota: number | null;
  /** Seats held in the batch now. */
  readonly seatsTaken: number;
  /** Seats held by the nominee's unit now. */
  readonly unitSeatsTaken: number;
}

const assertCount = (caller: string, name: string, n: unknown): void => {
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0) throw new RangeError(`${caller}: ${name} must be an integer >= 0, got ${String(n)}`);
};

/**
 * SEAT when the batch has a free seat and the unit is under its quota (or has none), else
 * WAITLIST. A quota of 0 waitlists every nominee of that unit. The counts come from the database:
 * a negative or fractional one is a programmer error (RangeError).
 */
export const seatFor = (counts: SeatCounts): SeatOutcome => {
  assertCount("seatFor", "capacity", counts.capacity);
  assertCount("seatFor", "seatsTaken", counts.seatsTaken);
  assertCount("seatFor", "unitSeatsTaken", counts.unitSeatsTaken);
  if (counts.unitQuota !== null) assertCount("seatFor", "unitQuota", counts.unitQuota);
  if (counts.seatsTaken >= counts.capacity) return "WAITLIST";
  return counts.unitQuota === null || counts.unitSeatsTaken < counts.unitQuota ? "SEAT" : "WAITLIST";
};

/** A waitlisted nomination: its id, the unit whose quota it counts against, and when it was requested (an ISO instant). */
export interface WaitlistEntry {
  readonly id: string;
  readonly unitId: string;
  readonly requestedAt: string;
}

export interface WaitlistState {
  readonly capacity: number;
  readonly seatsTaken: number;
  /** Quotas by unit id; a unit without an entry has no quota. */
  readonly quotas: Readonly<Record<string, number>>;
  /** Seats held by unit id; a unit without an entry holds none. */
  readonly unitSeatsTaken: Readonly<Record<string, number>>;
}

const own = <V>(record: Readonly<Record<string, V>>, key: string): V | undefined =>
  Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

const instant = (entry: WaitlistEntry): number => {
  const ms = typeof entry.requestedAt === "string" ? Date.parse(entry.requestedAt) : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`nextFromWaitlist: requestedAt of ${String(entry.id)} is not an instant: ${String(entry.requestedAt)}`);
  return ms;
};

/** Earlier request first; equal instants by their spelling (finer than milliseconds), then by id. */
const byRequest = (a: { readonly entry: WaitlistEntry; readonly ms: number }, b: { readonly entry: WaitlistEntry; readonly ms: number }): number =>
  a.ms - b.ms ||
  (a.entry.requestedAt < b.entry.requestedAt ? -1 : a.entry.requestedAt > b.entry.requestedAt ? 1 : 0) ||
  (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0);

/**
 * The id of the waitlisted nomination to promote when a seat frees up, or null: none when the
 * batch is full, else the earliest request (first come, first served; ties by id) among those
 * whose unit still has room under its quota (a unit without a quota always has room). A full
 * unit's waitlisted nominees wait even when they asked first: the quota is the unit's share.
 * Counts must be integers >= 0 and `requestedAt` an instant `Date.parse` reads (RangeError
 * otherwise: they come from the database).
 */
export const nextFromWaitlist = (waitlist: readonly WaitlistEntry[], state: WaitlistState): string | null => {
  assertCount("nextFromWaitlist", "capacity", state.capacity);
  assertCount("nextFromWaitlist", "seatsTaken", state.seatsTaken);
  if (state.seatsTaken >= state.capacity) return null;
  let best: { readonly entry: WaitlistEntry; readonly ms: number } | null = null;
  for (const entry of waitlist) {
    const candidate = { entry, ms: instant(entry) };
    const quota = own(state.quotas, entry.unitId);
    if (quota !== undefined) {
      assertCount("nextFromWaitlist", `quotas[${entry.unitId}]`, quota);
      const taken = own(state.unitSeatsTaken, entry.unitId) ?? 0;
      assertCount("nextFromWaitlist", `unitSeatsTaken[${entry.unitId}]`, taken);
      if (taken >= quota) continue;
    }
    if (best === null || byRequest(candidate, best) < 0) best = candidate;
  }
  return best === null ? null : best.entry.id;
};
