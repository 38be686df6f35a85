import { pnsAtRisk, shareBand, sharePercent } from "./compliance-figures";

describe("compliance figures", () => {
  it.each([
    [0.6667, 66.7],
    [1, 100],
    [0, 0],
    [null, null],
    [Number.NaN, null],
  ] as const)("share %s is %s%%", (share, percent) => {
    expect(sharePercent(share)).toBe(percent);
  });

  it.each([
    [0.8, "good"],
    [0.75, "good"],
    [0.6, "fair"],
    [0.2, "poor"],
    [null, "none"],
  ] as const)("share %s is %s", (share, band) => {
    expect(shareBand(share)).toBe(band);
  });

  it("adds the PNS at risk and those who missed", () => {
    expect(pnsAtRisk({ atRisk: 2, missed: 1 })).toBe(3);
  });

});
