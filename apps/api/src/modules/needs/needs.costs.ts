/**
 * What the needs fields cost in the query-cost limit (src/graphql/limits.ts; default limit 5,000). Each of these runs
 * the scored-needs SQL over a whole city or subtree whatever the page size, so each costs its work, not its rows:
 * twenty city-wide aggregates fit in one request, a hundred aliases of the heatmap do not.
 */

/** needsHeatmap / needsByUnit: the city-wide gap query rolled up per unit and competency. */
export const CITY_AGGREGATE_COST = 250;
/** rankedNeeds, jobPersonMatches: the same city-wide query, then one page of rows. */
export const RANKED_LIST_COST = 250;
/** employeeNeeds: one person's gaps, JPM and SKP (a few indexed statements). */
export const EMPLOYEE_NEEDS_COST = 20;
/** Employee.needs on a list of employees: batched per page, but each row adds its share of the gap rows. */
export const EMPLOYEE_NEEDS_FIELD_COST = 10;

/** A connection's cost: its own plus each row's fields times the page size. */
export const perRow =
  (base: number) =>
  ({ args, childComplexity }: { args: { first?: number | null }; childComplexity: number }): number =>
    base + childComplexity * Number(args.first ?? 20);

/** A fixed cost plus the fields asked for. */
export const fixed =
  (base: number) =>
  ({ childComplexity }: { childComplexity: number }): number =>
    base + childComplexity;
