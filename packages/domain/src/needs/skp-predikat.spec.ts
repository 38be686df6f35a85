import fc from "fast-check";
import { isPerformanceGap, SKP_PREDIKAT_TABLE, SKP_PREDIKATS, SKP_RATINGS, skpPredikat, skpPredikatResult, type SkpRating } from "./skp-predikat.js";

describe("skpPredikat (PermenPANRB 6/2022)", () => {
  it.each([
    ["ABOVE", "BELOW", "KURANG"],
    ["ABOVE", "MEETS", "BAIK"],
    ["ABOVE", "ABOVE", "SANGAT_BAIK"],
    ["MEETS", "BELOW", "KURANG"],
    ["MEETS", "MEETS", "BAIK"],
    ["MEETS", "ABOVE", "BAIK"],
    ["BELOW", "BELOW", "SANGAT_KURANG"],
    ["BELOW", "MEETS", "BUTUH_PERBAIKAN"],
    ["BELOW", "ABOVE", "BUTUH_PERBAIKAN"],
  ] as const)("result %s, behaviour %s: %s", (result, behaviour, predikat) => {
    expect(skpPredikat(result, behaviour)).toBe(predikat);
  });

  it("never rates better when either rating gets worse", () => {
    const rank = (r: (typeof SKP_RATINGS)[number]) => SKP_RATINGS.indexOf(r);
    const worse = (p: (typeof SKP_PREDIKATS)[number]) => SKP_PREDIKATS.indexOf(p);
    for (const r1 of SKP_RATINGS)
      for (const b1 of SKP_RATINGS)
        for (const r2 of SKP_RATINGS)
          for (const b2 of SKP_RATINGS)
            if (rank(r2) >= rank(r1) && rank(b2) >= rank(b1)) {
              expect(worse(skpPredikat(r2, b2))).toBeGreaterThanOrEqual(worse(skpPredikat(r1, b1)));
            }
  });

  it.each([
    ["SANGAT_BAIK", false],
    ["BAIK", false],
    ["BUTUH_PERBAIKAN", true],
    ["KURANG", true],
    ["SANGAT_KURANG", true],
  ] as const)("isPerformanceGap(%s) is %s", (predikat, gap) => {
    expect(isPerformanceGap(predikat)).toBe(gap);
  });
});

describe("skpPredikatResult", () => {
  it.each([
    ["above", "MEETS", "resultRating"],
    ["MEETS", "meets", "behaviourRating"],
    ["", "MEETS", "resultRating"],
    [null, "MEETS", "resultRating"],
    ["constructor", "MEETS", "resultRating"],
  ])("refuses (%p, %p) as INVALID_SKP_RATING on %s", (result, behaviour, field) => {
    expect(skpPredikatResult(result as SkpRating, behaviour as SkpRating)).toEqual({
      ok: false,
      error: { code: "INVALID_SKP_RATING", field, message: expect.stringContaining(field) },
    });
    // The convenience form throws a RangeError (it was a TypeError from reading into undefined).
    expect(() => skpPredikat(result as SkpRating, behaviour as SkpRating)).toThrow(RangeError);
  });

  it("never throws on anything, and agrees with skpPredikat where it accepts", () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...SKP_RATINGS), fc.anything()), fc.oneof(fc.constantFrom(...SKP_RATINGS), fc.anything()), (r, b) => {
        const result = skpPredikatResult(r as SkpRating, b as SkpRating);
        if (result.ok) expect(skpPredikat(r as SkpRating, b as SkpRating)).toBe(result.value);
      }),
    );
  });

  it("throws a RangeError on a table with a hole", () => {
    const table = { ...SKP_PREDIKAT_TABLE, ABOVE: { ...SKP_PREDIKAT_TABLE.ABOVE, BELOW: "GOOD" } } as never;
    expect(() => skpPredikatResult("ABOVE", "BELOW", table)).toThrow(RangeError);
  });

  it("isPerformanceGap throws a RangeError on an unknown predikat instead of calling it a gap", () => {
    expect(() => isPerformanceGap("baik" as never)).toThrow(RangeError);
  });
});
