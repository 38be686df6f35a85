import { daysInMonth, isLeapYear, isValidCalendarDate, monthIndex, toIsoDate, toIsoMonth } from "./calendar.js";

describe("calendar", () => {
  it.each([
    [1996, true],
    [2000, true],
    [2024, true],
    [1900, false],
    [2023, false],
    [2100, false],
  ])("isLeapYear(%i) is %s", (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [2023, 4, 30],
    [2023, 12, 31],
    [2023, 0, 0],
    [2023, 13, 0],
  ])("daysInMonth(%i, %i) is %i", (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it.each([
    [1986, 9, 26, true],
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [1986, 2, 30, false],
    [1986, 0, 1, false],
    [1986, 1, 0, false],
    [0, 1, 1, false],
    [1986.5, 1, 1, false],
  ])("isValidCalendarDate(%d, %d, %d) is %s", (y, m, d, valid) => {
    expect(isValidCalendarDate(y, m, d)).toBe(valid);
  });

  it("agrees with Date.UTC on every day of a 400-year cycle", () => {
    for (let year = 2000; year < 2400; year++) {
      for (let month = 1; month <= 12; month++) {
        const utcDays = new Date(Date.UTC(year, month, 0)).getUTCDate();
        expect(daysInMonth(year, month)).toBe(utcDays);
      }
    }
  });

  it("formats ISO dates and months with zero padding", () => {
    expect(toIsoDate(986, 9, 6)).toBe("0986-09-06");
    expect(toIsoMonth(2015, 5)).toBe("2015-05");
  });

  it.each([
    [2026, 2, 30],
    [2026, 13, 1],
    [10000, 1, 1],
    [2026.5, 1, 1],
  ])("toIsoDate(%p, %p, %p) throws a RangeError instead of printing a day that does not exist", (y, m, d) => {
    expect(() => toIsoDate(y, m, d)).toThrow(RangeError);
  });

  it("toIsoMonth throws a RangeError on month 13 or a fractional year", () => {
    expect(() => toIsoMonth(2026, 13)).toThrow(RangeError);
    expect(() => toIsoMonth(2026.5, 1)).toThrow(RangeError);
    expect(toIsoMonth(0, 1)).toBe("0000-01");
  });

  it("makes months comparable as integers", () => {
    expect(monthIndex(2004, 9) - monthIndex(1986, 9)).toBe(18 * 12);
    expect(monthIndex(2005, 1) - monthIndex(2004, 12)).toBe(1);
  });
});
