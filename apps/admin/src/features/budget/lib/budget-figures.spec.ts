import { absorptionGeometry, barPercent, compactRupiah, compareNullable, jakartaToday, linePath, monthName, monthsBegun, niceMax, spentMonthsShown } from "./budget-figures";

const month = (m: number, cumulativePlanned: number, cumulativeSpent: number) => ({ month: m, cumulativePlanned, cumulativeSpent });

describe("budget figures", () => {
  it.each([
    [null, 0],
    [undefined, 0],
    [Number.NaN, 0],
    [-3, 0],
    [0, 0],
    [72.35, 72.35],
    [100, 100],
    [104.2, 100],
  ])("draws an absorption of %s as a bar of %s%%", (percent, length) => {
    expect(barPercent(percent)).toBe(length);
  });

  it("reads today in Jakarta whatever the clock's zone", () => {
    expect(jakartaToday(new Date("2026-12-31T17:30:00Z"))).toBe("2027-01-01");
    expect(jakartaToday(new Date("2026-11-30T12:00:00Z"))).toBe("2026-11-30");
  });

  it("counts the months of a fiscal year begun by today", () => {
    expect(monthsBegun(2026, "2026-11-30")).toBe(11);
    expect(monthsBegun(2026, "2026-01-01")).toBe(1);
    expect(monthsBegun(2025, "2026-11-30")).toBe(12);
    expect(monthsBegun(2027, "2026-11-30")).toBe(0);
  });

  it("draws the spent line to the months begun, or further when spending is dated later", () => {
    const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, spent: i < 5 ? 10 : 0 }));
    expect(spentMonthsShown(months, 11)).toBe(11);
    expect(spentMonthsShown(months, 3)).toBe(5);
    expect(spentMonthsShown(months.map((m) => (m.month === 12 ? { ...m, spent: 1 } : m)), 11)).toBe(12);
    expect(spentMonthsShown([], 0)).toBe(0);
  });

  it("names months in either language", () => {
    expect(monthName(8, "id-ID")).toBe("Agu");
    expect(monthName(5, "id-ID", "long")).toBe("Mei");
    expect(monthName(8, "en-GB", "long")).toBe("August");
    expect(monthName(12, "en-GB")).toBe("Dec");
  });

  it("writes an axis amount short, the Indonesian way or the English way", () => {
    // Intl keeps the number and its unit together with a no-break space.
    expect(compactRupiah(1_500_000_000, "id-ID")).toBe("Rp 1,5\u00a0M");
    expect(compactRupiah(250_000_000, "id-ID")).toBe("Rp 250\u00a0jt");
    expect(compactRupiah(1_500_000_000, "en-GB")).toBe("Rp 1.5bn");
    expect(compactRupiah(0, "id-ID")).toBe("Rp 0");
  });

  it.each([
    [0, 1],
    [-5, 1],
    [1, 1],
    [7, 8],
    [1_850_000_000, 2_000_000_000],
    [2_100_000_000, 2_400_000_000],
    [1_200_000_000, 1_200_000_000],
    [1_200_000_001, 1_600_000_000],
    [9_100, 10_000],
  ])("puts the top of a chart holding %s at %s", (value, top) => {
    expect(niceMax(value)).toBe(top);
  });

  it("has quarter lines of round values (three significant digits at most)", () => {
    for (const value of [3, 47, 1_234, 987_654, 1_850_000_000, 2_100_000_000]) {
      const quarter = niceMax(value) / 4;
      const magnitude = 10 ** (Math.floor(Math.log10(quarter)) - 2);
      expect(Number.isInteger(Math.round((quarter / magnitude) * 1e6) / 1e6)).toBe(true);
    }
  });

  it("lays the year out: planned over all twelve months, spent only over the months begun, on one scale", () => {
    const months = Array.from({ length: 12 }, (_, i) => month(i + 1, (i + 1) * 150, Math.min(i + 1, 11) * 120));
    const g = absorptionGeometry([...months].reverse(), 550, 200, 11);
    expect(g.max).toBe(2_000);
    expect(g.gridlines.map((l) => [l.value, l.y])).toEqual([
      [0, 200],
      [500, 150],
      [1_000, 100],
      [1_500, 50],
      [2_000, 0],
    ]);
    expect(g.ticks[0]).toEqual({ month: 1, x: 0 });
    expect(g.ticks[11]).toEqual({ month: 12, x: 550 });
    expect(g.planned.map((p) => p.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(g.planned[11]).toEqual({ month: 12, value: 1_800, x: 550, y: 20 });
    expect(g.spent).toHaveLength(11);
    expect(g.spent[10]).toEqual({ month: 11, value: 1_320, x: 500, y: 68 });
  });

  it("draws a year with no money flat on the bottom, and a future year with no spent line", () => {
    const g = absorptionGeometry(Array.from({ length: 12 }, (_, i) => month(i + 1, 0, 0)), 110, 100, 0);
    expect(g.max).toBe(1);
    expect(g.planned.every((p) => p.y === 100)).toBe(true);
    expect(g.spent).toEqual([]);
    expect(linePath(g.spent)).toBe("");
    expect(linePath(g.planned.slice(0, 2))).toBe("M0.0,100.0 L10.0,100.0");
  });

  it("sorts missing figures last both ways", () => {
    const values = [3, null, 1, undefined, 2];
    const ascending = [...values].sort((a, b) => compareNullable(a, b, "ascend"));
    expect(ascending).toEqual([1, 2, 3, null, undefined]);
    // antd reverses the comparison for a descending column.
    const descending = [...values].sort((a, b) => -compareNullable(a, b, "descend"));
    expect(descending).toEqual([3, 2, 1, null, undefined]);
  });
});
