import fc from "fast-check";
import { JPM_ERROR_CODES, jobPersonMatch, jobPersonMatchResult, type LevelPair } from "./job-person-match.js";
import { jpmRules } from "./jpm-rules.js";

/** Pairs whose Σ actual / Σ standard is exactly `actual / standard`. */
const ratio = (actual: number, standard: number): LevelPair[] => [{ standard, actual }];

describe("jobPersonMatch", () => {
  it("computes Σ actual / Σ standard × 100 over the competencies", () => {
    const pairs = [
      { standard: 3, actual: 3 },
      { standard: 3, actual: 2 },
      { standard: 3, actual: 3 },
      { standard: 4, actual: 3 },
    ];
    expect(jobPersonMatch(pairs)).toEqual({ percent: 84.62, mappingBand: "CUKUP_OPTIMAL", selectionBand: "MEMENUHI_SYARAT" });
  });

  it.each([
    ["exactly 90", 90, 100, 90, "OPTIMAL"],
    ["89.99", 8999, 10000, 89.99, "CUKUP_OPTIMAL"],
    ["89.995, rounded up to 90", 17999, 20000, 90, "OPTIMAL"],
    ["89.994", 44997, 50000, 89.99, "CUKUP_OPTIMAL"],
    ["exactly 78", 78, 100, 78, "CUKUP_OPTIMAL"],
    ["77.99", 7799, 10000, 77.99, "KURANG_OPTIMAL"],
    ["77.995, rounded up to 78", 15599, 20000, 78, "CUKUP_OPTIMAL"],
    ["above 100 when levels exceed the standard", 5, 4, 125, "OPTIMAL"],
    ["0", 0, 3, 0, "KURANG_OPTIMAL"],
  ])("mapping band at %s", (_, actual, standard, percent, band) => {
    expect(jobPersonMatch(ratio(actual, standard))).toMatchObject({ percent, mappingBand: band });
  });

  it.each([
    ["exactly 80", 80, 100, 80, "MEMENUHI_SYARAT"],
    ["79.99", 7999, 10000, 79.99, "MASIH_MEMENUHI_SYARAT"],
    ["79.995, rounded up to 80", 15999, 20000, 80, "MEMENUHI_SYARAT"],
    ["exactly 68", 68, 100, 68, "MASIH_MEMENUHI_SYARAT"],
    ["67.99", 6799, 10000, 67.99, "KURANG_MEMENUHI_SYARAT"],
  ])("selection band at %s", (_, actual, standard, percent, band) => {
    expect(jobPersonMatch(ratio(actual, standard))).toMatchObject({ percent, selectionBand: band });
  });

  it("takes the thresholds from the rules", () => {
    expect(jobPersonMatch(ratio(85, 100), { ...jpmRules, mappingOptimalMin: 85 }).mappingBand).toBe("OPTIMAL");
  });

  it.each([
    ["an empty list", [], "NO_STANDARDS", "pairs", undefined],
    ["standards summing to 0", [{ standard: 0, actual: 2 }], "NO_STANDARDS", "pairs", undefined],
    ["a NaN level", [{ standard: 3, actual: 3 }, { standard: 3, actual: Number.NaN }], "INVALID_SCORE", "pairs[1].actual", "NOT_A_NUMBER"],
    ["a negative standard", [{ standard: -1, actual: 3 }], "INVALID_SCORE", "pairs[0].standard", "NEGATIVE"],
    ["a missing pair", [null], "INVALID_SCORE", "pairs[0].standard", "NOT_A_NUMBER"],
  ])("jobPersonMatchResult reports %s", (_, pairs, code, field, reason) => {
    const result = jobPersonMatchResult(pairs as LevelPair[]);
    expect(result).toEqual({ ok: false, error: { code, field, message: expect.any(String), ...(reason ? { reason } : {}) } });
    expect(JPM_ERROR_CODES).toContain(code);
    expect(() => jobPersonMatch(pairs as LevelPair[])).toThrow(RangeError);
  });

  it("agrees with exact rational arithmetic on integer levels, and the bands with the rounded percent", () => {
    const pair = fc.record({ standard: fc.integer({ min: 1, max: 5 }), actual: fc.integer({ min: 1, max: 5 }) });
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1, maxLength: 60 }), (pairs) => {
        const a = pairs.reduce((s, p) => s + p.actual, 0);
        const s = pairs.reduce((t, p) => t + p.standard, 0);
        // Half-up rounding of a × 10000 / s in integers.
        const hundredths = Math.floor((2 * a * 10000 + s) / (2 * s));
        const { percent, mappingBand, selectionBand } = jobPersonMatch(pairs);
        expect(percent).toBe(hundredths / 100);
        expect(mappingBand).toBe(hundredths >= 9000 ? "OPTIMAL" : hundredths >= 7800 ? "CUKUP_OPTIMAL" : "KURANG_OPTIMAL");
        expect(selectionBand).toBe(
          hundredths >= 8000 ? "MEMENUHI_SYARAT" : hundredths >= 6800 ? "MASIH_MEMENUHI_SYARAT" : "KURANG_MEMENUHI_SYARAT",
        );
      }),
    );
  });
});
