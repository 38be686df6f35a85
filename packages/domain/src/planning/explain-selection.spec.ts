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
      { id: "B", reason: "LOWER_VALUE_FOR_COST", cost: 30, value: 50, density: 50 / 30, extraBudgetNeeded: 30 },
      { id: "D", reason: "OVER_REMAINING_BUDGET", cost: 70, value: 500, density: 500 / 70, extraBudgetNeeded: 70 },
      { id: "E", reason: "LOWER_VALUE_FOR_COST", cost: 10, value: 0, density: 0, extraBudgetNeeded: 10 },
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
