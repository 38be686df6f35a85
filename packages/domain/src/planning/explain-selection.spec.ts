import fc from "fast-check";
import { smallInstanceArbitrary } from "./candidates.arbitrary.js";
import { explainSelection } from "./explain-selection.js";
import { selectProgrammesWithinBudget } from "./select-programmes.js";
import type { ProgrammeCandidate } from "./selection-input.js";

describe("explainSelection", () => {
  it("says why each candidate was left out", () => {
    const candidates: ProgrammeCandidate[] = [
      { id: "LATSAR", cost: 40, value: 10, mandatory: true },
      { id: "A", cost: 35, value: 70 },
      { id: "B", cost: 30, value: 50 },
      { id: "C", cost: 25, value: 45 },
      { id: "D", cost: 70, value: 500 },
      { id: "E", cost: 10, value: 0 },
    ];
    const selection = selectProgrammesWithinBudget(candidates, 100);
    expect(selection).toMatchObject({ ok: true, value: { selectedIds: ["LATSAR", "A", "C"], remaining: 0 } });
    if (!selection.ok) return;
    expect(explainSelection(candidates, selection.value)).toEqual([
      { id: "B", reason: "LOWER_VALUE_FOR_COST", cost: 30, value: 50, marginalValue: 50, density: 50 / 30, extraBudgetNeeded: 30 },
      { id: "D", reason: "OVER_REMAINING_BUDGET", cost: 70, value: 500, marginalValue: 500, density: 500 / 70, extraBudgetNeeded: 70 },
      { id: "E", reason: "LOWER_VALUE_FOR_COST", cost: 10, value: 0, marginalValue: 0, density: 0, extraBudgetNeeded: 10 },
    ]);
  });

  it("explains an exact tie by the cheaper plan, not by floating-point noise", () => {
    // B + C is worth 1.1 + 2.2 = 3.3, exactly A's value, for Rp 500,000 more: A is chosen and B and C are left out.
    const candidates: ProgrammeCandidate[] = [
      { id: "A", cost: 1_500_000, value: 3.3 },
      { id: "B", cost: 1_000_000, value: 1.1 },
      { id: "C", cost: 1_000_000, value: 2.2 },
    ];
    const selection = selectProgrammesWithinBudget(candidates, 2_000_000);
    expect(selection).toMatchObject({ ok: true, value: { selectedIds: ["A"] } });
    if (!selection.ok) return;
    expect(explainSelection(candidates, selection.value).map((l) => [l.id, l.reason, l.extraBudgetNeeded])).toEqual([
      ["B", "LOWER_VALUE_FOR_COST", 500_000],
      ["C", "LOWER_VALUE_FOR_COST", 500_000],
    ]);
  });

  it("reports values to 2 decimals, as the optimiser compared them", () => {
    const candidates: ProgrammeCandidate[] = [
      { id: "A", cost: 10, value: 1.005 },
      { id: "B", cost: 20, value: 2.4449 },
    ];
    const selection = selectProgrammesWithinBudget(candidates, 10);
    if (!selection.ok) throw new Error("expected a plan");
    expect(explainSelection(candidates, selection.value)).toEqual([
      { id: "B", reason: "OVER_REMAINING_BUDGET", cost: 20, value: 2.44, marginalValue: 2.44, density: 2.44 / 20, extraBudgetNeeded: 20 },
    ]);
  });

  it("explains every left-out candidate, and only those", () => {
    fc.assert(
      fc.property(smallInstanceArbitrary(), ({ candidates, ceiling }) => {
        const selection = selectProgrammesWithinBudget(candidates, ceiling);
        if (!selection.ok) return;
        const leftOut = explainSelection(candidates, selection.value);
        expect([...selection.value.selectedIds, ...leftOut.map((l) => l.id)].sort()).toEqual(candidates.map((c) => c.id).sort());
        for (const l of leftOut) {
          // An exact plan leaves out a valuable candidate only when it does not fit in what remains.
          if (l.value > 0) expect(l.extraBudgetNeeded).toBeGreaterThan(0);
        }
      }),
    );
  });
});
