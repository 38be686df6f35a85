import type { ComplexityEstimatorArgs } from "graphql-query-complexity";

/** A field's cost from its arguments and the cost of one of its rows (`childComplexity`). */
type Cost = (a: ComplexityEstimatorArgs) => number;

/** `base` for the work done once (an aggregate over the city, a count), plus `rows` times the cost of a row. */
const cost =
  (base: number, rows: number): Cost =>
  ({ childComplexity }) =>
    base + rows * childComplexity;

/** A paged list: `base` plus the requested page size times the cost of a row. */
const paged =
  (base: number): Cost =>
  ({ args, childComplexity }) =>
    base + Number(args.first ?? 20) * childComplexity;

/**
 * Costs of the fields that do real work or return unpaged lists, by schema coordinate. A `complexity` given in a
 * resolver's decorator wins over this table; a paged field (with `first`) not listed costs `first` × its row; any
 * other field costs 1. The aggregates carry a large base so that aliases of them add up: 500 aliases of
 * `needsByUnit` (each a city-wide gap computation) are refused before any SQL.
 */
export const FIELD_COSTS: Readonly<Record<string, Cost>> = {
  "Query.needsByUnit": cost(500, 100),
  "Query.rankedNeeds": paged(300),
  "Query.jobPersonMatches": paged(300),
  "Query.employeeNeeds": cost(50, 1),
  "Query.programmeCandidates": paged(200),
  "Query.plans": paged(10),
  "Query.competencies": cost(1, 100),
  "Query.competencyStandards": cost(1, 200),
  "Query.units": cost(1, 100),
  "Query.assessmentCycles": cost(1, 10),
  "Query.ranks": cost(1, 20),
  "Unit.children": cost(1, 20),
  "Unit.employeeCount": cost(5, 0),
  "Plan.items": cost(1, 40),
  "ProgrammeCandidate.competencies": cost(1, 5),
  "EmployeeNeeds.gaps": cost(1, 20),
  "EmployeeNeeds.targetGaps": cost(1, 20),
};
