import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { budgetLinesOf, budgetMonthsOf, budgetTotalsOf, pendingRevisionsOf, programmeCostsOf } from "./budget-figures";
import type { CancelSpendingInput, CreateBudgetLineInput, RecordSpendingInput, UpdateBudgetLineInput, UpdateSpendingInput } from "./budget.inputs";
import { cancelSpending } from "./cancel-spending";
import { createBudgetLine } from "./create-budget-line";
import { getBudgetLine } from "./get-budget-line";
import { openBudget, type BudgetKey } from "./open-budget";
import { recordSpending } from "./record-spending";
import { updateBudgetLine } from "./update-budget-line";
import { updateSpending } from "./update-spending";

/** The budget module's use cases (lines, spending, the year's figures) bound to the database: wiring only. */
export const budgetServices = (ds: DataSource) => ({
  openBudget: (caller: Caller, fiscalYear: number, unitId?: string | null) => openBudget({ ds, caller, fiscalYear, unitId }),
  totals: (caller: Caller, key: BudgetKey) => budgetTotalsOf({ ds, caller, key }),
  lines: (caller: Caller, key: BudgetKey) => budgetLinesOf({ ds, caller, key }),
  months: (caller: Caller, key: BudgetKey) => budgetMonthsOf({ ds, caller, key }),
  programmeCosts: (caller: Caller, key: BudgetKey) => programmeCostsOf({ ds, caller, key }),
  pendingRevisions: (caller: Caller, key: BudgetKey) => pendingRevisionsOf({ ds, caller, key }),
  budgetLine: (caller: Caller, id: string) => getBudgetLine({ ds, caller, id }),
  createBudgetLine: (caller: Caller, input: CreateBudgetLineInput) => createBudgetLine({ ds, caller, input }),
  updateBudgetLine: (caller: Caller, input: UpdateBudgetLineInput) => updateBudgetLine({ ds, caller, input }),
  recordSpending: (caller: Caller, input: RecordSpendingInput) => recordSpending({ ds, caller, input }),
  updateSpending: (caller: Caller, input: UpdateSpendingInput) => updateSpending({ ds, caller, input }),
  cancelSpending: (caller: Caller, input: CancelSpendingInput) => cancelSpending({ ds, caller, input }),
});

export type BudgetServices = ReturnType<typeof budgetServices>;
