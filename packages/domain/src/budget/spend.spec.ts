import fc from "fast-check";
import { canSpend, type BudgetLineMoney } from "./spend.js";

const line = (ceiling: number, spent: number, committed: number): BudgetLineMoney => ({ ceiling, spent, committed });

describe("canSpend", () => {
  const l = line(10_000_000, 6_000_000, 1_500_000); // 2,500,000 available

  it("allows exactly the remaining amount, leaving 0", () => {
    expect(canSpend(l, 2_500_000)).toEqual({ ok: true, value: { remainingAfter: 0 } });
  });

  it("refuses 1 rupiah over with BUDGET_EXCEEDED, the remaining amount and a message naming it", () => {
    expect(canSpend(l, 2_500_001)).toEqual({
      ok: false,
      error: { code: "BUDGET_EXCEEDED", field: "amount", remaining: 2_500_000, message: expect.stringContaining("Rp2.500.000") },
    });
  });

  it.each([
    [line(100, 0, 0), 1, 99],
    [line(100, 0, 0), 100, 0],
    [line(100, 30, 20), 50, 0],
    [line(100, 30, 20), 10, 40],
    [line(Number.MAX_SAFE_INTEGER, 0, 0), Number.MAX_SAFE_INTEGER, 0],
  ])("%j: spending %d leaves %d", (money, amount, after) => {
    expect(canSpend(money, amount)).toEqual({ ok: true, value: { remainingAfter: after } });
  });

  it.each([
    [line(100, 30, 20), 51, 50],
    [line(100, 100, 0), 1, 0],
    [line(100, 90, 20), 1, 0], // over-committed: nothing fits, remaining is never negative
    [line(0, 0, 0), 1, 0],
  ])("%j refuses %d with remaining %d", (money, amount, remaining) => {
    const result = canSpend(money, amount);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: "BUDGET_EXCEEDED", field: "amount", remaining }) });
  });

  it.each<readonly [unknown, string]>([
    [0, "ZERO"],
    [-1, "NEGATIVE"],
    [1.5, "NOT_INTEGER"],
    [Number.NaN, "NOT_INTEGER"],
    ["100", "NOT_INTEGER"],
    [null, "NOT_INTEGER"],
    [2 ** 53, "TOO_LARGE"],
  ])("refuses the amount %p with INVALID_AMOUNT reason %s", (amount, reason) => {
    expect(canSpend(l, amount as number)).toEqual({ ok: false, error: { code: "INVALID_AMOUNT", field: "amount", reason, message: expect.any(String) } });
  });

  it("checks the amount before the line's room (a bad amount on a full line is INVALID_AMOUNT)", () => {
    expect(canSpend(line(0, 0, 0), 0)).toEqual({ ok: false, error: expect.objectContaining({ code: "INVALID_AMOUNT", reason: "ZERO" }) });
  });

  it.each([line(1.5, 0, 0), line(100, -1, 0), line(100, 0, Number.NaN)])("throws a RangeError for a line that is not whole rupiah: %j", (money) => {
    expect(() => canSpend(money, 1)).toThrow(RangeError);
  });

  describe("settlesCommitment", () => {
    const programme = line(1_000, 200, 500); // 300 free, 500 committed

    it("releases the settled part of the commitment first", () => {
      expect(canSpend(programme, 500)).toEqual({ ok: false, error: expect.objectContaining({ code: "BUDGET_EXCEEDED", remaining: 300 }) });
      expect(canSpend(programme, 500, { settlesCommitment: true })).toEqual({ ok: true, value: { remainingAfter: 300 } });
    });

    it("allows up to ceiling − spent, and names that as remaining when refused", () => {
      expect(canSpend(programme, 800, { settlesCommitment: true })).toEqual({ ok: true, value: { remainingAfter: 0 } });
      expect(canSpend(programme, 801, { settlesCommitment: true })).toEqual({
        ok: false,
        error: expect.objectContaining({ code: "BUDGET_EXCEEDED", remaining: 800, message: expect.stringContaining("Rp800") }),
      });
    });

    it("is the default false", () => {
      expect(canSpend(programme, 301, {})).toEqual({ ok: false, error: expect.objectContaining({ remaining: 300 }) });
      expect(canSpend(programme, 301, { settlesCommitment: false })).toEqual({ ok: false, error: expect.objectContaining({ remaining: 300 }) });
    });

    it("changes nothing without a commitment", () => {
      expect(canSpend(line(100, 40, 0), 61, { settlesCommitment: true })).toEqual({ ok: false, error: expect.objectContaining({ remaining: 60 }) });
    });
  });

  it("accepts exactly 33 of 50 spends of 3% of a ceiling, one after another", () => {
    for (const ceiling of [100, 1_000_000, 1_500_000_000, 2_345_600]) {
      const amount = (ceiling * 3) / 100;
      let spent = 0;
      const refusals: unknown[] = [];
      let accepted = 0;
      for (let i = 0; i < 50; i += 1) {
        const result = canSpend(line(ceiling, spent, 0), amount);
        if (result.ok) {
          accepted += 1;
          spent += amount;
          expect(result.value.remainingAfter).toBe(ceiling - spent);
        } else {
          refusals.push(result.error.code);
        }
      }
      expect(accepted).toBe(33);
      expect(spent).toBeLessThanOrEqual(ceiling);
      expect(new Set(refusals)).toEqual(new Set(["BUDGET_EXCEEDED"]));
    }
  });

  const lines = fc
    .tuple(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 1e12 }))
    .map(([a, b, c]) => {
      const [spent, ceiling] = a <= b ? [a, b] : [b, a];
      return line(ceiling, spent, c);
    });

  it("accepts exactly the amounts up to ceiling − spent − committed, and says what remains", () => {
    fc.assert(
      fc.property(lines, fc.integer({ min: 1, max: 3e12 }), (money, amount) => {
        const free = money.ceiling - money.spent - money.committed;
        const result = canSpend(money, amount);
        if (amount <= free) expect(result).toEqual({ ok: true, value: { remainingAfter: free - amount } });
        else expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: "BUDGET_EXCEEDED", remaining: Math.max(0, free) }) });
      }),
    );
  });

  it("with settlesCommitment, the refusal's remaining is the largest amount that fits", () => {
    fc.assert(
      fc.property(lines, fc.integer({ min: 1, max: 3e12 }), (money, amount) => {
        const opts = { settlesCommitment: true };
        const released = Math.min(amount, money.committed);
        const result = canSpend(money, amount, opts);
        if (amount <= money.ceiling - money.spent - money.committed + released) {
          expect(result).toEqual({ ok: true, value: { remainingAfter: money.ceiling - money.spent - amount - (money.committed - released) } });
          return;
        }
        if (result.ok) throw new Error("accepted an amount that does not fit");
        const { remaining } = result.error as { remaining: number };
        expect(remaining).toBeGreaterThanOrEqual(0);
        if (remaining > 0) expect(canSpend(money, remaining, opts).ok).toBe(true);
        expect(canSpend(money, remaining + 1, opts).ok).toBe(false);
      }),
    );
  });
});
