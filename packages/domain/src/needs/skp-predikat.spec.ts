import { isPerformanceGap, SKP_PREDIKATS, SKP_RATINGS, skpPredikat } from "./skp-predikat.js";

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
