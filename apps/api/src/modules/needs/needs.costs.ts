/**
 * What the needs fields cost in the query-cost limit (src/graphql/limits.ts and its table, src/graphql/cost-table.ts;
 * default limit 5,000), given in the resolvers' decorators (which win over the table; the numbers are the table's).
 * The aggregates run the scored-needs SQL over a whole city or subtree whatever the page size, so each costs its work
 * as well as its rows: aliases of them add up, and twenty-five heatmaps in one request are refused before any SQL.
 */
import { fixedCost as cost, pagedCost as paged } from "../../kit/cost";

/** needsHeatmap / needsByUnit: the city-wide gap query rolled up per unit and competency (an unpaged list of cells). */
export const HEATMAP_COST = cost(500, 100);
/** rankedNeeds, jobPersonMatches: the same city-wide query, then one page of rows. */
export const RANKED_LIST_COST = paged(300);
/** employeeNeeds: one person's gaps, JPM and SKP (a few indexed statements). */
export const EMPLOYEE_NEEDS_COST = cost(50, 1);
/** Employee.needs on a list of employees: batched per page, each row adds its share of the gap rows. */
export const EMPLOYEE_NEEDS_FIELD_COST = cost(10, 1);
/** Employee.assessments: one page of one employee's history, batched over a page of employees. */
export const ASSESSMENTS_COST = paged(2);
