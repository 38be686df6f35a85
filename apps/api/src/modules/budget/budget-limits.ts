/** Text limits of the budget's inputs: the columns' lengths (migration 1765000000000-budget). */
export const BUDGET_TEXT = {
  lineName: { min: 3, max: 200 },
  description: { min: 1, max: 500 },
  documentNumber: { min: 1, max: 100 },
  reason: { min: 3, max: 1000, multiline: true },
} as const;

/** The most budget lines a fiscal year holds: `budget.lines` is one unpaged list, so its cost is bounded. */
export const MAX_LINES_PER_YEAR = 500;

/** The most programmes `budget.programmes` lists (those with a line or a spending linked to one of their batches). */
export const MAX_PROGRAMME_COSTS = 500;

/** The years a budget line may be of (the database checks the same). */
export const FISCAL_YEAR_MIN = 2000;
export const FISCAL_YEAR_MAX = 2100;

/** The most history entries `Spending.history` returns (edits are few; a spending edited more shows its latest). */
export const MAX_SPENDING_EVENTS = 100;

/** The largest quantity a spending's basis may have (persons, sessions, JP or person-days), 2 decimals. */
export const MAX_QUANTITY = 1_000_000;
