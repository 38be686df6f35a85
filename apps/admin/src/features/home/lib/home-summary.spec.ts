import { ceilingUsedPercent, fiscalYearRange, latestStartedPeriod, mostInNeed, needsYearOf, planStanding, stageLinks, type CompetencyTotal, type PlanGlance } from "./home-summary";

const cell = (code: string, employeesInNeed: number, totalGap = employeesInNeed): CompetencyTotal => ({
  competency: { id: `id-${code}`, code, name: `Kompetensi ${code}` },
  employeesInNeed,
  totalGap,
});

const plan = (id: string, status: PlanGlance["status"], version = 1): PlanGlance => ({ id, version, status, ceiling: 1_000_000, totalCost: 750_000 });

describe("the home page's year", () => {
  it("reads the needs of the assessment the year before the plan year, and links each stage to its year", () => {
    expect(needsYearOf(2027)).toBe(2026);
    expect(stageLinks(2027)).toEqual({
      employees: "/employees",
      needs: "/needs/heatmap?year=2026",
      planning: "/planning?year=2027",
      delivery: "/delivery?year=2026",
      compliance: "/compliance?year=2026",
      surveys: "/surveys",
      budget: "/budget?year=2026",
    });
  });
});

describe("the competency most in need", () => {
  it("is the one with the most employees in need", () => {
    expect(mostInNeed([cell("A", 3), cell("B", 9), cell("C", 5)])?.competency.code).toBe("B");
  });

  it("breaks a tie by the larger total gap, then by code, whatever the order of the cells", () => {
    const cells = [cell("C", 4, 6), cell("A", 4, 8), cell("B", 4, 8)];
    expect(mostInNeed(cells)?.competency.code).toBe("A");
    expect(mostInNeed([...cells].reverse())?.competency.code).toBe("A");
  });

  it("is none when nobody is in need, or there are no cells", () => {
    expect(mostInNeed([cell("A", 0), cell("B", 0)])).toBeNull();
    expect(mostInNeed([])).toBeNull();
  });
});

describe("where the year's plan stands", () => {
  it("finds the adopted version wherever it is among the versions (a newer draft may come first)", () => {
    const adopted = plan("p1", "ADOPTED", 1);
    expect(planStanding([plan("p3", "DRAFT", 3), plan("p2", "SUPERSEDED", 2), adopted], 3)).toEqual({ kind: "adopted", plan: adopted, versions: 3 });
  });

  it("is drafts when every version was read and none is adopted, none without versions", () => {
    expect(planStanding([plan("p2", "DRAFT", 2), plan("p1", "DRAFT", 1)], 2)).toEqual({ kind: "drafts", versions: 2 });
    expect(planStanding([], 0)).toEqual({ kind: "none" });
  });

  it("does not claim 'not adopted' when more versions exist than the page read", () => {
    expect(planStanding([plan("p30", "DRAFT", 30)], 30)).toEqual({ kind: "unknown", versions: 30 });
  });
});

describe("the share of the ceiling used", () => {
  it("is the cost over the ceiling with one decimal, as the planning page shows it", () => {
    expect(ceilingUsedPercent({ ceiling: 1_000_000, totalCost: 750_000 })).toBe(75);
    expect(ceilingUsedPercent({ ceiling: 3, totalCost: 2 })).toBe(66.7);
    expect(ceilingUsedPercent({ ceiling: 0, totalCost: 0 })).toBe(100);
  });
});

describe("fiscalYearRange", () => {
  it("is the calendar year (UU 17/2003 art. 4), first and last day", () => {
    expect(fiscalYearRange(2026)).toEqual({ from: "2026-01-01", to: "2026-12-31" });
  });
});

describe("the survey period the SKM card shows", () => {
  const periods = [
    { id: "a", code: "2026-1", startsOn: "2026-01-01" },
    { id: "b", code: "2026-2", startsOn: "2026-07-01" },
  ];
  it("is the latest that has begun", () => {
    expect(latestStartedPeriod(periods, "2026-11-30")?.code).toBe("2026-2");
    expect(latestStartedPeriod([...periods].reverse(), "2026-07-01")?.code).toBe("2026-2");
    expect(latestStartedPeriod(periods, "2026-06-30")?.code).toBe("2026-1");
  });
  it("is none before the first begins, or without periods", () => {
    expect(latestStartedPeriod(periods, "2025-12-31")).toBeNull();
    expect(latestStartedPeriod([], "2026-11-30")).toBeNull();
  });
});
