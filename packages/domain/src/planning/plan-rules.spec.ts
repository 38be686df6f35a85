import { checkPlanYear } from "./plan-year.js";
import { PLAN_EVENTS, PLAN_STATES, PLAN_TRANSITIONS, transitionPlan, type PlanEvent, type PlanState } from "./plan-state.js";

describe("transitionPlan", () => {
  it.each<readonly [PlanState, PlanEvent, PlanState]>([
    ["DRAFT", "ADOPT", "ADOPTED"],
    ["ADOPTED", "SUPERSEDE", "SUPERSEDED"],
  ])("%s --%s--> %s", (state, event, next) => {
    expect(transitionPlan(state, event)).toEqual({ ok: true, value: next });
  });

  it.each<readonly [PlanState, PlanEvent, string]>([
    ["ADOPTED", "ADOPT", "PLAN_NOT_DRAFT"],
    ["SUPERSEDED", "ADOPT", "PLAN_NOT_DRAFT"],
    ["DRAFT", "SUPERSEDE", "PLAN_NOT_ADOPTED"],
    ["SUPERSEDED", "SUPERSEDE", "PLAN_NOT_ADOPTED"],
  ])("refuses %s --%s--> with %s, naming the current state", (state, event, code) => {
    expect(transitionPlan(state, event)).toEqual({ ok: false, error: { code, reason: state, message: expect.stringContaining(state) } });
  });

  it("allows exactly the transitions of the table", () => {
    for (const state of PLAN_STATES) {
      for (const event of PLAN_EVENTS) {
        const next = PLAN_TRANSITIONS[state][event];
        expect(transitionPlan(state, event).ok).toBe(next !== undefined);
      }
    }
    // A superseded plan is final; only a draft becomes the adopted plan.
    expect(Object.keys(PLAN_TRANSITIONS.SUPERSEDED)).toEqual([]);
  });

  it("throws a RangeError on a state or event outside the vocabularies", () => {
    expect(() => transitionPlan("ARCHIVED" as PlanState, "ADOPT")).toThrow(RangeError);
    expect(() => transitionPlan("DRAFT", "DELETE" as PlanEvent)).toThrow(RangeError);
  });
});

describe("checkPlanYear", () => {
  it.each([2000, 2027, 2100])("accepts %d", (year) => {
    expect(checkPlanYear(year)).toEqual({ ok: true, value: year });
  });

  it.each<readonly [unknown, string]>([
    [0, "OUT_OF_RANGE"],
    [-1, "OUT_OF_RANGE"],
    [1999, "OUT_OF_RANGE"],
    [2101, "OUT_OF_RANGE"],
    [2026.5, "NOT_INTEGER"],
    [Number.NaN, "NOT_INTEGER"],
    ["2027", "NOT_INTEGER"],
  ])("refuses %p (%s)", (year, reason) => {
    expect(checkPlanYear(year)).toEqual({ ok: false, error: { code: "INVALID_YEAR", field: "year", reason, message: expect.any(String) } });
  });
});
