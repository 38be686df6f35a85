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
    [Number.NaN, 2, Number.NaN],
  ])("roundHalfUp(%d, %i) is %d", (value, decimals, expected) => {
    expect(roundHalfUp(value, decimals)).toBe(expected);
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
