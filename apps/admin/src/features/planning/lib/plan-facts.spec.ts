import { en } from "../../../i18n/en";
import { id } from "../../../i18n/id";
import { interpolate } from "../../../i18n/interpolate";
import { planFactLines } from "./plan-facts";

const translator = (messages: Record<string, string>) => (key: string, params?: Record<string, string | number>) => interpolate(messages[key] ?? key, params);
const num = (value: number, digits = 2) => value.toFixed(digits);

const facts = {
  method: "EXACT" as const,
  valuation: "COVERAGE" as const,
  candidateCount: 12,
  mandatoryCount: 2,
  selectedCount: 7,
  ceiling: 500_000_000,
  totalCost: 480_000_000,
  remaining: 20_000_000,
  totalValue: 123.456,
  upperBound: null,
  leftOutByReason: [
    { reason: "OVER_REMAINING_BUDGET" as const, count: 3 },
    { reason: "COVERED_BY_CHOSEN" as const, count: 2 },
    { reason: "LOWER_VALUE_FOR_COST" as const, count: 0 },
  ],
};

describe("planFactLines", () => {
  it.each([
    ["id", id],
    ["en", en],
  ])("renders every fact in %s, with no placeholder left", (_lang, messages) => {
    const lines = planFactLines(facts, translator(messages as Record<string, string>) as never, num);
    expect(lines).toHaveLength(5);
    expect(lines.join("\n")).not.toMatch(/\{\w+\}|plan\.facts|enum\./);
    expect(lines[0]).toContain("12");
    expect(lines[1]).toContain("480.000.000");
    expect(lines[4]).toContain("3");
    expect(lines[4]).toContain(messages["enum.PlanItemReason.COVERED_BY_CHOSEN"]);
    expect(lines[4]).not.toContain(messages["enum.PlanItemReason.LOWER_VALUE_FOR_COST"]);
  });

  it("states the upper bound of an approximate plan", () => {
    const lines = planFactLines({ ...facts, method: "APPROXIMATE", upperBound: 130.5, leftOutByReason: [] }, translator(en as Record<string, string>) as never, num);
    expect(lines).toHaveLength(5);
    expect(lines[4]).toContain("130.50");
  });
});
