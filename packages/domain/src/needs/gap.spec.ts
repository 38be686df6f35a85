import fc from "fast-check";
import { competencyGap, gapsAgainst } from "./gap.js";

describe("competencyGap", () => {
  it.each([
    [3, 1, 2],
    [3, 3, 0],
    [2, 5, -3],
  ])("standard %i, actual %i: gap %i", (standard, actual, gap) => {
    expect(competencyGap(standard, actual)).toBe(gap);
  });

  it.each([
    [3, 2.5],
    [Number.NaN, 1],
  ])("throws on non-integer levels (%p, %p): a programmer error", (standard, actual) => {
    expect(() => competencyGap(standard, actual)).toThrow(RangeError);
  });
});

describe("gapsAgainst", () => {
  const standards = [
    { competencyCode: "M.INTEGRITAS", standard: 3 },
    { competencyCode: "M.KOMUNIKASI", standard: 3 },
    { competencyCode: "T.ARSIP", standard: 2 },
    { competencyCode: "constructor", standard: 1 },
  ];

  it.each([
    ["a Map", new Map([["M.INTEGRITAS", 2], ["T.ARSIP", 4], ["M.KERJA_SAMA", 1]])],
    ["a plain object", { "M.INTEGRITAS": 2, "T.ARSIP": 4, "M.KERJA_SAMA": 1 }],
  ])("reports needs, surpluses and missing assessments from %s, in the order of the standards", (_, actuals) => {
    expect(gapsAgainst(standards, actuals)).toEqual([
      { competencyCode: "M.INTEGRITAS", standard: 3, actual: 2, gap: 1, isNeed: true },
      { competencyCode: "M.KOMUNIKASI", standard: 3, actual: null, gap: null, isNeed: false },
      { competencyCode: "T.ARSIP", standard: 2, actual: 4, gap: -2, isNeed: false },
      { competencyCode: "constructor", standard: 1, actual: null, gap: null, isNeed: false },
    ]);
  });

  it("is applied separately against the current and the target position", () => {
    const actuals = { "M.INTEGRITAS": 3 };
    expect(gapsAgainst([{ competencyCode: "M.INTEGRITAS", standard: 3 }], actuals)[0]?.isNeed).toBe(false);
    expect(gapsAgainst([{ competencyCode: "M.INTEGRITAS", standard: 4 }], actuals)[0]).toMatchObject({ gap: 1, isNeed: true });
  });

  it("reports one row per standard, a need exactly when assessed and below standard", () => {
    const level = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ competencyCode: fc.constantFrom("A.X", "B.Y", "C.Z", "D.W"), standard: level })),
        fc.dictionary(fc.constantFrom("A.X", "B.Y", "C.Z"), level),
        (stds, actuals) => {
          const gaps = gapsAgainst(stds, actuals);
          expect(gaps).toHaveLength(stds.length);
          gaps.forEach((g, i) => {
            const actual = actuals[g.competencyCode];
            expect(g.competencyCode).toBe(stds[i]?.competencyCode);
            expect(g.gap).toBe(actual === undefined ? null : g.standard - actual);
            expect(g.isNeed).toBe(actual !== undefined && actual < g.standard);
          });
        },
      ),
    );
  });
});
