import fc from "fast-check";
import { MAPPING_BANDS } from "./job-person-match.js";
import {
  PRIORITY_INPUT_INVALID_REASONS,
  priorityScore,
  priorityScoreResult,
  serviceWeaknessFromIkm,
  type PriorityInput,
  type PriorityInputInvalidReason,
} from "./priority.js";
import { priorityRules } from "./priority-rules.js";
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
    ["the largest gap (4) counts fully", { gap: 4 }, { GAP: 35 }],
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

  const refused: ReadonlyArray<readonly [string, unknown, string, PriorityInputInvalidReason]> = [
    ["a lower-case predikat", { gap: 1, skpPredikat: "baik" }, "skpPredikat", "UNKNOWN_VALUE"],
    ["an unknown JPM band", { gap: 1, jpmBand: "GOOD" }, "jpmBand", "UNKNOWN_VALUE"],
    ["a NaN gap", { gap: Number.NaN }, "gap", "NOT_INTEGER"],
    ["a missing gap", {}, "gap", "NOT_INTEGER"],
    ["a fractional gap", { gap: 1.5 }, "gap", "NOT_INTEGER"],
    ["a gap of 6 (levels run 1..5)", { gap: 6 }, "gap", "OUT_OF_RANGE"],
    ["an infinite target gap", { gap: 1, targetGap: Number.POSITIVE_INFINITY }, "targetGap", "NOT_INTEGER"],
    ["a target gap of -5", { gap: 1, targetGap: -5 }, "targetGap", "OUT_OF_RANGE"],
    ["a NaN service weakness", { gap: 1, servesPublic: true, unitServiceWeakness: Number.NaN }, "unitServiceWeakness", "NOT_A_NUMBER"],
    ["a service weakness of 1.5", { gap: 1, unitServiceWeakness: 1.5 }, "unitServiceWeakness", "OUT_OF_RANGE"],
    ["a flag given as text", { gap: 1, mandatoryForPosition: "true" }, "mandatoryForPosition", "NOT_BOOLEAN"],
  ];

  it.each(refused)("refuses %s (never a NaN score)", (_, input, field, reason) => {
    expect(priorityScoreResult(input as PriorityInput)).toEqual({
      ok: false,
      error: { code: "INVALID_PRIORITY_INPUT", field, reason, message: expect.stringMatching(new RegExp(`^${field} `)) },
    });
    expect(() => priorityScore(input as PriorityInput)).toThrow(RangeError);
  });

  it("has a table case for every reason", () => {
    expect(new Set(refused.map(([, , , reason]) => reason))).toEqual(new Set(PRIORITY_INPUT_INVALID_REASONS));
  });

  it("refuses invalid weights with the weights' own error, and throws in the convenience form", () => {
    expect(priorityScoreResult({ gap: 1 }, { ...defaultPriorityWeights, SKP: -1 })).toMatchObject({
      ok: false,
      error: { code: "INVALID_WEIGHT", field: "weights.SKP", reason: "NEGATIVE" },
    });
    expect(() => priorityScore({ gap: 1 }, { ...defaultPriorityWeights, SKP: -1 })).toThrow(RangeError);
  });

  it("throws a RangeError on rules that make no sense (configuration)", () => {
    expect(() => priorityScoreResult({ gap: 1 }, defaultPriorityWeights, { ...priorityRules, gapScale: 0 })).toThrow(RangeError);
    expect(() =>
      priorityScoreResult({ gap: 1 }, defaultPriorityWeights, { ...priorityRules, skpNeed: { ...priorityRules.skpNeed, BAIK: 2 } }),
    ).toThrow(RangeError);
  });

  it("never throws on anything as priorityScoreResult, and a score it gives is a finite number", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ gap: fc.anything(), skpPredikat: fc.anything(), jpmBand: fc.anything() })), (x) => {
        const result = priorityScoreResult(x as PriorityInput);
        if (result.ok) expect(Number.isFinite(result.value.score)).toBe(true);
      }),
    );
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
        const bigger = Math.min(4, i.gap + more);
        expect(priorityScore({ ...i, gap: bigger }).score).toBeGreaterThanOrEqual(priorityScore(i).score);
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
    [null, null],
  ])("IKM %p gives %p", (ikm, weakness) => {
    const result = serviceWeaknessFromIkm(ikm);
    if (weakness === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(weakness, 12);
  });

  it.each([20, 100.5, Number.NaN, Number.POSITIVE_INFINITY])("throws a RangeError on IKM %p (outside 25..100), never a clamped value", (ikm) => {
    expect(() => serviceWeaknessFromIkm(ikm)).toThrow(RangeError);
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
