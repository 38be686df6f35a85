import fc from "fast-check";
import { checkLineCeiling, MAX_LINE_CEILING } from "./ceiling.js";
import { lineFigures, openCommitment } from "./line-figures.js";
import { canEditSpend, canSpend } from "./spend.js";

describe("openCommitment", () => {
  it("is the programme's base less everything spent for it, capped at what the carrying line has left", () => {
    // The reviewer's case: base 64,800,000, the programme spent 49,200,000 (all on its training line of 90,000,000).
    expect(openCommitment({ base: 64_800_000, programmeSpent: 49_200_000, lineCeiling: 90_000_000, lineSpent: 49_200_000 })).toBe(15_600_000);
    // The same programme's commitment moved to a new 1,000,000 line: capped at that line's 1,000,000, not 64,800,000.
    expect(openCommitment({ base: 64_800_000, programmeSpent: 49_200_000, lineCeiling: 1_000_000, lineSpent: 0 })).toBe(1_000_000);
    // Spending elsewhere (another line, a batch-linked spend on an agency line) settles it too.
    expect(openCommitment({ base: 10_000_000, programmeSpent: 12_000_000, lineCeiling: 50_000_000, lineSpent: 0 })).toBe(0);
    expect(openCommitment({ base: 10_000_000, programmeSpent: 0, lineCeiling: 5_000_000, lineSpent: 5_000_000 })).toBe(0);
    expect(openCommitment({ base: Number.MAX_SAFE_INTEGER, programmeSpent: 0, lineCeiling: MAX_LINE_CEILING, lineSpent: 1 })).toBe(MAX_LINE_CEILING - 1);
  });

  it("throws a RangeError for figures that are not whole rupiah", () => {
    expect(() => openCommitment({ base: -1, programmeSpent: 0, lineCeiling: 0, lineSpent: 0 })).toThrow(RangeError);
    expect(() => openCommitment({ base: 0, programmeSpent: 0.5, lineCeiling: 0, lineSpent: 0 })).toThrow(RangeError);
  });

  it("never leaves a line with a negative remaining, and a spend of what remains always fits (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_LINE_CEILING }),
        fc.integer({ min: 0, max: MAX_LINE_CEILING }),
        fc.nat(Number.MAX_SAFE_INTEGER),
        fc.nat(Number.MAX_SAFE_INTEGER),
        (a, b, base, programmeSpent) => {
          const [spent, ceiling] = a <= b ? [a, b] : [b, a];
          const committed = openCommitment({ base, programmeSpent, lineCeiling: ceiling, lineSpent: spent });
          const { remaining } = lineFigures({ ceiling, spent, committed });
          expect(remaining).toBeGreaterThanOrEqual(0);
          // Without settling, exactly the remaining fits; a programme's own spend may use the whole capacity.
          if (remaining > 0) expect(canSpend({ ceiling, spent, committed }, remaining).ok).toBe(true);
          if (ceiling > spent) expect(canSpend({ ceiling, spent, committed }, ceiling - spent, { settlesCommitment: true }).ok).toBe(true);
        },
      ),
    );
  });
});

describe("lineFigures", () => {
  it("gives remaining = ceiling − spent − committed and the absorption", () => {
    expect(lineFigures({ ceiling: 90_000_000, spent: 49_200_000, committed: 15_600_000 })).toEqual({ remaining: 25_200_000, absorptionPercent: 54.67 });
    expect(lineFigures({ ceiling: 0, spent: 0, committed: 0 })).toEqual({ remaining: 0, absorptionPercent: null });
  });

  it("refuses figures that would leave a negative remaining (a programmer error)", () => {
    expect(() => lineFigures({ ceiling: 100, spent: 60, committed: 41 })).toThrow(RangeError);
    expect(() => lineFigures({ ceiling: 100, spent: 101, committed: 0 })).toThrow(RangeError);
  });
});

describe("MAX_LINE_CEILING", () => {
  it("keeps 500 lines at the largest ceiling below 2^53", () => {
    expect(Number.isSafeInteger(500 * MAX_LINE_CEILING)).toBe(true);
  });

  it("is checked on a ceiling, with ABOVE_MAX_CEILING", () => {
    expect(checkLineCeiling(MAX_LINE_CEILING, "ceiling")).toEqual({ ok: true, value: MAX_LINE_CEILING });
    expect(checkLineCeiling(0, "ceiling")).toEqual({ ok: true, value: 0 });
    expect(checkLineCeiling(MAX_LINE_CEILING + 1, "ceiling")).toEqual({
      ok: false,
      error: { code: "INVALID_AMOUNT", field: "ceiling", reason: "ABOVE_MAX_CEILING", message: expect.stringContaining("Rp10.000.000.000.000") },
    });
    expect(checkLineCeiling(2 ** 53 - 1, "ceiling")).toMatchObject({ ok: false, error: { reason: "ABOVE_MAX_CEILING" } });
    expect(checkLineCeiling(2 ** 53, "ceiling")).toMatchObject({ ok: false, error: { reason: "TOO_LARGE" } });
    expect(checkLineCeiling(-1, "ceiling")).toMatchObject({ ok: false, error: { reason: "NEGATIVE" } });
  });
});

describe("canEditSpend", () => {
  const line = { ceiling: 10_000_000, spent: 7_000_000, committed: 1_000_000 }; // 2,000,000 free

  it("lets a spending shrink or stay, and grow by what is free", () => {
    expect(canEditSpend(line, 1_000_000, 500_000)).toEqual({ ok: true, value: { increase: 0 } });
    expect(canEditSpend(line, 1_000_000, 1_000_000)).toEqual({ ok: true, value: { increase: 0 } });
    expect(canEditSpend(line, 1_000_000, 3_000_000)).toEqual({ ok: true, value: { increase: 2_000_000 } });
  });

  it("refuses growth past what is free, naming the most the spending may be", () => {
    expect(canEditSpend(line, 1_000_000, 3_000_001)).toEqual({
      ok: false,
      error: { code: "BUDGET_EXCEEDED", field: "amount", remaining: 3_000_000, message: expect.stringContaining("Rp3.000.000") },
    });
  });

  it("lets a programme's spend grow into its own commitment", () => {
    expect(canEditSpend(line, 1_000_000, 4_000_000, { settlesCommitment: true }).ok).toBe(true);
    expect(canEditSpend(line, 1_000_000, 4_000_001, { settlesCommitment: true })).toMatchObject({ ok: false, error: { remaining: 4_000_000 } });
  });

  it("agrees with canSpend on the line without the spending (property)", () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.nat(1_000_000), fc.nat(1_000_000), fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 2_000_000 }), (a, b, c, old, next) => {
        const ceiling = a + b + c + old;
        const spent = a + old;
        const committed = Math.min(c, ceiling - spent);
        const edit = canEditSpend({ ceiling, spent, committed }, old, next, { settlesCommitment: true });
        const asNew = canSpend({ ceiling, spent: spent - old, committed }, next, { settlesCommitment: true });
        expect(edit.ok).toBe(next <= old || asNew.ok);
      }),
    );
  });

  it("refuses a bad new amount as a spend's amount", () => {
    expect(canEditSpend(line, 1_000_000, 0)).toMatchObject({ ok: false, error: { code: "INVALID_AMOUNT", field: "amount", reason: "ZERO" } });
    expect(() => canEditSpend(line, 0, 5)).toThrow(RangeError);
  });
});
