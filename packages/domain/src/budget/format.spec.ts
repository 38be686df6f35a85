import fc from "fast-check";
import { formatRupiah } from "./format.js";

describe("formatRupiah", () => {
  it.each([
    [0, "Rp0"],
    [7, "Rp7"],
    [999, "Rp999"],
    [1_000, "Rp1.000"],
    [36_100, "Rp36.100"],
    [1_500_000, "Rp1.500.000"],
    [12_345_678, "Rp12.345.678"],
    [2_500_000_000, "Rp2.500.000.000"],
    [-2_500, "-Rp2.500"],
    [-1_500_000, "-Rp1.500.000"],
    [Number.MAX_SAFE_INTEGER, "Rp9.007.199.254.740.991"],
  ])("formatRupiah(%d) is %s", (amount, text) => {
    expect(formatRupiah(amount)).toBe(text);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, "1000" as unknown as number])("throws a RangeError on %p", (amount) => {
    expect(() => formatRupiah(amount)).toThrow(RangeError);
  });

  it("reads back to the same amount (digits in groups of three)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (amount) => {
        const text = formatRupiah(amount);
        expect(text).toMatch(/^-?Rp\d{1,3}(\.\d{3})*$/);
        expect(Number(text.replace("Rp", "").replace(/\./g, ""))).toBe(amount === 0 ? 0 : amount);
      }),
    );
  });
});
