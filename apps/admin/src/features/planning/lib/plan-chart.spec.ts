import { ceilingUsedPercent, planBars } from "./plan-chart";

describe("plan chart", () => {
  it("puts selected candidates first, by value, with bars relative to the largest", () => {
    const bars = planBars([
      { candidateId: "a", title: "A", selected: false, value: 50, cost: 200 },
      { candidateId: "b", title: "B", selected: true, value: 20, cost: 100 },
      { candidateId: "c", title: "C", selected: true, value: 100, cost: 50 },
    ]);
    expect(bars.map((b) => b.candidateId)).toEqual(["c", "b", "a"]);
    expect(bars.map((b) => [b.valuePercent, b.costPercent])).toEqual([
      [100, 25],
      [20, 50],
      [50, 100],
    ]);
  });

  it("draws nothing for a plan without value or cost", () => {
    expect(planBars([{ candidateId: "a", title: "A", selected: true, value: 0, cost: 0 }])[0]).toEqual(
      expect.objectContaining({ valuePercent: 0, costPercent: 0 }),
    );
    expect(planBars([])).toEqual([]);
  });

  it("measures how much of the ceiling a plan uses", () => {
    expect(ceilingUsedPercent(750, 1000)).toBe(75);
    expect(ceilingUsedPercent(0, 0)).toBe(100);
  });
});
