import { SPEAKER_FEE_RULES } from "../delivery/fees.js";
import { APBD_ACCOUNTS } from "./accounts.js";
import { DAILY_ALLOWANCE_RULES } from "./allowances.js";
import {
  checkStandardCost,
  SPENDING_CATEGORIES,
  SPENDING_CATEGORY_ACCOUNT,
  STANDARD_COST_MAX_QUANTITY,
  STANDARD_COST_RULES,
  type SpendingCategory,
  type StandardCostInput,
} from "./standard-costs.js";

type Basis = Omit<StandardCostInput, "amount">;

describe("checkStandardCost", () => {
  // [basis, ceiling, standard]: the figures of DOMAIN.md §8 (PMK 49/2023; Central Java Pergub), written out here.
  it.each<readonly [Basis, number, string]>([
    [{ category: "SPEAKER_FEE", level: "MINISTER", minutes: 60 }, 1_700_000, "PMK_49_2023"],
    [{ category: "SPEAKER_FEE", level: "ESELON_I", minutes: 60 }, 1_400_000, "PMK_49_2023"],
    [{ category: "SPEAKER_FEE", level: "ESELON_II", minutes: 60 }, 1_000_000, "PMK_49_2023"],
    [{ category: "SPEAKER_FEE", level: "ESELON_III_BELOW", minutes: 60 }, 900_000, "PMK_49_2023"],
    [{ category: "SPEAKER_FEE", level: "ESELON_II", minutes: 90, quantity: 2 }, 3_000_000, "PMK_49_2023"],
    [{ category: "SPEAKER_FEE", level: "ESELON_III_BELOW", minutes: 45 }, 675_000, "PMK_49_2023"],
    [{ category: "SPEAKER_FEE", level: "MINISTER", minutes: 1 }, 28_333, "PMK_49_2023"], // 28,333.33 rounded down
    [{ category: "MODERATOR_FEE" }, 700_000, "PMK_49_2023"],
    [{ category: "MODERATOR_FEE", quantity: 3 }, 2_100_000, "PMK_49_2023"],
    [{ category: "TEACHER_FEE", quantity: 2.5 }, 750_000, "TEACHER_PER_JP_UNVERIFIED"],
    [{ category: "TEACHER_FEE", quantity: 40 }, 12_000_000, "TEACHER_PER_JP_UNVERIFIED"],
    [{ category: "DAILY_ALLOWANCE_OUT_OF_TOWN" }, 370_000, "PERGUB_JATENG_DAILY_ALLOWANCE"],
    [{ category: "DAILY_ALLOWANCE_OUT_OF_TOWN", quantity: 6 }, 2_220_000, "PERGUB_JATENG_DAILY_ALLOWANCE"],
    [{ category: "DAILY_ALLOWANCE_IN_TOWN", quantity: 10 }, 1_500_000, "PERGUB_JATENG_DAILY_ALLOWANCE"],
    [{ category: "DAILY_ALLOWANCE_TRAINING", quantity: 30 }, 3_300_000, "PERGUB_JATENG_DAILY_ALLOWANCE"],
  ])("%j: allowed at Rp%d, refused 1 rupiah over", (basis, ceiling, standard) => {
    expect(checkStandardCost({ ...basis, amount: ceiling })).toEqual({ ok: true, value: { ceiling, standard } });
    expect(checkStandardCost({ ...basis, amount: 0 })).toEqual({ ok: true, value: { ceiling, standard } });
    const over = checkStandardCost({ ...basis, amount: ceiling + 1 });
    expect(over).toEqual({ ok: false, error: { code: "ABOVE_STANDARD_COST", field: "amount", reason: standard, ceiling, message: expect.any(String) } });
    if (!over.ok) {
      expect(over.error.message).toContain(standard);
      expect(over.error.message).toContain(`Rp${ceiling.toLocaleString("id-ID")}`);
    }
  });

  it("covers every category with a ceiling in the table above, and none for the rest", () => {
    const withoutCeiling: SpendingCategory[] = ["MEALS", "TRAVEL", "VENUE", "MATERIALS", "COURSE_FEE", "OTHER"];
    for (const category of withoutCeiling) {
      expect(checkStandardCost({ category, amount: 999_999_999 })).toEqual({ ok: true, value: { ceiling: null, standard: null } });
    }
    expect(SPENDING_CATEGORIES).toHaveLength(12);
  });

  it("reuses the fee and allowance rules, and takes a city's own", () => {
    expect(STANDARD_COST_RULES.fees).toBe(SPEAKER_FEE_RULES);
    expect(STANDARD_COST_RULES.dailyAllowance).toBe(DAILY_ALLOWANCE_RULES);
    const rules = {
      ...STANDARD_COST_RULES,
      fees: { ...SPEAKER_FEE_RULES, moderatorPerSession: 500_000 },
      dailyAllowance: { ...DAILY_ALLOWANCE_RULES, TRAINING: 120_000 },
      dailyAllowanceStandard: "PERWALI_SALATIGA",
    };
    expect(checkStandardCost({ category: "MODERATOR_FEE", amount: 500_001 }, rules)).toEqual({ ok: false, error: expect.objectContaining({ ceiling: 500_000 }) });
    expect(checkStandardCost({ category: "DAILY_ALLOWANCE_TRAINING", amount: 120_000 }, rules)).toEqual({
      ok: true,
      value: { ceiling: 120_000, standard: "PERWALI_SALATIGA" },
    });
  });

  it.each<readonly [string, StandardCostInput, Record<string, unknown>]>([
    ["a speaker without a level", { category: "SPEAKER_FEE", amount: 1, minutes: 60 }, { field: "level", reason: "MISSING" }],
    ["a speaker with an unknown level", { category: "SPEAKER_FEE", amount: 1, minutes: 60, level: "BUPATI" as never }, { field: "level", reason: "UNKNOWN_LEVEL" }],
    ["a speaker without minutes", { category: "SPEAKER_FEE", amount: 1, level: "ESELON_II" }, { field: "minutes", reason: "MISSING" }],
    ["a speaker with 0 minutes", { category: "SPEAKER_FEE", amount: 1, level: "ESELON_II", minutes: 0 }, { field: "minutes", reason: "NOT_POSITIVE" }],
    ["a speaker with 30.5 minutes", { category: "SPEAKER_FEE", amount: 1, level: "ESELON_II", minutes: 30.5 }, { field: "minutes", reason: "NOT_INTEGER" }],
    ["a speaker with more than a day", { category: "SPEAKER_FEE", amount: 1, level: "ESELON_II", minutes: 1_441 }, { field: "minutes", reason: "TOO_LARGE" }],
    ["1.5 speakers", { category: "SPEAKER_FEE", amount: 1, level: "ESELON_II", minutes: 60, quantity: 1.5 }, { field: "quantity", reason: "NOT_INTEGER" }],
    ["0 sessions", { category: "MODERATOR_FEE", amount: 1, quantity: 0 }, { field: "quantity", reason: "NOT_POSITIVE" }],
    ["-2 person-days", { category: "DAILY_ALLOWANCE_IN_TOWN", amount: 1, quantity: -2 }, { field: "quantity", reason: "NOT_POSITIVE" }],
    ["a JP with 3 decimals", { category: "TEACHER_FEE", amount: 1, quantity: 2.555 }, { field: "quantity", reason: "NOT_INTEGER" }],
    ["a quantity that is not a number", { category: "TEACHER_FEE", amount: 1, quantity: Number.NaN }, { field: "quantity", reason: "NOT_INTEGER" }],
    ["too many person-days", { category: "DAILY_ALLOWANCE_TRAINING", amount: 1, quantity: STANDARD_COST_MAX_QUANTITY + 1 }, { field: "quantity", reason: "TOO_LARGE" }],
    ["an unknown category", { category: "GIFTS" as never, amount: 1 }, { field: "category", reason: "UNKNOWN_CATEGORY" }],
  ])("refuses %s with INVALID_STANDARD_COST_INPUT", (_, input, error) => {
    expect(checkStandardCost(input)).toEqual({ ok: false, error: { code: "INVALID_STANDARD_COST_INPUT", message: expect.any(String), ...error } });
  });

  it.each<readonly [unknown, string]>([
    [-1, "NEGATIVE"],
    [1.5, "NOT_INTEGER"],
    [2 ** 53, "TOO_LARGE"],
  ])("refuses the amount %p with INVALID_AMOUNT %s, before the basis", (amount, reason) => {
    expect(checkStandardCost({ category: "SPEAKER_FEE", amount: amount as number })).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "INVALID_AMOUNT", field: "amount", reason }),
    });
  });

  it("accepts JP with 2 decimals and the largest quantity", () => {
    expect(checkStandardCost({ category: "TEACHER_FEE", amount: 100, quantity: 0.01 })).toEqual({ ok: true, value: { ceiling: 3_000, standard: "TEACHER_PER_JP_UNVERIFIED" } });
    expect(checkStandardCost({ category: "DAILY_ALLOWANCE_OUT_OF_TOWN", amount: 1, quantity: STANDARD_COST_MAX_QUANTITY }).ok).toBe(true);
  });

  it("maps every category to one of the typical APBD accounts", () => {
    const codes = APBD_ACCOUNTS.map((a) => a.code);
    expect(Object.keys(SPENDING_CATEGORY_ACCOUNT).sort()).toEqual([...SPENDING_CATEGORIES].sort());
    for (const category of SPENDING_CATEGORIES) expect(codes).toContain(SPENDING_CATEGORY_ACCOUNT[category]);
    expect(SPENDING_CATEGORY_ACCOUNT.SPEAKER_FEE).toBe("5.1.02.02.01.0003");
    expect(SPENDING_CATEGORY_ACCOUNT.MEALS).toBe("5.1.02.01.01.0052");
    expect(SPENDING_CATEGORY_ACCOUNT.TRAVEL).toBe("5.1.02.04.01.0001");
    expect(SPENDING_CATEGORY_ACCOUNT.COURSE_FEE).toBe("5.1.02.02.12.0001");
  });
});
