import fc from "fast-check";
import { checkDateInYear, checkDateOfRecord, jakartaDate } from "./date-of-record.js";

describe("checkDateOfRecord", () => {
  it.each(["2026-01-31", "2024-02-29", "2000-02-29", "0001-01-01"])("accepts %s", (date) => {
    expect(checkDateOfRecord(date, "assessedOn")).toEqual({ ok: true, value: date });
  });

  it.each(["", "2026-02-29", "2026-02-30", "2026-13-01", "2026-00-10", "2026-1-5", "2026-01-05T00:00:00Z", " 2026-01-05", "05/01/2026", "0000-01-01", null, 20260105])(
    "refuses %p as INVALID_DATE",
    (value) => {
      expect(checkDateOfRecord(value, "assessedOn")).toEqual({
        ok: false,
        error: { code: "INVALID_DATE", field: "assessedOn", message: expect.stringContaining("assessedOn") },
      });
    },
  );
});

describe("checkDateInYear", () => {
  it("accepts a date of the year and refuses one of another year", () => {
    expect(checkDateInYear("2026-12-31", 2026, "assessedOn")).toEqual({ ok: true, value: "2026-12-31" });
    expect(checkDateInYear("2027-01-01", 2026, "assessedOn")).toMatchObject({ ok: false, error: { code: "DATE_OUTSIDE_YEAR", field: "assessedOn" } });
    expect(checkDateInYear("2026-02-30", 2026, "assessedOn")).toMatchObject({ ok: false, error: { code: "INVALID_DATE" } });
  });

  it("throws a RangeError on a year that is not an integer (a programmer error)", () => {
    expect(() => checkDateInYear("2026-01-01", Number.NaN, "assessedOn")).toThrow(RangeError);
  });
});

describe("jakartaDate", () => {
  it.each([
    [Date.UTC(2026, 10, 30, 16, 59, 59), "2026-11-30"],
    [Date.UTC(2026, 10, 30, 17, 0, 0), "2026-12-01"],
    [Date.UTC(2024, 1, 28, 17, 0, 0), "2024-02-29"],
    [0, "1970-01-01"],
    [Date.UTC(1969, 11, 31, 16, 59, 59), "1969-12-31"],
  ])("reads the instant %d as %s in WIB (UTC+7)", (ms, expected) => {
    expect(jakartaDate(ms)).toBe(expected);
  });

  it("agrees with Date in UTC shifted by 7 hours", () => {
    fc.assert(
      fc.property(fc.integer({ min: -5e12, max: 1e13 }), (ms) => {
        expect(jakartaDate(ms)).toBe(new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10));
      }),
    );
  });

  it("throws a RangeError on NaN", () => {
    expect(() => jakartaDate(Number.NaN)).toThrow(RangeError);
  });
});
