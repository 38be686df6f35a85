import fc from "fast-check";
import { absorptionPercent, costPerParticipantJp } from "./ratios.js";
import { checkRupiah, RUPIAH_INVALID_REASONS } from "./rupiah.js";

/** Round half up of a non-negative fraction n/d, by BigInt (independent of the code under test). */
const halfUp = (n: bigint, d: bigint): bigint => (n * 2n + d) / (d * 2n);

describe("checkRupiah", () => {
  it.each([0, 1, 150_000_000, Number.MAX_SAFE_INTEGER])("accepts %d", (amount) => {
    expect(checkRupiah(amount, "ceiling")).toEqual({ ok: true, value: amount });
  });

  it.each<readonly [string, unknown, (typeof RUPIAH_INVALID_REASONS)[number]]>([
    ["a fraction", 10.5, "NOT_INTEGER"],
    ["NaN", Number.NaN, "NOT_INTEGER"],
    ["infinity", Number.POSITIVE_INFINITY, "NOT_INTEGER"],
    ["text", "100", "NOT_INTEGER"],
    ["null", null, "NOT_INTEGER"],
    ["a negative amount", -1, "NEGATIVE"],
    ["an amount beyond 2^53", 2 ** 53, "TOO_LARGE"],
  ])("refuses %s with INVALID_AMOUNT on the given field", (_, amount, reason) => {
    expect(checkRupiah(amount, "cost")).toEqual({ ok: false, error: { code: "INVALID_AMOUNT", field: "cost", reason, message: expect.stringContaining("cost") } });
  });
});

describe("costPerParticipantJp", () => {
  it.each([
    [36_100_000, 40, 25, 36_100],
    [100, 3, 2, 17],
    [5, 2, 1, 3],
    [4, 8, 1, 1],
    [3, 8, 1, 0],
    [0, 10, 10, 0],
    [Number.MAX_SAFE_INTEGER, 1, 1, Number.MAX_SAFE_INTEGER],
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 2, 1],
  ])("costPerParticipantJp(%d, %d, %d) is %d", (cost, participants, jp, expected) => {
    expect(costPerParticipantJp(cost, participants, jp)).toBe(expected);
  });

  it.each([
    [1000, 0, 10],
    [1000, 10, 0],
  ])("is null when participants × jp is 0 (%d, %d, %d)", (cost, participants, jp) => {
    expect(costPerParticipantJp(cost, participants, jp)).toBeNull();
  });

  it.each([
    [1.5, 1, 1],
    [-1, 1, 1],
    [1, -1, 1],
    [1, 1, 0.5],
    [2 ** 53, 1, 1],
    [Number.NaN, 1, 1],
  ])("throws a RangeError on costPerParticipantJp(%d, %d, %d)", (cost, participants, jp) => {
    expect(() => costPerParticipantJp(cost, participants, jp)).toThrow(RangeError);
  });

  it("is the exact quotient rounded half up", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 5_000 }), (cost, participants, jp) => {
        expect(costPerParticipantJp(cost, participants, jp)).toBe(Number(halfUp(BigInt(cost), BigInt(participants) * BigInt(jp))));
      }),
    );
  });
});

describe("absorptionPercent", () => {
  it.each([
    [1_000_000, 0, 0],
    [1_000_000, 1_000_000, 100],
    [3, 1, 33.33],
    [3, 2, 66.67],
    [8, 1, 12.5],
    [20_000, 1, 0.01], // 0.005 rounds up
    [40_000, 1, 0], // 0.0025 rounds down
    [1_500_000_000, 1_162_500_000, 77.5],
    [100, 150, 150],
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 100],
  ])("absorptionPercent(%d, %d) is %d", (ceiling, spent, expected) => {
    expect(absorptionPercent(ceiling, spent)).toBe(expected);
  });

  it("is null at a ceiling of 0", () => {
    expect(absorptionPercent(0, 0)).toBeNull();
    expect(absorptionPercent(0, 5)).toBeNull();
  });

  it.each([
    [1.5, 1],
    [100, -1],
    [2 ** 53, 1],
    [100, Number.NaN],
  ])("throws a RangeError on absorptionPercent(%d, %d)", (ceiling, spent) => {
    expect(() => absorptionPercent(ceiling, spent)).toThrow(RangeError);
  });

  it("is the exact percentage rounded half up to 2 decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), fc.maxSafeNat(), (ceiling, spent) => {
        const hundredths = halfUp(BigInt(spent) * 10_000n, BigInt(ceiling));
        expect(absorptionPercent(ceiling, spent)).toBe(Number(hundredths) / 100);
      }),
    );
  });
});
