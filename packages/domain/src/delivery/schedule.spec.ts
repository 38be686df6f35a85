import fc from "fast-check";
import { findScheduleConflicts, validateSessionTime, venueKey, type ScheduledSession } from "./schedule.js";

const session = (over: Partial<ScheduledSession> & { id: string }): ScheduledSession => ({
  date: "2026-04-14",
  start: "08:00",
  end: "10:00",
  speakerIds: [],
  venue: null,
  participantIds: [],
  ...over,
});

describe("validateSessionTime", () => {
  it("gives the minutes of a valid session", () => {
    expect(validateSessionTime({ date: "2026-04-14", start: "08:00", end: "09:30" })).toEqual({
      ok: true,
      value: { date: "2026-04-14", startMinute: 480, endMinute: 570, minutes: 90 },
    });
    expect(validateSessionTime({ date: "2028-02-29", start: "00:00", end: "23:59" })).toMatchObject({ ok: true, value: { minutes: 1439 } });
    expect(validateSessionTime({ date: "2026-04-14", start: "08:00:00", end: "08:45:00" })).toMatchObject({ ok: true, value: { minutes: 45 } });
  });

  it.each([
    [{ date: "2026-02-29", start: "08:00", end: "09:00" }, "INVALID_DATE", "date", undefined],
    [{ date: "2026-4-14", start: "08:00", end: "09:00" }, "INVALID_DATE", "date", undefined],
    [{ date: "2026-04-14", start: "8:00", end: "09:00" }, "INVALID_TIME", "start", "FORMAT"],
    [{ date: "2026-04-14", start: "24:00", end: "09:00" }, "INVALID_TIME", "start", "FORMAT"],
    [{ date: "2026-04-14", start: "08:60", end: "09:00" }, "INVALID_TIME", "start", "FORMAT"],
    [{ date: "2026-04-14", start: "08:00", end: "09:00:30" }, "INVALID_TIME", "end", "FORMAT"],
    [{ date: "2026-04-14", start: "08:00", end: "" }, "INVALID_TIME", "end", "FORMAT"],
    [{ date: "2026-04-14", start: "09:00", end: "09:00" }, "INVALID_TIME", "end", "END_NOT_AFTER_START"],
    [{ date: "2026-04-14", start: "22:00", end: "01:00" }, "INVALID_TIME", "end", "END_NOT_AFTER_START"],
  ] as const)("refuses %j as %s on %s", (s, code, field, reason) => {
    const result = validateSessionTime(s);
    expect(result).toMatchObject({ ok: false, error: { code, field } });
    if (!result.ok) expect(result.error.reason).toBe(reason);
  });
});

