import fc from "fast-check";
import { costEffectiveness, costPerParticipantJpOf } from "./cost-effectiveness.js";
import { costPerParticipantJp } from "./ratios.js";

describe("costPerParticipantJpOf", () => {
  it.each([
    // DOMAIN.md §8 illustration (Kaltim 2017 tariffs): basic training about Rp36,100, Diklatpim III about Rp89,700 per JP.
    [36_100_000, 1_000, 36_100], // 40 participants × 25 JP
    [538_200_000, 6_000, 89_700], // 30 participants × 200 JP
    [1_000, 37.5, 27], // 26.67
    [100, 0.29, 345], // 344.83
    [5, 2, 3], // 2.5 rounds up
    [1, 0.4, 3], // 2.5 rounds up
    [3, 8, 0], // 0.375
    [0, 12.25, 0],
    [Number.MAX_SAFE_INTEGER, 1, Number.MAX_SAFE_INTEGER],
    [Number.MAX_SAFE_INTEGER, 0.01, Number.MAX_SAFE_INTEGER * 100],
  ])("costPerParticipantJpOf(%d, %d) is %d", (cost, participantJp, expected) => {
    expect(costPerParticipantJpOf(cost, participantJp)).toBe(expected);
  });

  it("is null at 0 participant-JP", () => {
    expect(costPerParticipantJpOf(1_000_000, 0)).toBeNull();
  });

  it.each([
    [1.5, 10],
    [-1, 10],
    [2 ** 53, 10],
    [100, -1],
    [100, 1.005],
    [100, Number.NaN],
    [100, Number.POSITIVE_INFINITY],
    [100, 1e13],
  ])("throws a RangeError on costPerParticipantJpOf(%p, %p)", (cost, participantJp) => {
    expect(() => costPerParticipantJpOf(cost, participantJp)).toThrow(RangeError);
  });

  it("equals costPerParticipantJp(c, p, jp) for participantJp = p × jp", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 5_000 }), (cost, participants, jp) => {
        expect(costPerParticipantJpOf(cost, participants * jp)).toBe(costPerParticipantJp(cost, participants, jp));
      }),
    );
  });

  it("is the exact quotient rounded half up for hundredths of JP", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.integer({ min: 1, max: 10_000_000 }), (cost, hundredths) => {
        const expected = (BigInt(cost) * 200n + BigInt(hundredths)) / (BigInt(hundredths) * 2n);
        expect(costPerParticipantJpOf(cost, hundredths / 100)).toBe(Number(expected));
      }),
    );
  });
});

describe("costEffectiveness", () => {
  it("computes the four ratios of a programme", () => {
    expect(costEffectiveness({ cost: 36_100_000, participantJp: 1_000, participants: 40, meanNGain: 0.5, gapsAddressed: 3 })).toEqual({
      costPerParticipantJp: 36_100,
      costPerGainPoint: 18_050, // 36,100,000 / (40 × 50)
      gainPerMillionRupiah: 55.4, // 2,000 / 36.1 = 55.401…
      costPerGapAddressed: 12_033_333, // 12,033,333.33
    });
  });

  it.each([
    [{ cost: 10_000_000, participantJp: 750, participants: 25, meanNGain: 0.42, gapsAddressed: 2 }, { costPerParticipantJp: 13_333, costPerGainPoint: 9_524, gainPerMillionRupiah: 105, costPerGapAddressed: 5_000_000 }],
    [{ cost: 3, participantJp: 2, participants: 1, meanNGain: 0.02, gapsAddressed: 2 }, { costPerParticipantJp: 2, costPerGainPoint: 2, gainPerMillionRupiah: 666_666.67, costPerGapAddressed: 2 }],
    [{ cost: 0, participantJp: 10, participants: 2, meanNGain: 0.3, gapsAddressed: 1 }, { costPerParticipantJp: 0, costPerGainPoint: 0, gainPerMillionRupiah: null, costPerGapAddressed: 0 }],
    [{ cost: 5_000_000, participantJp: 0, participants: 0, meanNGain: null, gapsAddressed: 0 }, { costPerParticipantJp: null, costPerGainPoint: null, gainPerMillionRupiah: null, costPerGapAddressed: null }],
    [{ cost: 5_000_000, participantJp: 100, participants: 10, meanNGain: 0, gapsAddressed: 0 }, { costPerParticipantJp: 50_000, costPerGainPoint: null, gainPerMillionRupiah: 0, costPerGapAddressed: null }],
    [{ cost: 5_000_000, participantJp: 100, participants: 10, meanNGain: -0.1, gapsAddressed: 1 }, { costPerParticipantJp: 50_000, costPerGainPoint: null, gainPerMillionRupiah: -20, costPerGapAddressed: 5_000_000 }],
    [{ cost: 5_000_000, participantJp: 100, participants: 0, meanNGain: 0.5, gapsAddressed: 1 }, { costPerParticipantJp: 50_000, costPerGainPoint: null, gainPerMillionRupiah: 0, costPerGapAddressed: 5_000_000 }],
  ])("%j gives %j", (input, expected) => {
    expect(costEffectiveness(input)).toEqual(expected);
  });

  it.each([
    { cost: 1.5, participantJp: 1, participants: 1, meanNGain: 0.5, gapsAddressed: 1 },
    { cost: 1, participantJp: -1, participants: 1, meanNGain: 0.5, gapsAddressed: 1 },
    { cost: 1, participantJp: 1, participants: 1.5, meanNGain: 0.5, gapsAddressed: 1 },
    { cost: 1, participantJp: 1, participants: 1, meanNGain: Number.NaN, gapsAddressed: 1 },
    { cost: 1, participantJp: 1, participants: 1, meanNGain: 0.5, gapsAddressed: -1 },
  ])("throws a RangeError on %j", (input) => {
    expect(() => costEffectiveness(input)).toThrow(RangeError);
  });
});
