import fc from "fast-check";
import { nextFromWaitlist, seatFor, type WaitlistEntry } from "./seats.js";

describe("seatFor", () => {
  it.each([
    [{ capacity: 10, unitQuota: null, seatsTaken: 0, unitSeatsTaken: 0 }, "SEAT"],
    [{ capacity: 10, unitQuota: null, seatsTaken: 9, unitSeatsTaken: 9 }, "SEAT"],
    [{ capacity: 10, unitQuota: null, seatsTaken: 10, unitSeatsTaken: 0 }, "WAITLIST"],
    [{ capacity: 10, unitQuota: 3, seatsTaken: 5, unitSeatsTaken: 2 }, "SEAT"],
    [{ capacity: 10, unitQuota: 3, seatsTaken: 5, unitSeatsTaken: 3 }, "WAITLIST"],
    [{ capacity: 10, unitQuota: 3, seatsTaken: 10, unitSeatsTaken: 0 }, "WAITLIST"],
    [{ capacity: 10, unitQuota: 0, seatsTaken: 0, unitSeatsTaken: 0 }, "WAITLIST"],
    [{ capacity: 0, unitQuota: null, seatsTaken: 0, unitSeatsTaken: 0 }, "WAITLIST"],
    // over-full counts (capacity lowered after nominations) still waitlist
    [{ capacity: 5, unitQuota: 2, seatsTaken: 7, unitSeatsTaken: 4 }, "WAITLIST"],
  ] as const)("%j -> %s", (counts, outcome) => {
    expect(seatFor(counts)).toBe(outcome);
  });

  it("throws a RangeError on counts that are not integers >= 0", () => {
    expect(() => seatFor({ capacity: -1, unitQuota: null, seatsTaken: 0, unitSeatsTaken: 0 })).toThrow(RangeError);
    expect(() => seatFor({ capacity: 1.5, unitQuota: null, seatsTaken: 0, unitSeatsTaken: 0 })).toThrow(RangeError);
    expect(() => seatFor({ capacity: 1, unitQuota: Number.NaN, seatsTaken: 0, unitSeatsTaken: 0 })).toThrow(RangeError);
  });

  it("admits exactly the capacity when nominations arrive one at a time (30 for 10 seats)", () => {
    let taken = 0;
    let waitlisted = 0;
    for (let i = 0; i < 30; i++) {
      if (seatFor({ capacity: 10, unitQuota: null, seatsTaken: taken, unitSeatsTaken: 0 }) === "SEAT") taken++;
      else waitlisted++;
    }
    expect([taken, waitlisted]).toEqual([10, 20]);
  });

  it("never lets the batch or a unit exceed its limit (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.nat(4), { maxLength: 80 }),
        (capacity, quotas, arrivals) => {
          const perUnit = quotas.map(() => 0);
          let taken = 0;
          for (const raw of arrivals) {
            const unit = raw % quotas.length;
            const outcome = seatFor({ capacity, unitQuota: quotas[unit] ?? null, seatsTaken: taken, unitSeatsTaken: perUnit[unit] ?? 0 });
            if (outcome === "SEAT") {
              taken++;
              perUnit[unit] = (perUnit[unit] ?? 0) + 1;
            }
          }
          expect(taken).toBeLessThanOrEqual(capacity);
          quotas.forEach((quota, unit) => {
            if (quota !== null) expect(perUnit[unit]).toBeLessThanOrEqual(quota);
          });
        },
      ),
    );
  });
});

