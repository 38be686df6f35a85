import fc from "fast-check";
import { MAPPING_BANDS } from "./job-person-match.js";
import { priorityScore, serviceWeaknessFromIkm, type PriorityInput } from "./priority.js";
import { defaultPriorityWeights, PRIORITY_FACTORS, validatePriorityWeights } from "./priority-weights.js";
import { SKP_PREDIKATS } from "./skp-predikat.js";

const contributions = (input: PriorityInput) => Object.fromEntries(priorityScore(input).parts.map((p) => [p.factor, p.contribution]));

describe("priorityScore", () => {
  it("explains a full score part by part", () => {
    const result = priorityScore({
      gap: 2,
      targetGap: 3,
      skpPredikat: "BUTUH_PERBAIKAN",
      jpmBand: "CUKUP_OPTIMAL",
      mandatoryForPosition: true,
      unitServiceWeakness: 0.4,
      servesPublic: true,
    });
    expect(result.parts).toEqual([
      { factor: "GAP", weight: 35, value: 0.5, contribution: 17.5 },
      { factor: "TARGET_GAP", weight: 10, value: 0.75, contribution: 7.5 },
      { factor: "SKP", weight: 15, value: 0.5, contribution: 7.5 },
      { factor: "JPM", weight: 10, value: 0.5, contribution: 5 },
      { factor: "MANDATORY", weight: 20, value: 1, contribution: 20 },
      { factor: "PUBLIC_SERVICE", weight: 10, value: 0.4, contribution: 4 },
    ]);
    expect(result.score).toBe(61.5);
  });

  it.each<readonly [string, PriorityInput, Partial<Record<string, number>>]>([
    ["only a gap", { gap: 1 }, { GAP: 8.75 }],
    ["a gap beyond 4 levels counts as 4", { gap: 6 }, { GAP: 35 }],
    ["a negative gap counts as 0", { gap: -2 }, { GAP: 0 }],
    ["SANGAT_KURANG", { gap: 0, skpPredikat: "SANGAT_KURANG" }, { SKP: 15 }],
    ["KURANG", { gap: 0, skpPredikat: "KURANG" }, { SKP: 11.25 }],
    ["BAIK", { gap: 0, skpPredikat: "BAIK" }, { SKP: 3.75 }],
    ["SANGAT_BAIK", { gap: 0, skpPredikat: "SANGAT_BAIK" }, { SKP: 0 }],
    ["KURANG_OPTIMAL", { gap: 0, jpmBand: "KURANG_OPTIMAL" }, { JPM: 10 }],
    ["OPTIMAL", { gap: 0, jpmBand: "OPTIMAL" }, { JPM: 0 }],
    ["a weak unit, competency not serving the public", { gap: 0, unitServiceWeakness: 1 }, { PUBLIC_SERVICE: 0 }],
    ["serving the public, no survey", { gap: 0, servesPublic: true, unitServiceWeakness: null }, { PUBLIC_SERVICE: 0 }],
    ["serving the public, weakness 1/3", { gap: 0, servesPublic: true, unitServiceWeakness: 1 / 3 }, { PUBLIC_SERVICE: 3.33 }],
    ["no target position", { gap: 0, targetGap: null }, { TARGET_GAP: 0 }],
  ])("%s", (_, input, expected) => {
    expect(contributions(input)).toMatchObject(expected);
  });

  it("counts missing data as 0, never as a need", () => {
    expect(priorityScore({ gap: 0 }).score).toBe(0);
  });

  it("takes a city's weights", () => {
    const weights = { ...defaultPriorityWeights, GAP: 100, MANDATORY: 0 };
    expect(priorityScore({ gap: 4, mandatoryForPosition: true }, weights).score).toBe(100);
  });

  it.each([
    ["a NaN gap", { gap: Number.NaN }],
    ["an infinite target gap", { gap: 1, targetGap: Number.POSITIVE_INFINITY }],
  ])("throws on %s (a programmer error)", (_, input) => {
    expect(() => priorityScore(input)).toThrow(RangeError);
  });

  it("throws on invalid weights", () => {
    expect(() => priorityScore({ gap: 1 }, { ...defaultPriorityWeights, SKP: -1 })).toThrow(RangeError);
  });

  const input: fc.Arbitrary<PriorityInput> = fc.record(
    {
      gap: fc.integer({ min: 0, max: 4 }),
      targetGap: fc.option(fc.integer({ min: -4, max: 4 })),
      skpPredikat: fc.option(fc.constantFrom(...SKP_PREDIKATS)),
      jpmBand: fc.option(fc.constantFrom(...MAPPING_BANDS)),
      mandatoryForPosition: fc.boolean(),
      unitServiceWeakness: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
      servesPublic: fc.boolean(),
    },
    { requiredKeys: ["gap"] },
  );

  it("stays within 0..100 with the default weights, and its parts add up to it", () => {
    fc.assert(
      fc.property(input, (i) => {
        const { score, parts } = priorityScore(i);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        expect(parts.map((p) => p.factor)).toEqual(PRIORITY_FACTORS);
        expect(Math.round(parts.reduce((s, p) => s + p.contribution, 0) * 100)).toBe(Math.round(score * 100));
        for (const p of parts) expect(p.value >= 0 && p.value <= 1).toBe(true);
      }),
    );
  });

  it("never falls when the gap grows", () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 4 }), (i, more) => {
        expect(priorityScore({ ...i, gap: i.gap + more }).score).toBeGreaterThanOrEqual(priorityScore(i).score);
      }),
    );
  });
});

describe("serviceWeaknessFromIkm", () => {
  it.each([
    [25, 1],
    [100, 0],
    [62.5, 0.5],
    [88.31, 0.15586666666666665],
    [20, 1],
    [null, null],
  ])("IKM %p gives %p", (ikm, weakness) => {
    const result = serviceWeaknessFromIkm(ikm);
    if (weakness === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(weakness, 12);
  });
});

describe("validatePriorityWeights", () => {
  it("accepts the defaults and drops unknown keys", () => {
    expect(validatePriorityWeights({ ...defaultPriorityWeights, EXTRA: 5 } as never)).toEqual({ ok: true, value: defaultPriorityWeights });
  });

  it("reports every bad weight, in factor order", () => {
    const result = validatePriorityWeights({ GAP: -1, TARGET_GAP: Number.NaN, SKP: "10", JPM: 0, MANDATORY: 0 });
    expect(result.ok ? [] : result.error.map((e) => [e.code, e.field, e.reason])).toEqual([
      ["INVALID_WEIGHT", "weights.GAP", "NEGATIVE"],
      ["INVALID_WEIGHT", "weights.TARGET_GAP", "NOT_A_NUMBER"],
      ["INVALID_WEIGHT", "weights.SKP", "NOT_A_NUMBER"],
      ["INVALID_WEIGHT", "weights.PUBLIC_SERVICE", "MISSING"],
    ]);
  });

  it("rejects all-zero weights", () => {
    const zero = Object.fromEntries(PRIORITY_FACTORS.map((f) => [f, 0]));
    expect(validatePriorityWeights(zero)).toMatchObject({ ok: false, error: [{ code: "ALL_WEIGHTS_ZERO", field: "weights" }] });
  });

  it("never throws", () => {
    fc.assert(fc.property(fc.anything(), (x) => expect(typeof validatePriorityWeights(x as never).ok).toBe("boolean")));
  });
});
