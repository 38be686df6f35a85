import fc from "fast-check";
import { aggregateNeeds, aggregateNeedsResult, NEED_ROW_INVALID_REASONS, type NeedRow, type NeedRowInvalidReason } from "./aggregate-needs.js";

describe("aggregateNeeds", () => {
  it("totals needs per unit × competency, sorted by unit then competency", () => {
    const rows: NeedRow[] = [
      { unitId: "dinkes", competencyCode: "M.KOMUNIKASI", gap: 2, priority: 40 },
      { unitId: "dinkes", competencyCode: "M.KOMUNIKASI", gap: -1, priority: 5 },
      { unitId: "dinkes", competencyCode: "M.KOMUNIKASI", gap: 1, priority: 55.5 },
      { unitId: "dinkes", competencyCode: "M.KOMUNIKASI", gap: null },
      { unitId: "bkpsdm", competencyCode: "T.ARSIP", gap: 0 },
      { unitId: "dinkes", competencyCode: "M.INTEGRITAS", gap: null },
    ];
    expect(aggregateNeeds(rows)).toEqual([
      { unitId: "bkpsdm", competencyCode: "T.ARSIP", employeesAssessed: 1, employeesInNeed: 0, totalGap: 0, meanGap: 0, maxPriority: null },
      {
        unitId: "dinkes",
        competencyCode: "M.INTEGRITAS",
        employeesAssessed: 0,
        employeesInNeed: 0,
        totalGap: 0,
        meanGap: null,
        maxPriority: null,
      },
      { unitId: "dinkes", competencyCode: "M.KOMUNIKASI", employeesAssessed: 3, employeesInNeed: 2, totalGap: 3, meanGap: 1, maxPriority: 55.5 },
    ]);
  });

  it("returns nothing for no rows", () => {
    expect(aggregateNeeds([])).toEqual([]);
  });

  it("rounds the mean gap half up to 2 decimals", () => {
    const rows = [2, 0, 0].map((gap) => ({ unitId: "u", competencyCode: "c", gap }));
    expect(aggregateNeeds(rows)[0]?.meanGap).toBe(0.67);
  });

  it("keeps every row: the counts add up to the input, whatever the order", () => {
    const row = fc.record({
      unitId: fc.constantFrom("a", "b", "B", "ä"),
      competencyCode: fc.constantFrom("M.X", "T.Y"),
      gap: fc.option(fc.integer({ min: -4, max: 4 })),
      priority: fc.option(fc.integer({ min: 0, max: 100 })),
    });
    fc.assert(
      fc.property(fc.array(row), (rows) => {
        const aggregates = aggregateNeeds(rows);
        const assessed = rows.filter((r) => r.gap !== null);
        expect(aggregates.reduce((s, a) => s + a.employeesAssessed, 0)).toBe(assessed.length);
        expect(aggregates.reduce((s, a) => s + a.employeesInNeed, 0)).toBe(assessed.filter((r) => (r.gap ?? 0) > 0).length);
        expect(aggregates.reduce((s, a) => s + a.totalGap, 0)).toBe(assessed.reduce((s, r) => s + Math.max(0, r.gap ?? 0), 0));
        expect(new Set(aggregates.map((a) => `${a.unitId}|${a.competencyCode}`)).size).toBe(aggregates.length);
        expect(aggregateNeeds([...rows].reverse())).toEqual(aggregates);
        const keys = aggregates.map((a) => [a.unitId, a.competencyCode] as const);
        expect(keys).toEqual([...keys].sort(([u1, c1], [u2, c2]) => (u1 < u2 ? -1 : u1 > u2 ? 1 : c1 < c2 ? -1 : c1 > c2 ? 1 : 0)));
      }),
    );
  });
});

describe("aggregateNeedsResult", () => {
  const good = { unitId: "u", competencyCode: "M.X", gap: 1 };
  const refused: ReadonlyArray<readonly [string, unknown, string, NeedRowInvalidReason]> = [
    ["a row without a gap (not 'assessed with gap 0')", { unitId: "u", competencyCode: "M.X" }, "rows[1].gap", "MISSING"],
    ["a row that is not an object", 7, "rows[1]", "NOT_A_ROW"],
    ["an empty unit id", { ...good, unitId: "" }, "rows[1].unitId", "MISSING"],
    ["a fractional gap", { ...good, gap: 0.5 }, "rows[1].gap", "NOT_INTEGER"],
    ["a NaN gap", { ...good, gap: Number.NaN }, "rows[1].gap", "NOT_INTEGER"],
    ["a gap of 5", { ...good, gap: 5 }, "rows[1].gap", "OUT_OF_RANGE"],
    ["a NaN priority", { ...good, priority: Number.NaN }, "rows[1].priority", "NOT_A_NUMBER"],
  ];

  it.each(refused)("refuses %s", (_, row, field, reason) => {
    const rows = [good, row] as NeedRow[];
    expect(aggregateNeedsResult(rows)).toEqual({ ok: false, error: { code: "INVALID_NEED_ROW", field, reason, message: expect.any(String) } });
    expect(() => aggregateNeeds(rows)).toThrow(RangeError);
  });

  it("has a table case for every reason", () => {
    expect(new Set(refused.map(([, , , reason]) => reason))).toEqual(new Set(NEED_ROW_INVALID_REASONS));
  });

  it("counts a row with gap null as not assessed", () => {
    expect(aggregateNeedsResult([{ ...good, gap: null }])).toMatchObject({ ok: true, value: [{ employeesAssessed: 0, meanGap: null }] });
  });

  it("never throws on anything", () => {
    fc.assert(fc.property(fc.anything(), (x) => expect(typeof aggregateNeedsResult(x as NeedRow[]).ok).toBe("boolean")));
  });
});
