/**
 * The budget overview's state as it lives in the URL, so a link can be shared: `/budget?year=2026&unit=<org unit id>`.
 * No year: the current fiscal year (the calendar year in Jakarta); no unit: everything the caller may see.
 */
export interface BudgetParams {
  readonly year: number | null;
  readonly unitId: string | null;
}

/** The fiscal years the API keeps (2000..2100); anything else is no year. */
export const MIN_FISCAL_YEAR = 2000;
export const MAX_FISCAL_YEAR = 2100;

/** A 4-digit fiscal year within what the API accepts, else null. */
export const parseFiscalYear = (value: string | null): number | null => {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= MIN_FISCAL_YEAR && year <= MAX_FISCAL_YEAR ? year : null;
};

export const parseBudgetParams = (query: URLSearchParams): BudgetParams => ({
  year: parseFiscalYear(query.get("year")),
  unitId: query.get("unit") || null,
});

/** The URL of a state; the current year is left out, so `/budget` is always this year's budget. */
export const toBudgetSearchParams = (params: BudgetParams, currentYear: number): URLSearchParams => {
  const query = new URLSearchParams();
  if (params.year !== null && params.year !== currentYear) query.set("year", String(params.year));
  if (params.unitId) query.set("unit", params.unitId);
  return query;
};

/** The years the picker offers: two back, the current one and the next (the budget being drawn up), and the one chosen. */
export const fiscalYearOptions = (currentYear: number, chosen: number): number[] =>
  [...new Set([currentYear + 1, currentYear, currentYear - 1, currentYear - 2, chosen])].sort((a, b) => b - a);

/** The line detail page of a budget line (built beside this page). */
export const budgetLinePath = (lineId: string): string => `/budget/lines/${encodeURIComponent(lineId)}`;

/** The revisions page of a fiscal year, on the requests still waiting for a decision. */
export const pendingRevisionsPath = (year: number): string => `/budget/revisions?year=${year}&status=REQUESTED`;
