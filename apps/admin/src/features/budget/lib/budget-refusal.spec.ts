import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { budgetRefusalOf, budgetRefusalOfError, refusalProblem } from "./budget-refusal";

describe("budget refusals", () => {
  it("reads the remaining amount of BUDGET_EXCEEDED", () => {
    expect(budgetRefusalOf([{ extensions: { code: "BAD_USER_INPUT", domainCode: "BUDGET_EXCEEDED", field: "amount", remaining: 1_250_000 } }])).toEqual({
      code: "BUDGET_EXCEEDED",
      remaining: 1_250_000,
    });
  });

  it("reads it from the error list too, and leaves a missing or bad amount out", () => {
    expect(budgetRefusalOf([{ extensions: { code: "BAD_USER_INPUT", errors: [{ domainCode: "BUDGET_EXCEEDED", remaining: 5 }] } }])).toEqual({ code: "BUDGET_EXCEEDED", remaining: 5 });
    expect(budgetRefusalOf([{ extensions: { domainCode: "BUDGET_EXCEEDED", remaining: "12" } }])).toEqual({ code: "BUDGET_EXCEEDED", remaining: null });
    expect(budgetRefusalOf([{ extensions: { domainCode: "BUDGET_EXCEEDED", remaining: -3 } }])).toEqual({ code: "BUDGET_EXCEEDED", remaining: null });
  });

  it("names the standard of ABOVE_STANDARD_COST", () => {
    expect(budgetRefusalOf([{ extensions: { domainCode: "ABOVE_STANDARD_COST", reason: "PMK_49_2023", ceiling: 900_000 } }])).toEqual({
      code: "ABOVE_STANDARD_COST",
      standard: "PMK_49_2023",
      ceiling: 900_000,
    });
  });

  it("is null for other failures", () => {
    expect(budgetRefusalOf([{ extensions: { code: "CONFLICT", domainCode: "STALE_VERSION" } }, {}])).toBeNull();
    expect(budgetRefusalOfError(new Error("network"))).toBeNull();
  });

  it("reads an Apollo error", () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: "no", extensions: { code: "BAD_USER_INPUT", domainCode: "BUDGET_EXCEEDED", remaining: 7 } }] });
    expect(budgetRefusalOfError(error)).toEqual({ code: "BUDGET_EXCEEDED", remaining: 7 });
  });
});

describe("a refusal beside the amount", () => {
  const label = (code: string) => `<${code}>`;

  it("says what remains, in rupiah", () => {
    expect(refusalProblem({ code: "BUDGET_EXCEEDED", remaining: 1_250_000 }, label)).toEqual({ key: "budget.spending.exceeded", params: { remaining: "Rp1.250.000" } });
    expect(refusalProblem({ code: "BUDGET_EXCEEDED", remaining: null }, label)).toBeNull();
  });

  it("names the standard and its ceiling", () => {
    expect(refusalProblem({ code: "ABOVE_STANDARD_COST", standard: "PMK_49_2023", ceiling: 900_000 }, label)).toEqual({
      key: "budget.spending.aboveStandard",
      params: { standard: "<PMK_49_2023>", ceiling: "Rp900.000" },
    });
    expect(refusalProblem({ code: "ABOVE_STANDARD_COST", standard: "PMK_49_2023", ceiling: null }, label)).toEqual({
      key: "budget.spending.aboveStandardNoCeiling",
      params: { standard: "<PMK_49_2023>" },
    });
  });
});