describe("nextFromWaitlist", () => {
  const w = (id: string, unitId: string, requestedAt: string): WaitlistEntry => ({ id, unitId, requestedAt });
  const waitlist = [
    w("c", "u2", "2026-03-01T08:00:03.000Z"),
    w("a", "u1", "2026-03-01T08:00:01.000Z"),
    w("b", "u1", "2026-03-01T08:00:02.000Z"),
  ];

  it("promotes the first come among all when no unit has a quota", () => {
    expect(nextFromWaitlist(waitlist, { capacity: 10, seatsTaken: 9, quotas: {}, unitSeatsTaken: {} })).toBe("a");
  });

  it("promotes nobody when the batch is full", () => {
    expect(nextFromWaitlist(waitlist, { capacity: 10, seatsTaken: 10, quotas: {}, unitSeatsTaken: {} })).toBeNull();
    expect(nextFromWaitlist([], { capacity: 10, seatsTaken: 0, quotas: {}, unitSeatsTaken: {} })).toBeNull();
  });

  it("skips the waitlisted of a unit at its quota, even if they came first", () => {
    expect(nextFromWaitlist(waitlist, { capacity: 10, seatsTaken: 9, quotas: { u1: 3 }, unitSeatsTaken: { u1: 3 } })).toBe("c");
    expect(nextFromWaitlist(waitlist, { capacity: 10, seatsTaken: 9, quotas: { u1: 3 }, unitSeatsTaken: { u1: 2 } })).toBe("a");
    expect(nextFromWaitlist(waitlist, { capacity: 10, seatsTaken: 9, quotas: { u1: 3, u2: 1 }, unitSeatsTaken: { u1: 3, u2: 1 } })).toBeNull();
  });

  it("counts a unit without a seat count as holding none, and a quota of 0 as full", () => {
    expect(nextFromWaitlist(waitlist, { capacity: 10, seatsTaken: 0, quotas: { u1: 1 }, unitSeatsTaken: {} })).toBe("a");
    expect(nextFromWaitlist(waitlist, { capacity: 10, seatsTaken: 0, quotas: { u1: 0 }, unitSeatsTaken: {} })).toBe("c");
  });

  it("compares request instants, not their spelling, and breaks ties by id", () => {
    const zones = [w("late", "u", "2026-03-01T09:00:00+07:00"), w("early", "u", "2026-03-01T01:59:59Z")];
    expect(nextFromWaitlist(zones, { capacity: 1, seatsTaken: 0, quotas: {}, unitSeatsTaken: {} })).toBe("early");
    const tie = [w("y", "u", "2026-03-01T08:00:00.000Z"), w("x", "u", "2026-03-01T08:00:00.000Z")];
    expect(nextFromWaitlist(tie, { capacity: 1, seatsTaken: 0, quotas: {}, unitSeatsTaken: {} })).toBe("x");
    const micro = [w("a", "u", "2026-03-01T08:00:00.000200Z"), w("b", "u", "2026-03-01T08:00:00.000100Z")];
    expect(nextFromWaitlist(micro, { capacity: 1, seatsTaken: 0, quotas: {}, unitSeatsTaken: {} })).toBe("b");
  });

  it("ignores inherited keys of the quota record", () => {
    const proto = [w("a", "constructor", "2026-03-01T08:00:00Z")];
    expect(nextFromWaitlist(proto, { capacity: 1, seatsTaken: 0, quotas: {}, unitSeatsTaken: {} })).toBe("a");
  });

  it("throws a RangeError on an unreadable request time or bad counts", () => {
    expect(() => nextFromWaitlist([w("a", "u", "yesterday")], { capacity: 1, seatsTaken: 0, quotas: {}, unitSeatsTaken: {} })).toThrow(RangeError);
    expect(() => nextFromWaitlist(waitlist, { capacity: 1, seatsTaken: -1, quotas: {}, unitSeatsTaken: {} })).toThrow(RangeError);
    expect(() => nextFromWaitlist(waitlist, { capacity: 5, seatsTaken: 0, quotas: { u1: 1.5 }, unitSeatsTaken: {} })).toThrow(RangeError);
  });

  it("promotes in request order until the seats or quotas run out (property)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id: fc.uuid(), unit: fc.constantFrom("u1", "u2", "u3"), at: fc.integer({ min: 0, max: 1_000_000 }) }), {
          selector: (e) => e.id,
          maxLength: 30,
        }),
        fc.integer({ min: 0, max: 20 }),
        fc.record({ u1: fc.nat(6), u2: fc.nat(6) }),
        (entries, free, quotas) => {
          let remaining = entries.map((e) => w(e.id, e.unit, `2026-01-01T00:${String(Math.floor(e.at / 60000) % 60).padStart(2, "0")}:${String(Math.floor(e.at / 1000) % 60).padStart(2, "0")}.${String(e.at % 1000).padStart(3, "0")}Z`));
          const taken: Record<string, number> = {};
          let seats = 0;
          const promoted: WaitlistEntry[] = [];
          for (;;) {
            const next = nextFromWaitlist(remaining, { capacity: free, seatsTaken: seats, quotas, unitSeatsTaken: taken });
            if (next === null) break;
            const entry = remaining.find((e) => e.id === next);
            if (entry === undefined) throw new Error("promoted an unknown id");
            promoted.push(entry);
            remaining = remaining.filter((e) => e.id !== next);
            taken[entry.unitId] = (taken[entry.unitId] ?? 0) + 1;
            seats++;
          }
          expect(seats).toBeLessThanOrEqual(free);
          expect(taken.u1 ?? 0).toBeLessThanOrEqual(quotas.u1);
          expect(taken.u2 ?? 0).toBeLessThanOrEqual(quotas.u2);
          // within a unit, promotion follows request order
          for (const unit of ["u1", "u2", "u3"]) {
            const times = promoted.filter((e) => e.unitId === unit).map((e) => Date.parse(e.requestedAt));
            expect(times).toEqual([...times].sort((a, b) => a - b));
          }
          // nobody left could still be seated
          if (seats < free) {
            for (const e of remaining) {
              const quota = (quotas as Record<string, number>)[e.unitId];
              expect(quota !== undefined && (taken[e.unitId] ?? 0) >= quota).toBe(true);
            }
          }
        },
      ),
    );
  });
});
