import { addDays, batchesOn, hhmm, isIsoDay, mondayOf, monthEnd, monthWeeks, sessionsOn, shiftView, visibleRange, weekDays, weekdayOf } from "./calendar";

describe("calendar days", () => {
  it.each([
    ["2026-03-09", true],
    ["2026-02-29", false],
    ["2028-02-29", true],
    ["2026-13-01", false],
    ["2026-3-9", false],
    ["", false],
  ])("isIsoDay(%s) is %s", (text, expected) => {
    expect(isIsoDay(text)).toBe(expected);
  });

  it("adds days across months and years", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("counts weekdays from Monday", () => {
    // 9 March 2026 is a Monday, 15 March a Sunday.
    expect(weekdayOf("2026-03-09")).toBe(0);
    expect(weekdayOf("2026-03-15")).toBe(6);
    expect(mondayOf("2026-03-15")).toBe("2026-03-09");
  });

  it("gives a week Monday first", () => {
    expect(weekDays("2026-03-11")).toEqual(["2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13", "2026-03-14", "2026-03-15"]);
  });

  it("covers a month with whole weeks, the neighbours' days at the edges", () => {
    const weeks = monthWeeks("2026-03-20");
    // March 2026: Sunday 1st to Tuesday 31st: six rows, from Monday 23 February to Sunday 5 April.
    expect(weeks).toHaveLength(6);
    expect(weeks[0]?.[0]).toBe("2026-02-23");
    expect(weeks.at(-1)?.[6]).toBe("2026-04-05");
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    // February 2021 starts on a Monday and has exactly four weeks.
    expect(monthWeeks("2021-02-10")).toHaveLength(4);
    expect(monthEnd("2028-02-03")).toBe("2028-02-29");
  });

  it("asks the API for the days the view shows", () => {
    expect(visibleRange("week", "2026-03-11")).toEqual({ from: "2026-03-09", to: "2026-03-15" });
    expect(visibleRange("month", "2026-03-11")).toEqual({ from: "2026-02-23", to: "2026-04-05" });
  });

  it("moves by a month (to its first day) or by a week", () => {
    expect(shiftView("month", "2026-01-31", 1)).toBe("2026-02-01");
    expect(shiftView("month", "2026-01-15", -1)).toBe("2025-12-01");
    expect(shiftView("week", "2026-03-11", 1)).toBe("2026-03-18");
  });

  it("finds the batches running on a day, first and last day included", () => {
    const batches = [
      { id: "a", startsOn: "2026-03-09", endsOn: "2026-03-11" },
      { id: "b", startsOn: "2026-03-11", endsOn: "2026-03-11" },
      { id: "c", startsOn: "2026-03-12", endsOn: "2026-03-20" },
    ];
    expect(batchesOn(batches, "2026-03-11").map((b) => b.id)).toEqual(["a", "b"]);
    expect(batchesOn(batches, "2026-03-08")).toEqual([]);
  });

  it("lists a day's sessions by start time", () => {
    const sessions = [
      { id: "2", date: "2026-03-09", start: "13:00:00" },
      { id: "1", date: "2026-03-09", start: "08:00:00" },
      { id: "3", date: "2026-03-10", start: "07:00:00" },
    ];
    expect(sessionsOn(sessions, "2026-03-09").map((s) => s.id)).toEqual(["1", "2"]);
    expect(hhmm("08:30:00")).toBe("08:30");
  });
});
