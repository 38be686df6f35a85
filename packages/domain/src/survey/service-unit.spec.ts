import { SERVICE_UNIT_CODE_PATTERN, SKM_AGE_BANDS, surveyPeriodDates } from "./service-unit.js";

describe("survey periods and service units", () => {
  it("gives the half years' codes and dates", () => {
    expect(surveyPeriodDates(2026, 1)).toEqual({ code: "2026-1", startsOn: "2026-01-01", endsOn: "2026-06-30" });
    expect(surveyPeriodDates(2026, 2)).toEqual({ code: "2026-2", startsOn: "2026-07-01", endsOn: "2026-12-31" });
  });

  it("refuses a half other than 1 or 2 and a year out of range", () => {
    expect(() => surveyPeriodDates(2026, 3)).toThrow(RangeError);
    expect(() => surveyPeriodDates(1999, 1)).toThrow(RangeError);
    expect(() => surveyPeriodDates(2026.5, 1)).toThrow(RangeError);
  });

  it("accepts URL slugs and refuses anything else", () => {
    for (const ok of ["disdukcapil", "pkm-cebongan", "kel-blotongan", "a1"]) expect(SERVICE_UNIT_CODE_PATTERN.test(ok)).toBe(true);
    for (const bad of ["", "a", "-x", "Disdukcapil", "pkm cebongan", "a/b", "x".repeat(41)]) expect(SERVICE_UNIT_CODE_PATTERN.test(bad)).toBe(false);
  });

  it("has distinct age band values", () => {
    expect(new Set(SKM_AGE_BANDS.map((b) => b.value)).size).toBe(SKM_AGE_BANDS.length);
  });
});
