import fc from "fast-check";
import { N_GAIN_RULES, nGain, nGainCategory, nGainResult } from "./n-gain.js";

describe("nGain", () => {
  it("is (post − pre) / (max − pre), unrounded", () => {
    expect(nGain(40, 85, 100)).toBe(0.75);
    expect(nGain(50, 60, 100)).toBe(0.2);
    expect(nGain(30, 50, 100)).toBeCloseTo(20 / 70, 15);
    expect(nGain(0, 100, 100)).toBe(1);
    expect(nGain(60, 45, 100)).toBe(-0.375);
  });

  it("is null when pre = max (nothing left to gain)", () => {
    expect(nGain(100, 100, 100)).toBeNull();
    expect(nGain(100, 90, 100)).toBeNull();
    expect(nGainResult(10, 10, 10)).toEqual({ ok: true, value: null });
  });

  it.each([
    [-1, 50, 100, "pre"], [101, 50, 100, "pre"], [NaN, 50, 100, "pre"], [50, 100.5, 100, "post"], [50, -0.1, 100, "post"],
    [50, Infinity, 100, "post"], [0, 0, 0, "max"], [0, 0, -10, "max"], [0, 0, NaN, "max"],
  ])("refuses pre %d, post %d, max %d naming %s", (pre, post, max, field) => {
    expect(() => nGain(pre, post, max)).toThrow(RangeError);
    expect(nGainResult(pre, post, max)).toEqual({ ok: false, error: expect.objectContaining({ code: "INVALID_SCORE", field }) });
  });

  it("never exceeds 1 for valid scores", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (max, a, b) => {
        const g = nGain(a * max, b * max, max);
        if (g !== null) expect(g).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });
});

describe("nGainCategory", () => {
  it("has the thresholds of DOMAIN.md §6", () => {
    expect(N_GAIN_RULES).toEqual({ high: 0.7, medium: 0.3 });
  });

  it.each([
    [1, "HIGH"], [0.7, "HIGH"], [0.6999, "MEDIUM"], [0.3, "MEDIUM"], [0.2999, "LOW"], [0, "LOW"], [-0.5, "LOW"], [-3, "LOW"],
  ] as const)("%d is %s", (g, category) => {
    expect(nGainCategory(g)).toBe(category);
  });

  it("refuses a gain that is not finite", () => {
    expect(() => nGainCategory(NaN)).toThrow(RangeError);
  });
});
