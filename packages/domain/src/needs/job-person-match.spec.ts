import fc from "fast-check";
import {
  JPM_ERROR_CODES,
  jobPersonMatch,
  jobPersonMatchFromSums,
  jobPersonMatchResult,
  mappingBand,
  selectionBand,
  type LevelPair,
} from "./job-person-match.js";
import { jpmRules } from "./jpm-rules.js";

/** `n` pairs whose sums are exactly (actualSum, standardSum): standards of 5, actuals spread over 1..5. */
const pairsWithSums = (actualSum: number, pairs: number): LevelPair[] =>
  Array.from({ length: pairs }, (_, i) => {
    const base = Math.floor(actualSum / pairs) + (i < actualSum % pairs ? 1 : 0);
    return { standard: 5, actual: base };
  });

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

  it("decides the band on the exact ratio: 17999/20000 (89.995%) shows as 90 but is CUKUP_OPTIMAL", () => {
    expect(jobPersonMatchFromSums(17999, 20000)).toEqual({ percent: 90, mappingBand: "CUKUP_OPTIMAL", selectionBand: "MEMENUHI_SYARAT" });
    // The same sums from 4000 real pairs of levels (standard 5 each).
    const pairs = pairsWithSums(17999, 4000);
    expect(pairs.every((p) => p.actual >= 1 && p.actual <= 5)).toBe(true);
    expect(jobPersonMatch(pairs)).toEqual({ percent: 90, mappingBand: "CUKUP_OPTIMAL", selectionBand: "MEMENUHI_SYARAT" });
  });

  it.each([
    ["exactly 90", 90, 100, 90, "OPTIMAL"],
    ["89.99", 8999, 10000, 89.99, "CUKUP_OPTIMAL"],
    ["89.995 (shown as 90)", 17999, 20000, 90, "CUKUP_OPTIMAL"],
    ["89.994", 44997, 50000, 89.99, "CUKUP_OPTIMAL"],
    ["exactly 78", 78, 100, 78, "CUKUP_OPTIMAL"],
    ["77.99", 7799, 10000, 77.99, "KURANG_OPTIMAL"],
    ["77.995 (shown as 78)", 15599, 20000, 78, "KURANG_OPTIMAL"],
    ["above 100 when levels exceed the standard", 5, 4, 125, "OPTIMAL"],
    ["0", 0, 3, 0, "KURANG_OPTIMAL"],
  ])("mapping band at %s", (_, actual, standard, percent, band) => {
    expect(jobPersonMatchFromSums(actual, standard)).toMatchObject({ percent, mappingBand: band });
  });

  it.each([
    ["exactly 80", 80, 100, 80, "MEMENUHI_SYARAT"],
    ["79.99", 7999, 10000, 79.99, "MASIH_MEMENUHI_SYARAT"],
    ["79.995 (shown as 80)", 15999, 20000, 80, "MASIH_MEMENUHI_SYARAT"],
    ["exactly 68", 68, 100, 68, "MASIH_MEMENUHI_SYARAT"],
    ["67.99", 6799, 10000, 67.99, "KURANG_MEMENUHI_SYARAT"],
  ])("selection band at %s", (_, actual, standard, percent, band) => {
    expect(jobPersonMatchFromSums(actual, standard)).toMatchObject({ percent, selectionBand: band });
  });

  it("takes the thresholds from the rules", () => {
    expect(jobPersonMatchFromSums(85, 100, { ...jpmRules, mappingOptimalMin: 85 }).mappingBand).toBe("OPTIMAL");
  });

  it.each([
    ["an empty list", [], "NO_STANDARDS", "pairs", undefined],
    ["not a list", "3,3", "NO_STANDARDS", "pairs", undefined],
    ["a standard of 0", [{ standard: 0, actual: 2 }], "INVALID_LEVEL", "pairs[0].standard", "OUT_OF_RANGE"],
    ["a NaN level", [{ standard: 3, actual: 3 }, { standard: 3, actual: Number.NaN }], "INVALID_LEVEL", "pairs[1].actual", "NOT_INTEGER"],
    ["a level of 9", [{ standard: 3, actual: 9 }], "INVALID_LEVEL", "pairs[0].actual", "OUT_OF_RANGE"],
    ["a fractional level", [{ standard: 3, actual: 2.5 }], "INVALID_LEVEL", "pairs[0].actual", "NOT_INTEGER"],
    ["a negative standard", [{ standard: -1, actual: 3 }], "INVALID_LEVEL", "pairs[0].standard", "OUT_OF_RANGE"],
    ["a missing pair", [null], "INVALID_LEVEL", "pairs[0].standard", "NOT_INTEGER"],
  ])("jobPersonMatchResult reports %s", (_, pairs, code, field, reason) => {
    const result = jobPersonMatchResult(pairs as LevelPair[]);
    expect(result).toEqual({ ok: false, error: { code, field, message: expect.any(String), ...(reason ? { reason } : {}) } });
    expect(JPM_ERROR_CODES).toContain(code);
    expect(() => jobPersonMatch(pairs as LevelPair[])).toThrow(RangeError);
  });

  it.each([
    ["a standard sum of 0", 0, 0],
    ["a negative actual sum", -1, 3],
    ["a fractional sum", 2.5, 3],
    ["NaN", Number.NaN, 3],
  ])("jobPersonMatchFromSums throws a RangeError on %s", (_, actual, standard) => {
    expect(() => jobPersonMatchFromSums(actual, standard)).toThrow(RangeError);
  });

  it("throws a RangeError on rules that make no sense", () => {
    expect(() => jobPersonMatchFromSums(3, 3, { ...jpmRules, mappingOptimalMin: Number.NaN })).toThrow(RangeError);
    expect(() => jobPersonMatchFromSums(3, 3, { ...jpmRules, mappingOptimalMin: 70 })).toThrow(RangeError);
    expect(() => jobPersonMatchFromSums(3, 3, { ...jpmRules, decimals: 1.5 })).toThrow(RangeError);
  });

  it("agrees with exact integer arithmetic: bands on the exact ratio, percent rounded half up", () => {
    const pair = fc.record({ standard: fc.integer({ min: 1, max: 5 }), actual: fc.integer({ min: 1, max: 5 }) });
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1, maxLength: 60 }), (pairs) => {
        const a = pairs.reduce((s, p) => s + p.actual, 0);
        const s = pairs.reduce((t, p) => t + p.standard, 0);
        // Half-up rounding of a × 10000 / s in integers.
        const hundredths = Math.floor((2 * a * 10000 + s) / (2 * s));
        const { percent, mappingBand: m, selectionBand: sel } = jobPersonMatch(pairs);
        expect(percent).toBe(hundredths / 100);
        expect(m).toBe(100 * a >= 90 * s ? "OPTIMAL" : 100 * a >= 78 * s ? "CUKUP_OPTIMAL" : "KURANG_OPTIMAL");
        expect(sel).toBe(100 * a >= 80 * s ? "MEMENUHI_SYARAT" : 100 * a >= 68 * s ? "MASIH_MEMENUHI_SYARAT" : "KURANG_MEMENUHI_SYARAT");
        expect(jobPersonMatchFromSums(a, s)).toEqual({ percent, mappingBand: m, selectionBand: sel });
      }),
    );
  });

  it("decides exactly on large sums too, just below and at each threshold", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom(90, 78), (s, threshold) => {
        // The largest actual sum below the threshold, and the smallest at it.
        const atOrAbove = Math.ceil((threshold * s) / 100);
        const below = atOrAbove - 1;
        expect(jobPersonMatchFromSums(atOrAbove, s).mappingBand).not.toBe(threshold === 90 ? "CUKUP_OPTIMAL" : "KURANG_OPTIMAL");
        if (below >= 0) expect(jobPersonMatchFromSums(below, s).mappingBand).not.toBe(threshold === 90 ? "OPTIMAL" : "CUKUP_OPTIMAL");
      }),
    );
  });

  it("never throws on anything as jobPersonMatchResult", () => {
    fc.assert(fc.property(fc.anything(), (x) => expect(typeof jobPersonMatchResult(x as LevelPair[]).ok).toBe("boolean")));
  });
});

describe("mappingBand and selectionBand", () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, -1, "90" as unknown as number])("throw a RangeError on %p, never the lowest band", (p) => {
    expect(() => mappingBand(p)).toThrow(RangeError);
    expect(() => selectionBand(p)).toThrow(RangeError);
  });

  it.each([
    [90, "OPTIMAL", "MEMENUHI_SYARAT"],
    [89.995, "CUKUP_OPTIMAL", "MEMENUHI_SYARAT"],
    [78, "CUKUP_OPTIMAL", "MASIH_MEMENUHI_SYARAT"],
    [67.99, "KURANG_OPTIMAL", "KURANG_MEMENUHI_SYARAT"],
  ])("band an exact percent %d as %s / %s", (p, mapping, selection) => {
    expect(mappingBand(p)).toBe(mapping);
    expect(selectionBand(p)).toBe(selection);
  });
});