describe("findScheduleConflicts", () => {
  const candidate = session({ id: "new", start: "09:00", end: "11:00", speakerIds: ["s1"], venue: "Aula  BKPSDM ", participantIds: ["p1", "p2"] });

  it("finds a shared speaker, venue and participant in an overlapping session", () => {
    const other = session({ id: "old", start: "10:00", end: "12:00", speakerIds: ["s1", "s9"], venue: "aula bkpsdm", participantIds: ["p2", "p3"] });
    expect(findScheduleConflicts(candidate, [other])).toEqual([
      { sessionId: "old", resource: "SPEAKER", resourceId: "s1" },
      { sessionId: "old", resource: "VENUE", resourceId: "Aula  BKPSDM" },
      { sessionId: "old", resource: "PARTICIPANT", resourceId: "p2" },
    ]);
  });

  it.each([
    ["ends when the candidate starts", "07:00", "09:00"],
    ["starts when the candidate ends", "11:00", "12:00"],
  ])("does not clash with a session that %s (half-open intervals)", (_, start, end) => {
    const other = session({ id: "old", start, end, speakerIds: ["s1"], venue: "Aula BKPSDM", participantIds: ["p1"] });
    expect(findScheduleConflicts(candidate, [other])).toEqual([]);
  });

  it.each([
    ["overlaps its start", "08:00", "09:01"],
    ["overlaps its end", "10:59", "12:00"],
    ["lies inside it", "09:30", "10:00"],
    ["contains it", "07:00", "13:00"],
    ["is the same interval", "09:00", "11:00"],
  ])("clashes with a session that %s", (_, start, end) => {
    const other = session({ id: "old", start, end, speakerIds: ["s1"] });
    expect(findScheduleConflicts(candidate, [other])).toEqual([{ sessionId: "old", resource: "SPEAKER", resourceId: "s1" }]);
  });

  it.each([
    ["SPEAKER", { speakerIds: ["s1"] }, "s1"],
    ["VENUE", { venue: "AULA BKPSDM" }, "Aula  BKPSDM"],
    ["PARTICIPANT", { participantIds: ["p1"] }, "p1"],
  ] as const)("reports a %s clash on its own", (resource, over, resourceId) => {
    expect(findScheduleConflicts(candidate, [session({ id: "old", start: "10:00", end: "10:30", ...over })])).toEqual([{ sessionId: "old", resource, resourceId }]);
  });

  it("ignores other dates, other resources, no venue, and the candidate's own id", () => {
    expect(findScheduleConflicts(candidate, [session({ id: "x", date: "2026-04-15", start: "09:00", end: "11:00", speakerIds: ["s1"] })])).toEqual([]);
    expect(findScheduleConflicts(candidate, [session({ id: "x", start: "09:00", end: "11:00", speakerIds: ["s2"], venue: "Ruang Rapat", participantIds: ["p9"] })])).toEqual([]);
    const online = { ...candidate, venue: null };
    expect(findScheduleConflicts(online, [session({ id: "x", start: "09:00", end: "11:00", venue: null })])).toEqual([]);
    expect(findScheduleConflicts(candidate, [{ ...candidate }])).toEqual([]);
  });

  it("reports every clashing session, in order, each resource once", () => {
    const a = session({ id: "a", start: "08:30", end: "09:30", participantIds: ["p1", "p1"] });
    const b = session({ id: "b", start: "10:30", end: "11:30", speakerIds: ["s1", "s1"] });
    expect(findScheduleConflicts(candidate, [a, b])).toEqual([
      { sessionId: "a", resource: "PARTICIPANT", resourceId: "p1" },
      { sessionId: "b", resource: "SPEAKER", resourceId: "s1" },
    ]);
  });

  it("throws a RangeError on an invalid session (validate first)", () => {
    expect(() => findScheduleConflicts({ ...candidate, end: "08:00" }, [])).toThrow(RangeError);
    expect(() => findScheduleConflicts(candidate, [session({ id: "x", start: "25:00" })])).toThrow(RangeError);
  });

  it("normalises venues", () => {
    expect(venueKey("  Aula\tBKPSDM  Lt 2 ")).toBe("aula bkpsdm lt 2");
    expect(venueKey("   ")).toBeNull();
    expect(venueKey(null)).toBeNull();
  });

  it("clashes exactly when two same-day intervals share a minute (property)", () => {
    const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
    const interval = fc.tuple(fc.integer({ min: 0, max: 1438 }), fc.integer({ min: 1, max: 240 })).map(([s, len]) => [s, Math.min(1439, s + len)] as const);
    fc.assert(
      fc.property(interval, interval, ([s1, e1], [s2, e2]) => {
        const x = session({ id: "x", start: hhmm(s1), end: hhmm(e1), speakerIds: ["s"] });
        const y = session({ id: "y", start: hhmm(s2), end: hhmm(e2), speakerIds: ["s"] });
        const sharesMinute = Math.max(s1, s2) < Math.min(e1, e2);
        expect(findScheduleConflicts(x, [y]).length).toBe(sharesMinute ? 1 : 0);
        expect(findScheduleConflicts(y, [x]).length).toBe(sharesMinute ? 1 : 0);
      }),
    );
  });
});
