import { absoluteLink, addDays, barPercent, chartMax, compareNullable, findingsOf, jakartaToday, nGainBars, percentOf, shareToPercent, skpBars } from "./evaluation-figures";

describe("evaluation figures", () => {
  it.each([
    [3.2, 4, 80],
    [4, 4, 100],
    [5, 4, 100],
    [-1, 4, 0],
    [null, 4, 0],
    [Number.NaN, 4, 0],
    [2, 0, 0],
    [1, 3, 33.3],
  ] as const)("draws %s of %s as a %s%% bar", (value, max, percent) => {
    expect(barPercent(value, max)).toBe(percent);
  });

  it("gives a part's percentage of a whole, or null without a whole", () => {
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(0, 0)).toBeNull();
    expect(shareToPercent(0.4567)).toBe(45.7);
    expect(shareToPercent(null)).toBeNull();
  });

  it("lists the N-gain distribution high, medium, low, then the not measurable", () => {
    expect(nGainBars({ high: 3, medium: 5, low: 2, undefinedGain: 1 })).toEqual([
      { key: "HIGH", value: 3 },
      { key: "MEDIUM", value: 5 },
      { key: "LOW", value: 2 },
      { key: "NA", value: 1 },
    ]);
  });

  it("lists the SKP changes and scales a chart to its largest bar (never below 1)", () => {
    const bars = skpBars({ improved: 4, unchanged: 7, worsened: 1, unknown: 0 });
    expect(bars.map((b) => b.key)).toEqual(["improved", "unchanged", "worsened", "unknown"]);
    expect(chartMax(bars)).toBe(7);
    expect(chartMax([{ key: "x", value: 0 }])).toBe(1);
    expect(chartMax([{ key: "x", value: null }])).toBe(1);
  });

  it("sorts numbers and keeps missing figures last in both directions (antd negates a descending comparison)", () => {
    const values = [2, null, 3.5, 1, null];
    const ascending = [...values].sort((a, b) => compareNullable(a, b, "ascend"));
    expect(ascending).toEqual([1, 2, 3.5, null, null]);
    const descending = [...values].sort((a, b) => -compareNullable(a, b, "descend"));
    expect(descending).toEqual([3.5, 2, 1, null, null]);
  });

  it.each([
    ["https://bina.salatigakota.go.id", "/evaluate/abc.def", "https://bina.salatigakota.go.id/evaluate/abc.def"],
    ["http://127.0.0.1:4000/", "/evaluate/x", "http://127.0.0.1:4000/evaluate/x"],
    ["http://a", "evaluate/x", "http://a/evaluate/x"],
    ["http://a", "https://b/evaluate/x", "https://b/evaluate/x"],
  ])("makes %s + %s absolute", (origin, link, absolute) => {
    expect(absoluteLink(origin, link)).toBe(absolute);
  });

  it("has no link for an analyst (the API sends none)", () => {
    expect(absoluteLink("http://a", null)).toBeNull();
    expect(absoluteLink("http://a", "")).toBeNull();
  });

  it("suggests the findings of a programme's low figures only", () => {
    expect(findingsOf({ reactionMean: 2.9, nGainCategory: "LOW", behaviourMean: 2.4 })).toEqual(["LOW_REACTION", "LOW_N_GAIN", "NO_BEHAVIOUR_CHANGE"]);
    expect(findingsOf({ reactionMean: 3, nGainCategory: "MEDIUM", behaviourMean: 2.5 })).toEqual([]);
    expect(findingsOf({ reactionMean: null, nGainCategory: null, behaviourMean: null })).toEqual([]);
  });

  it("counts due dates in calendar days and reads today in Jakarta", () => {
    expect(addDays("2026-11-30", 60)).toBe("2027-01-29");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    // 18:00 UTC on 30 November is already 1 December in Jakarta (UTC+7).
    expect(jakartaToday(new Date("2026-11-30T18:00:00Z"))).toBe("2026-12-01");
    expect(jakartaToday(new Date("2026-11-30T16:59:00Z"))).toBe("2026-11-30");
  });
});
