import { DAILY_ALLOWANCE_KINDS, DAILY_ALLOWANCE_RULES, dailyAllowanceCeiling, type DailyAllowanceKind } from "./allowances.js";

describe("daily allowance ceilings (Central Java Pergub, DOMAIN.md §8)", () => {
  it.each([
    ["OUT_OF_TOWN", 370_000],
    ["IN_TOWN_OVER_8H", 150_000],
    ["TRAINING", 110_000],
  ] as const)("%s: Rp%i a day", (kind, ceiling) => {
    expect(dailyAllowanceCeiling(kind)).toBe(ceiling);
  });

  it("covers every kind with whole rupiah, frozen, and takes another table", () => {
    for (const kind of DAILY_ALLOWANCE_KINDS) expect(Number.isSafeInteger(DAILY_ALLOWANCE_RULES[kind])).toBe(true);
    expect(Object.isFrozen(DAILY_ALLOWANCE_RULES)).toBe(true);
    expect(dailyAllowanceCeiling("TRAINING", { ...DAILY_ALLOWANCE_RULES, TRAINING: 120_000 })).toBe(120_000);
  });

  it("throws a RangeError for an unknown kind", () => {
    expect(() => dailyAllowanceCeiling("ABROAD" as DailyAllowanceKind)).toThrow(RangeError);
    expect(() => dailyAllowanceCeiling("constructor" as DailyAllowanceKind)).toThrow(RangeError);
  });
});
