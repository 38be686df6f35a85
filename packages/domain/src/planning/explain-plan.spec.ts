import { explainCoverageSelection } from "./explain-coverage.js";
import { explainPlan } from "./explain-plan.js";
import { explainSelection } from "./explain-selection.js";
import { selectPlanByCoverage } from "./select-plan-by-coverage.js";
import { selectProgrammesWithinBudget } from "./select-programmes.js";

describe("explainPlan", () => {
  it("gives a coverage plan's run as facts, every reason counted", () => {
    const input = {
      candidates: [
        { id: "LATSAR", cost: 300, participants: 30, competencyIds: ["X"], mandatory: true },
        { id: "SAME", cost: 100, participants: 30, competencyIds: ["X"] },
        { id: "DEAR", cost: 900, participants: 40, competencyIds: ["Y"] },
        { id: "W", cost: 200, participants: 10, competencyIds: ["W"] },
      ],
      needs: [
        { competencyId: "X", employeesInNeed: 30, meanPriority: 60 },
        { competencyId: "Y", employeesInNeed: 40, meanPriority: 50 },
        { competencyId: "W", employeesInNeed: 10, meanPriority: 30 },
      ],
      ceiling: 600,
    };
    const selection = selectPlanByCoverage(input);
    if (!selection.ok) throw new Error(selection.error.code);
    const leftOut = explainCoverageSelection(input, selection.value);
    if (!leftOut.ok) throw new Error(leftOut.error.code);
    expect(explainPlan({ candidates: input.candidates, selection: selection.value, leftOut: leftOut.value })).toEqual({
      method: "EXACT",
      candidateCount: 4,
      selectedCount: 2,
      mandatoryCount: 1,
      totalCost: 500,
      totalValue: 2100,
      remaining: 100,
      ceiling: 600,
      leftOut: { OVER_REMAINING_BUDGET: 1, LOWER_VALUE_FOR_COST: 0, COVERED_BY_CHOSEN: 1 },
      upperBound: null,
      tieBreakProven: true,
    });
  });

  it("carries an approximate plan's upper bound, and says when only the value was proven", () => {
    const candidates = [{ id: "A", cost: 10, value: 5 }];
    const selection = selectProgrammesWithinBudget(candidates, 5);
    if (!selection.ok) throw new Error(selection.error.code);
    const leftOut = explainSelection(candidates, selection.value);
    expect(explainPlan({ candidates, selection: selection.value, leftOut })).toMatchObject({
      method: "EXACT",
      selectedCount: 0,
      leftOut: { OVER_REMAINING_BUDGET: 1, LOWER_VALUE_FOR_COST: 0, COVERED_BY_CHOSEN: 0 },
      upperBound: null,
      tieBreakProven: true,
    });
    const approximate = { ...selection.value, method: "APPROXIMATE" as const, upperBound: 7, note: "cut short" };
    expect(explainPlan({ candidates, selection: approximate, leftOut })).toMatchObject({ upperBound: 7, tieBreakProven: true });
    const valueOnly = { ...selection.value, note: "tie-break not checked" };
    expect(explainPlan({ candidates, selection: valueOnly, leftOut })).toMatchObject({ upperBound: null, tieBreakProven: false });
  });
});
