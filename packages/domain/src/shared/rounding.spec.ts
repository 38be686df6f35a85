import fc from "fast-check";
import { roundHalfUp } from "./rounding.js";

describe("roundHalfUp", () => {
  it.each([
    [1.005, 2, 1.01],
    [89.995, 2, 90],
    [89.994, 2, 89.99],
    [77.995, 2, 78],
    [-1.005, 2, -1.01],
    [-0.001, 2, 0],
    [2.5, 0, 3],
    [1e-7, 2, 0],
    [123456789.125, 2, 123456789.13],
    [1e21, 2, 1e21],
    [1e19 + 2048, 4, 1e19 + 2048],
  ])("roundHalfUp(%d, %i) is %d", (value, decimals, expected) => {
    expect(roundHalfUp(value, decimals)).toBe(expected);
  });

  it.each([
    [Number.NaN, 2],
    [Number.POSITIVE_INFINITY, 2],
    [1.5, -1],
    [1.5, 2.5],
    [1.5, Number.NaN],
  ])("throws a RangeError on roundHalfUp(%d, %d), never NaN", (value, decimals) => {
    expect(() => roundHalfUp(value, decimals)).toThrow(RangeError);
  });

  /** Round the shortest decimal spelling, half away from zero, by string arithmetic only. */
  const reference = (x: number, d: number): number => {
    const spelled = Math.abs(x).toFixed(20).replace(/0+$/, "");
    const shortest = String(Math.abs(x));
    const digits = shortest.includes("e") ? spelled : shortest;
    const [whole = "0", fraction = ""] = digits.split(".");
    const kept = `${whole}${fraction.padEnd(d, "0").slice(0, d)}`;
    const up = (fraction[d] ?? "0") >= "5";
    const n = BigInt(kept) + (up ? 1n : 0n);
    const r = Number(`${n}e-${d}`);
    return x < 0 && r !== 0 ? -r : r;
  };

  it("agrees with rounding the decimal spelling digit by digit", () => {
    const decimalish = fc
      .tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 1, max: 5 }))
      .map(([whole, fraction, places]) => Number(`${whole}.${String(fraction).padStart(5, "0").slice(0, places)}`));
    fc.assert(
      fc.property(fc.oneof(decimalish, fc.double({ min: -1e7, max: 1e7, noNaN: true })), fc.integer({ min: 0, max: 4 }), (x, d) => {
        expect(roundHalfUp(x, d)).toBe(reference(x, d) === 0 ? 0 : reference(x, d));
      }),
      { numRuns: 2000 },
    );
  });

  it("is within half a unit of the last place and idempotent", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, d) => {
        const r = roundHalfUp(x, d);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-9 * Math.max(1, Math.abs(x)));
        expect(roundHalfUp(r, d)).toBe(r);
      }),
    );
  });
});
