import fc from "fast-check";
import { DEVELOPMENT_KINDS, type DevelopmentKind } from "./development-kinds.js";
import { JP_CREDIT_RULES, JP_MINUTES, creditJp, type DevelopmentActivity, type JpCreditRules } from "./jp-credit.js";

const value = (activity: DevelopmentActivity) => {
  const result = creditJp(activity);
  if (!result.ok) throw new Error(`expected a credit, got ${JSON.stringify(result.error)}`);
  return result.value;
};
const refusal = (activity: DevelopmentActivity) => {
  const result = creditJp(activity);
  if (result.ok) throw new Error(`expected a refusal, got ${result.value}`);
  return result.error;
};

describe("creditJp: the default table (DOMAIN.md §2, BPS B-031/2019)", () => {
  it("1 JP is 45 minutes", () => {
    expect(JP_MINUTES).toBe(45);
  });

  it.each([
    "LEADERSHIP_TRAINING",
    "MANAGERIAL_TRAINING",
    "TECHNICAL_TRAINING",
    "FUNCTIONAL_TRAINING",
    "SOCIO_CULTURAL_TRAINING",
    "COURSE",
    "UPGRADING",
    "TECHNICAL_GUIDANCE",
    "DISTANCE_LEARNING",
    "OUTBOUND",
    "ON_THE_JOB_GUIDANCE",
  ] as const)("credits %s with the programme's actual JP", (kind) => {
    expect(value({ kind, jp: 908 })).toBe(908);
    expect(value({ kind, jp: 1.5 })).toBe(1.5);
    expect(value({ kind, jp: 0 })).toBe(0);
    expect(value({ kind, jp: 2.005 })).toBe(2.01);
    expect(value({ kind, jp: 908, days: 3 })).toBe(908);
  });

  it.each([
    ["SEMINAR", 4],
    ["SOCIALISATION", 4],
    ["WORKSHOP", 5],
  ] as const)("credits %s with %i JP per day", (kind, perDay) => {
    expect(value({ kind, days: 1 })).toBe(perDay);
    expect(value({ kind, days: 3 })).toBe(3 * perDay);
    expect(value({ kind, days: 0 })).toBe(0);
    expect(value({ kind, days: 2, jp: 100 })).toBe(2 * perDay);
  });

  it.each(["COACHING", "MENTORING"] as const)("credits %s with 2 JP per session, at most 2 sessions a calendar month", (kind) => {
    expect(value({ kind, sessionDates: [] })).toBe(0);
    expect(value({ kind, sessionDates: ["2026-03-02"] })).toBe(2);
    expect(value({ kind, sessionDates: ["2026-03-02", "2026-03-09"] })).toBe(4);
    expect(value({ kind, sessionDates: ["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23"] })).toBe(4);
    // 31 March and 1 April are different months; March 2025 is not March 2026: 2 + 1 + 1 sessions counted.
    expect(value({ kind, sessionDates: ["2026-03-02", "2026-03-09", "2026-03-31", "2026-04-01", "2025-03-05"] })).toBe(8);
    // two sessions on one day are two sessions
    expect(value({ kind, sessionDates: ["2026-05-04", "2026-05-04"] })).toBe(4);
  });

  it("credits E_LEARNING with the actual JP, at most 3 JP a day", () => {
    expect(value({ kind: "E_LEARNING", jpByDay: [] })).toBe(0);
    expect(value({ kind: "E_LEARNING", jpByDay: [1.5, 3, 4, 10] })).toBe(1.5 + 3 + 3 + 3);
    expect(value({ kind: "E_LEARNING", jpByDay: [0.1, 0.2] })).toBe(0.3);
  });

  it.each(["SELF_STUDY", "LEARNING_COMMUNITY"] as const)("credits %s with at most 2 JP a day", (kind) => {
    expect(value({ kind, jpByDay: [1, 2, 3, 0.5] })).toBe(1 + 2 + 2 + 0.5);
  });

  it("credits BENCHMARKING with 10 JP each, one by default", () => {
    expect(value({ kind: "BENCHMARKING" })).toBe(10);
    expect(value({ kind: "BENCHMARKING", count: null })).toBe(10);
    expect(value({ kind: "BENCHMARKING", count: 3 })).toBe(30);
    expect(value({ kind: "BENCHMARKING", count: 0 })).toBe(0);
  });

  it.each(["SECONDMENT", "EXCHANGE", "INTERNSHIP"] as const)("credits %s with 20 JP each, one by default", (kind) => {
    expect(value({ kind })).toBe(20);
    expect(value({ kind, count: 2 })).toBe(40);
  });

  it.each(["DEGREE_STUDY_ASSIGNED", "DEGREE_STUDY_PERMITTED"] as const)("credits %s with 20 JP per semester", (kind) => {
    expect(value({ kind, semesters: 1 })).toBe(20);
    expect(value({ kind, semesters: 4 })).toBe(80);
  });

  it("has a frozen rule for every kind", () => {
    expect(Object.keys(JP_CREDIT_RULES).sort()).toEqual([...DEVELOPMENT_KINDS].sort());
    expect(Object.isFrozen(JP_CREDIT_RULES)).toBe(true);
  });

  it("takes another table", () => {
    const rules: JpCreditRules = { ...JP_CREDIT_RULES, SEMINAR: { method: "PER_DAY", jpPerDay: 6 }, COACHING: { method: "PER_SESSION_MONTHLY_CAP", jpPerSession: 1, maxSessionsPerMonth: 4 } };
    expect(creditJp({ kind: "SEMINAR", days: 2 }, rules)).toEqual({ ok: true, value: 12 });
    expect(creditJp({ kind: "COACHING", sessionDates: ["2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04", "2026-01-05"] }, rules)).toEqual({
      ok: true,
      value: 4,
    });
    const { SEMINAR: _omitted, ...withoutSeminar } = JP_CREDIT_RULES;
    expect(() => creditJp({ kind: "SEMINAR", days: 1 }, withoutSeminar as JpCreditRules)).toThrow(RangeError);
  });
});

