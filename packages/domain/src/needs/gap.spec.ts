import fc from "fast-check";
import { competencyGap, gapsAgainst, gapsAgainstResult, type AssessedLevels, type CompetencyStandard } from "./gap.js";

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
    [0, 1],
    [3, 9],
    [6, 1],
    [3, 0],
  ])("throws a RangeError on levels (%p, %p) that are not integers 1..5: a programmer error", (standard, actual) => {
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

describe("gapsAgainstResult", () => {
  it.each<readonly [string, readonly CompetencyStandard[], AssessedLevels, string, string]>([
    ["a standard of 0", [{ competencyCode: "M.X", standard: 0 }], {}, "standards[0].standard", "OUT_OF_RANGE"],
    ["a standard of 9", [{ competencyCode: "M.X", standard: 9 }], {}, "standards[0].standard", "OUT_OF_RANGE"],
    ["an actual level of 0", [{ competencyCode: "M.X", standard: 3 }], { "M.X": 0 }, "actuals.M.X", "OUT_OF_RANGE"],
    ["an actual level of 9 in a Map", [{ competencyCode: "M.X", standard: 3 }], new Map([["M.X", 9]]), "actuals.M.X", "OUT_OF_RANGE"],
    ["a fractional standard", [{ competencyCode: "M.X", standard: 2.5 }], {}, "standards[0].standard", "NOT_INTEGER"],
    ["a level given as text", [{ competencyCode: "M.X", standard: 3 }], { "M.X": "3" } as unknown as AssessedLevels, "actuals.M.X", "NOT_INTEGER"],
  ])("refuses %s as INVALID_LEVEL", (_, standards, actuals, field, reason) => {
    expect(gapsAgainstResult(standards, actuals)).toEqual({ ok: false, error: { code: "INVALID_LEVEL", field, reason, message: expect.any(String) } });
    expect(() => gapsAgainst(standards, actuals)).toThrow(RangeError);
  });

  it("never throws, and agrees with gapsAgainst where it accepts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ competencyCode: fc.constantFrom("A.X", "B.Y"), standard: fc.integer({ min: -1, max: 7 }) })),
        fc.dictionary(fc.constantFrom("A.X", "B.Y"), fc.oneof(fc.integer({ min: -1, max: 7 }), fc.double())),
        (standards, actuals) => {
          const result = gapsAgainstResult(standards, actuals);
          const valid = (n: unknown) => typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 5;
          const allValid = standards.every((s) => valid(s.standard)) && standards.every((s) => !(s.competencyCode in actuals) || valid(actuals[s.competencyCode]));
          expect(result.ok).toBe(allValid);
          if (result.ok) expect(gapsAgainst(standards, actuals)).toEqual(result.value);
        },
      ),
    );
    fc.assert(fc.property(fc.anything(), fc.anything(), (a, b) => expect(typeof gapsAgainstResult(a as never, b as never).ok).toBe("boolean")));
  });
});
