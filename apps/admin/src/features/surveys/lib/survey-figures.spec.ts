import { IKM_BAND_LABELS, SKM_BAND_RULES } from "@bina/domain";
import {
  absoluteSurveyUrl,
  bandLabel,
  changeDirection,
  defaultPeriod,
  elementTopic,
  ikmBarPercent,
  ikmChange,
  isWeakBand,
  jakartaToday,
  nextHalf,
  posterPath,
  sampleMissing,
  samplePercent,
  trendGeometry,
} from "./survey-figures";

const period = (code: string, status: "OPEN" | "CLOSED" = "CLOSED") => {
  const [year, half] = code.split("-").map(Number) as [number, number];
  return {
    id: `id-${code}`,
    code,
    status,
    startsOn: half === 1 ? `${year}-01-01` : `${year}-07-01`,
    endsOn: half === 1 ? `${year}-06-30` : `${year}-12-31`,
  };
};

describe("survey figures", () => {
  it("labels a band as the regulation does, and calls C and D weak", () => {
    expect(bandLabel("C")).toBe(IKM_BAND_LABELS.C);
    expect(bandLabel("A")).toBe("Sangat Baik");
    expect(["A", "B", "C", "D", null].map((b) => isWeakBand(b as never))).toEqual([false, false, true, true, false]);
    expect(elementTopic("U7")).toBe("staff behaviour");
  });

  it.each([
    [0, 382, 0],
    [191, 382, 50],
    [381, 382, 99],
    [382, 382, 100],
    [500, 382, 100],
    [3, 0, 100],
  ])("%s of %s responses is %s%% of the sample", (respondents, required, percent) => {
    expect(samplePercent(respondents, required)).toBe(percent);
  });

  it("counts the responses still missing", () => {
    expect(sampleMissing(300, 382)).toBe(82);
    expect(sampleMissing(400, 382)).toBe(0);
  });

  it("gives the change between two IKMs to 2 decimals, none without both", () => {
    expect(ikmChange(78.14, 81.2)).toBe(3.06);
    expect(ikmChange(81.2, 78.14)).toBe(-3.06);
    expect(ikmChange(null, 81)).toBeNull();
    expect(changeDirection(ikmChange(78.14, 81.2))).toBe("up");
    expect(changeDirection(-0.5)).toBe("down");
    expect(changeDirection(0)).toBe("same");
    expect(changeDirection(null)).toBe("none");
  });

  it("opens the dashboard on the period containing today, else the latest started, else the first", () => {
    const periods = [period("2026-1"), period("2025-2"), period("2026-2", "OPEN")];
    expect(defaultPeriod(periods, "2026-11-30")?.code).toBe("2026-2");
    expect(defaultPeriod([period("2025-2"), period("2026-1")], "2026-11-30")?.code).toBe("2026-1");
    expect(defaultPeriod([period("2027-1")], "2026-11-30")?.code).toBe("2027-1");
    expect(defaultPeriod([], "2026-11-30")).toBeNull();
  });

  it("reads today in Jakarta whatever the clock's zone", () => {
    expect(jakartaToday(new Date("2026-11-30T18:00:00Z"))).toBe("2026-12-01");
    expect(jakartaToday(new Date("2026-11-30T16:59:00Z"))).toBe("2026-11-30");
  });

  it("suggests the half-year after the latest period", () => {
    expect(nextHalf([{ year: 2026, half: 1 }, { year: 2025, half: 2 }], 2026)).toEqual({ year: 2026, half: 2 });
    expect(nextHalf([{ year: 2026, half: 2 }], 2026)).toEqual({ year: 2027, half: 1 });
    expect(nextHalf([], 2026)).toEqual({ year: 2026, half: 1 });
  });

  it("points to the API's poster route and the absolute survey address", () => {
    expect(posterPath("pkm-cebongan", "2026-2")).toBe("/survey/pkm-cebongan/poster.pdf?period=2026-2");
    expect(absoluteSurveyUrl("https://bina.salatiga.go.id", "/survey/disdukcapil")).toBe("https://bina.salatiga.go.id/survey/disdukcapil");
  });

  it("bars an IKM on 0..100", () => {
    expect(ikmBarPercent(82.5)).toBe(82.5);
    expect(ikmBarPercent(null)).toBe(0);
    expect(ikmBarPercent(140)).toBe(100);
  });

  describe("trend chart geometry", () => {
    it("spreads the periods, places IKM 100 at the top and the floor at the bottom, skips periods without an IKM", () => {
      const g = trendGeometry(
        [
          { label: "2025-2", ikm: 78 },
          { label: "2026-1", ikm: null },
          { label: "2026-2", ikm: 84 },
        ],
        200,
        100,
      );
      expect(g.floor).toBe(60);
      expect(g.ticks.map((t) => t.x)).toEqual([0, 100, 200]);
      expect(g.points.map((p) => [p.label, p.x])).toEqual([
        ["2025-2", 0],
        ["2026-2", 200],
      ]);
      expect(g.points[0]!.y).toBeCloseTo(100 - ((78 - 60) / 40) * 100);
      expect(g.points[1]!.y).toBeLessThan(g.points[0]!.y);
      // Every band limit shows (all above the floor), A highest.
      expect(g.bands.map((b) => b.band)).toEqual(["A", "B", "C"]);
      expect(g.bands[0]!.y).toBeLessThan(g.bands[2]!.y);
      expect(g.bands[2]!.value).toBe(SKM_BAND_RULES.ikm.C);
    });

    it("lowers the floor below a weak IKM and centres a single period", () => {
      const g = trendGeometry([{ label: "2026-1", ikm: 52.3 }], 300, 120);
      expect(g.floor).toBe(45);
      expect(g.points[0]!.x).toBe(150);
      expect(g.points[0]!.y).toBeGreaterThan(0);
      expect(g.points[0]!.y).toBeLessThan(120);
    });
  });
});
