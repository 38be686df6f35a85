import fc from "fast-check";
import { applyRevision, REVISION_REASON_MAX_LENGTH, type BudgetRevision, type RevisableLine } from "./revisions.js";
import { MAX_LINE_CEILING } from "./ceiling.js";

const lines: RevisableLine[] = [
  { id: "training", ceiling: 1_000_000_000, spent: 600_000_000 },
  { id: "speakers", ceiling: 150_000_000, spent: 150_000_000 },
  { id: "travel", ceiling: 80_000_000, spent: 0 },
];
const transfer = (amount: number, fromLineId = "training", toLineId = "speakers", reason = "Narasumber tambahan"): BudgetRevision => ({
  kind: "TRANSFER",
  fromLineId,
  toLineId,
  amount,
  reason,
});
const change = (newCeiling: number, lineId = "travel", reason = "APBD-P 2026"): BudgetRevision => ({ kind: "CHANGE", lineId, newCeiling, reason });

describe("applyRevision", () => {
  it("moves ceiling between two lines, giving both", () => {
    expect(applyRevision(lines, transfer(50_000_000))).toEqual({
      ok: true,
      value: [
        { id: "training", ceiling: 950_000_000 },
        { id: "speakers", ceiling: 200_000_000 },
      ],
    });
  });

  it("may bring the giving line down to exactly what it spent, not 1 rupiah further", () => {
    expect(applyRevision(lines, transfer(400_000_000))).toEqual({
      ok: true,
      value: [
        { id: "training", ceiling: 600_000_000 },
        { id: "speakers", ceiling: 550_000_000 },
      ],
    });
    expect(applyRevision(lines, transfer(400_000_001))).toEqual({
      ok: false,
      error: { code: "REVISION_BELOW_SPENT", field: "amount", lineId: "training", spent: 600_000_000, message: expect.stringContaining("Rp600.000.000") },
    });
  });

  it("refuses to take ceiling from a fully spent line", () => {
    expect(applyRevision(lines, transfer(1, "speakers", "travel"))).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "REVISION_BELOW_SPENT", field: "amount", lineId: "speakers", spent: 150_000_000 }),
    });
  });

  it("changes one line's ceiling (APBD-P), down to its spent and no lower", () => {
    expect(applyRevision(lines, change(120_000_000))).toEqual({ ok: true, value: [{ id: "travel", ceiling: 120_000_000 }] });
    expect(applyRevision(lines, change(0))).toEqual({ ok: true, value: [{ id: "travel", ceiling: 0 }] });
    expect(applyRevision(lines, change(600_000_000, "training"))).toEqual({ ok: true, value: [{ id: "training", ceiling: 600_000_000 }] });
    expect(applyRevision(lines, change(599_999_999, "training"))).toEqual({
      ok: false,
      error: { code: "REVISION_BELOW_SPENT", field: "newCeiling", lineId: "training", spent: 600_000_000, message: expect.any(String) },
    });
  });

  it("gives no line when a CHANGE keeps the ceiling", () => {
    expect(applyRevision(lines, change(80_000_000))).toEqual({ ok: true, value: [] });
  });

  it.each<readonly [string, BudgetRevision, Record<string, unknown>]>([
    ["an empty reason", transfer(1, "training", "speakers", "   "), { code: "INVALID_REVISION", field: "reason", reason: "EMPTY" }],
    ["a reason over 1000 characters", transfer(1, "training", "speakers", "a".repeat(REVISION_REASON_MAX_LENGTH + 1)), { code: "INVALID_REVISION", field: "reason", reason: "TOO_LONG" }],
    ["a reason that is a formula", change(1, "travel", "=HYPERLINK(1)"), { code: "INVALID_REVISION", field: "reason", reason: "FORMULA" }],
    ["the same line on both sides", transfer(1, "travel", "travel"), { code: "INVALID_REVISION", field: "toLineId", reason: "SAME_LINE" }],
    ["an unknown line to take from", transfer(1, "nope", "travel"), { code: "INVALID_REVISION", field: "fromLineId", reason: "UNKNOWN_LINE" }],
    ["an unknown line to give to", transfer(1, "travel", "nope"), { code: "INVALID_REVISION", field: "toLineId", reason: "UNKNOWN_LINE" }],
    ["an unknown line to change", change(1, "nope"), { code: "INVALID_REVISION", field: "lineId", reason: "UNKNOWN_LINE" }],
    ["an unknown kind", { kind: "MERGE" } as unknown as BudgetRevision, { code: "INVALID_REVISION", field: "kind", reason: "UNKNOWN_KIND" }],
    ["a zero transfer", transfer(0), { code: "INVALID_AMOUNT", field: "amount", reason: "ZERO" }],
    ["a negative transfer", transfer(-5), { code: "INVALID_AMOUNT", field: "amount", reason: "NEGATIVE" }],
    ["a fractional transfer", transfer(1.5), { code: "INVALID_AMOUNT", field: "amount", reason: "NOT_INTEGER" }],
    ["a negative new ceiling", change(-1), { code: "INVALID_AMOUNT", field: "newCeiling", reason: "NEGATIVE" }],
    ["a fractional new ceiling", change(0.5), { code: "INVALID_AMOUNT", field: "newCeiling", reason: "NOT_INTEGER" }],
    ["an unsafe new ceiling", change(2 ** 53), { code: "INVALID_AMOUNT", field: "newCeiling", reason: "TOO_LARGE" }],
  ])("refuses %s", (_, revision, error) => {
    const result = applyRevision(lines, revision);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ ...error, message: expect.any(String) }) });
  });

  it("accepts a reason of exactly 1000 characters", () => {
    expect(applyRevision(lines, transfer(1, "training", "travel", "a".repeat(REVISION_REASON_MAX_LENGTH))).ok).toBe(true);
  });

  it("refuses a transfer that would take the receiving line past MAX_LINE_CEILING, naming the amount", () => {
    const big = [
      { id: "a", ceiling: 10, spent: 0 },
      { id: "b", ceiling: MAX_LINE_CEILING - 5, spent: 0 },
    ];
    expect(applyRevision(big, transfer(6, "a", "b"))).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "INVALID_AMOUNT", field: "amount", reason: "ABOVE_MAX_CEILING" }),
    });
    expect(applyRevision(big, transfer(5, "a", "b"))).toEqual({ ok: true, value: [{ id: "a", ceiling: 5 }, { id: "b", ceiling: MAX_LINE_CEILING }] });
  });

  it("refuses a new ceiling above MAX_LINE_CEILING on newCeiling", () => {
    expect(applyRevision(lines, change(MAX_LINE_CEILING + 1))).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "INVALID_AMOUNT", field: "newCeiling", reason: "ABOVE_MAX_CEILING" }),
    });
    expect(applyRevision(lines, change(MAX_LINE_CEILING)).ok).toBe(true);
  });

  it("throws a RangeError for lines that are not the system's own checked figures", () => {
    expect(() => applyRevision([...lines, lines[0] as RevisableLine], change(1))).toThrow(RangeError);
    expect(() => applyRevision([{ id: "x", ceiling: 1.5, spent: 0 }], change(1, "x"))).toThrow(RangeError);
  });

  it("a TRANSFER keeps the sum of ceilings and never brings a line below its spent", () => {
    const linesArb = fc
      .uniqueArray(
        fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), ceiling: fc.integer({ min: 0, max: 1e12 }), ratio: fc.double({ min: 0, max: 1, noNaN: true }) }),
        { minLength: 2, maxLength: 6, selector: (l) => l.id },
      )
      .map((ls) => ls.map(({ id, ceiling, ratio }) => ({ id, ceiling, spent: Math.floor(ceiling * ratio) })));
    fc.assert(
      fc.property(linesArb, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 2e12 }), (ls, i, j, amount) => {
        const from = ls[i % ls.length] as RevisableLine;
        const to = ls[j % ls.length] as RevisableLine;
        const result = applyRevision(ls, transfer(amount, from.id, to.id));
        if (from.id === to.id) {
          expect(result).toEqual({ ok: false, error: expect.objectContaining({ reason: "SAME_LINE" }) });
          return;
        }
        if (from.ceiling - amount < from.spent) {
          expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: "REVISION_BELOW_SPENT", spent: from.spent }) });
          return;
        }
        if (!result.ok) throw new Error(result.error.message);
        const after = ls.map((l) => result.value.find((c) => c.id === l.id)?.ceiling ?? l.ceiling);
        expect(after.reduce((a, b) => a + b, 0)).toBe(ls.reduce((a, l) => a + l.ceiling, 0));
        ls.forEach((l, k) => expect(after[k]).toBeGreaterThanOrEqual(l.spent));
        expect(result.value.map((c) => c.id)).toEqual([from.id, to.id]);
      }),
    );
  });
});