describe("creditJp: refusals", () => {
  it.each(["YOGA", "seminar", "", "constructor", "__proto__"])("refuses the kind %j as UNKNOWN_KIND on field kind", (kind) => {
    expect(refusal({ kind })).toMatchObject({ code: "UNKNOWN_KIND", field: "kind" });
  });

  it("refuses a missing kind and a non-object", () => {
    expect(refusal({} as DevelopmentActivity)).toMatchObject({ code: "UNKNOWN_KIND", field: "kind" });
    expect(refusal(null as unknown as DevelopmentActivity)).toMatchObject({ code: "INVALID_ACTIVITY", field: "activity" });
  });

  it.each<readonly [DevelopmentActivity, string, string]>([
    [{ kind: "TECHNICAL_TRAINING" }, "jp", "MISSING"],
    [{ kind: "TECHNICAL_TRAINING", jp: null }, "jp", "MISSING"],
    [{ kind: "TECHNICAL_TRAINING", jp: -1 }, "jp", "NEGATIVE"],
    [{ kind: "TECHNICAL_TRAINING", jp: -0.01 }, "jp", "NEGATIVE"],
    [{ kind: "TECHNICAL_TRAINING", jp: Number.NaN }, "jp", "NOT_A_NUMBER"],
    [{ kind: "TECHNICAL_TRAINING", jp: "8" as unknown as number }, "jp", "NOT_A_NUMBER"],
    [{ kind: "TECHNICAL_TRAINING", jp: Number.POSITIVE_INFINITY }, "jp", "NOT_FINITE"],
    [{ kind: "SEMINAR" }, "days", "MISSING"],
    [{ kind: "SEMINAR", days: -1 }, "days", "NEGATIVE"],
    [{ kind: "SEMINAR", days: 1.5 }, "days", "NOT_INTEGER"],
    [{ kind: "WORKSHOP", days: Number.POSITIVE_INFINITY }, "days", "NOT_FINITE"],
    [{ kind: "SOCIALISATION", days: 1e300 }, "days", "TOO_LARGE"],
    [{ kind: "BENCHMARKING", count: -1 }, "count", "NEGATIVE"],
    [{ kind: "INTERNSHIP", count: 0.5 }, "count", "NOT_INTEGER"],
    [{ kind: "EXCHANGE", count: Number.NaN }, "count", "NOT_A_NUMBER"],
    [{ kind: "DEGREE_STUDY_ASSIGNED" }, "semesters", "MISSING"],
    [{ kind: "DEGREE_STUDY_PERMITTED", semesters: 2.5 }, "semesters", "NOT_INTEGER"],
    [{ kind: "DEGREE_STUDY_PERMITTED", semesters: -2 }, "semesters", "NEGATIVE"],
    [{ kind: "COACHING" }, "sessionDates", "MISSING"],
    [{ kind: "MENTORING", sessionDates: "2026-01-01" as unknown as string[] }, "sessionDates", "NOT_A_LIST"],
    [{ kind: "COACHING", sessionDates: ["2026-01-01", "2026-01-02", "2026-02-30"] }, "sessionDates[2]", "INVALID_DATE"],
    [{ kind: "COACHING", sessionDates: ["2026-1-01"] }, "sessionDates[0]", "INVALID_DATE"],
    [{ kind: "COACHING", sessionDates: ["2026-01-01T10:00"] }, "sessionDates[0]", "INVALID_DATE"],
    [{ kind: "COACHING", sessionDates: [20260101 as unknown as string] }, "sessionDates[0]", "INVALID_DATE"],
    [{ kind: "E_LEARNING" }, "jpByDay", "MISSING"],
    [{ kind: "E_LEARNING", jpByDay: [-1] }, "jpByDay[0]", "NEGATIVE"],
    [{ kind: "SELF_STUDY", jpByDay: [1, Number.NaN] }, "jpByDay[1]", "NOT_A_NUMBER"],
    [{ kind: "LEARNING_COMMUNITY", jpByDay: [1, 1, Number.NEGATIVE_INFINITY] }, "jpByDay[2]", "NOT_FINITE"],
  ])("refuses %j as INVALID_ACTIVITY on %s (%s)", (activity, field, reason) => {
    expect(refusal(activity)).toMatchObject({ code: "INVALID_ACTIVITY", field, reason, message: expect.stringContaining(field) });
  });
});

