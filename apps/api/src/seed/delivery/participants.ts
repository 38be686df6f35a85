import type { SeedEmployee } from "../salatiga";
import { createRng } from "../salatiga/prng";
import type { Audience, SeedBatch } from "./batches";
import type { SeedSession } from "./sessions";

export interface SeedParticipant {
  readonly batchKey: string;
  readonly nip: string;
  /** When the operator nominated them (the waitlist's order). */
  readonly requestedAt: string;
  /** Present at each of the batch's sessions (empty before the batch starts). */
  readonly present: readonly boolean[];
  readonly preScore: number | null;
  readonly postScore: number | null;
}

const matchesUnit = (unitCode: string, key: string): boolean => {
  const code = /^\d+$/.test(key) ? key : `3373.${key}`;
  return unitCode === code || unitCode.startsWith(`${code}.`);
};

/** Whether an employee belongs to a batch's audience. */
export function inAudience(e: SeedEmployee, a: Audience): boolean {
  if (a.positionKinds && !a.positionKinds.includes(e.positionKind)) return false;
  if (a.employmentTypes && !a.employmentTypes.includes(e.employmentType)) return false;
  if (a.units && !a.units.some((u) => matchesUnit(e.unitCode, u))) return false;
  if (a.appointedFrom !== undefined && (e.employmentType !== "PNS" || Number(e.nip.slice(8, 12)) < a.appointedFrom)) return false;
  return true;
}

/** Two weeks before the batch starts, 08:00 in Jakarta, one minute apart in nomination order. */
const nominatedAt = (start: string, index: number): string =>
  new Date(Date.parse(`${start}T08:00:00+07:00`) - 14 * 86_400_000 + index * 60_000).toISOString();

const overlaps = (a: { from: string; to: string }, b: { from: string; to: string }): boolean => a.from <= b.to && b.from <= a.to;

/**
 * Who sits in each batch: the audience, never two overlapping batches for one person, the seats
 * filled in a seeded order. Attendance is drawn per person (most come to every session; a few miss
 * enough to fall below the completion threshold) and scores for batches with a post-test.
 */
export function assignParticipants(
  batches: readonly (SeedBatch & { sessions: readonly SeedSession[] })[],
  employees: readonly SeedEmployee[],
  today: string,
  seed = 8_2026,
): SeedParticipant[] {
  const rng = createRng(seed);
  const busy = new Map<string, { from: string; to: string }[]>();
  const out: SeedParticipant[] = [];
  for (const batch of batches) {
    const span = { from: batch.sessions[0]!.date, to: batch.sessions[batch.sessions.length - 1]!.date };
    const started = span.from <= today;
    const eligible = employees.filter((e) => inAudience(e, batch.audience) && !(busy.get(e.nip) ?? []).some((x) => overlaps(x, span)));
    // A seeded shuffle, then the first `capacity` (a December batch fills to about three quarters).
    const order = eligible.map((e) => ({ e, k: rng.next() })).sort((x, y) => x.k - y.k);
    const seats = started ? batch.capacity : Math.round(batch.capacity * 0.75);
    for (const [i, { e }] of order.slice(0, seats).entries()) {
      busy.set(e.nip, [...(busy.get(e.nip) ?? []), span]);
      const diligence = rng.next();
      const presence = diligence < 0.9 ? 0.98 : diligence < 0.96 ? 0.8 : 0.5;
      const present = batch.sessions.map((s) => s.date <= today && started && rng.chance(presence));
      const pre = batch.passMark !== undefined && started ? rng.int(35, 75) : null;
      const post = pre !== null && span.to < today ? Math.min(100, pre + rng.int(-5, 35)) : null;
      out.push({
        batchKey: batch.key,
        nip: e.nip,
        requestedAt: nominatedAt(batch.start, i),
        present,
        preScore: pre,
        postScore: post,
      });
    }
  }
  return out;
}