describe("creditJp: properties", () => {
  const date = fc
    .record({ year: fc.integer({ min: 2020, max: 2030 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
    .map(({ year, month, day }) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);

  it("coaching and mentoring never credit more than 4 JP in a calendar month", () => {
    fc.assert(
      fc.property(fc.constantFrom<DevelopmentKind>("COACHING", "MENTORING"), fc.array(date, { maxLength: 60 }), (kind, sessionDates) => {
        const months = new Set(sessionDates.map((d) => d.slice(0, 7)));
        const total = value({ kind, sessionDates });
        expect(total).toBeLessThanOrEqual(4 * months.size);
        expect(total).toBeLessThanOrEqual(2 * sessionDates.length);
        for (const month of months) expect(value({ kind, sessionDates: sessionDates.filter((d) => d.startsWith(month)) })).toBeLessThanOrEqual(4);
      }),
    );
  });

  it("capped-per-day kinds never credit more than the cap times the days, nor more than was studied", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<readonly [DevelopmentKind, number]>(["E_LEARNING", 3], ["SELF_STUDY", 2], ["LEARNING_COMMUNITY", 2]),
        fc.array(fc.double({ min: 0, max: 24, noNaN: true }), { maxLength: 40 }),
        ([kind, cap], jpByDay) => {
          const total = value({ kind, jpByDay });
          expect(total).toBeGreaterThanOrEqual(0);
          expect(total).toBeLessThanOrEqual(cap * jpByDay.length + 0.005);
          expect(total).toBeLessThanOrEqual(jpByDay.reduce((a, b) => a + b, 0) + 0.005);
        },
      ),
    );
  });

  it("every credit is a finite number >= 0 with at most 2 decimals, or a refusal naming a field", () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            kind: fc.oneof(fc.constantFrom(...DEVELOPMENT_KINDS), fc.string()),
            jp: fc.oneof(fc.double(), fc.constant(undefined)),
            days: fc.oneof(fc.integer({ min: -5, max: 400 }), fc.double(), fc.constant(undefined)),
            count: fc.oneof(fc.integer({ min: -5, max: 50 }), fc.constant(undefined)),
            semesters: fc.oneof(fc.integer({ min: -5, max: 20 }), fc.constant(undefined)),
            sessionDates: fc.oneof(fc.array(fc.oneof(date, fc.string())), fc.constant(undefined)),
            jpByDay: fc.oneof(fc.array(fc.double()), fc.constant(undefined)),
          },
          { requiredKeys: ["kind"] },
        ),
        (activity) => {
          const result = creditJp(activity);
          if (result.ok) {
            expect(Number.isFinite(result.value)).toBe(true);
            expect(result.value).toBeGreaterThanOrEqual(0);
            // below 1e9 a double still resolves hundredths exactly enough to check the rounding
            if (result.value < 1e9) expect(Math.abs(result.value * 100 - Math.round(result.value * 100))).toBeLessThan(1e-4);
          } else {
            expect(["UNKNOWN_KIND", "INVALID_ACTIVITY"]).toContain(result.error.code);
            expect(result.error.field).toMatch(/^(kind|jp|days|count|semesters|sessionDates(\[\d+\])?|jpByDay(\[\d+\])?)$/);
          }
        },
      ),
    );
  });
});
