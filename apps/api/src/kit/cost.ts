import { DEFAULT_PAGE_SIZE } from "./page-size";

/** What a field adds to a query's cost (the limit in src/graphql/limits.ts), from its arguments and the cost of one of its rows. */
export type FieldCost = (a: { args: Record<string, unknown>; childComplexity: number }) => number;

/**
 * The rows a paged field is asked for: its `first` (20 when omitted), never fewer than 1. A `first` below 1 is refused
 * when the field runs, but a negative one must not lower the estimate first: `employees(first: -100000)` next to twenty
 * heatmaps made the whole query "cheap" and let them all run.
 */
export const rowsAsked = (args: Record<string, unknown>): number => {
  const n = Number(args.first ?? DEFAULT_PAGE_SIZE);
  return Number.isFinite(n) && n >= 1 ? n : 1;
};

/** `base` for the work done once (an aggregate over the city, a count), plus `rows` times the cost of a row. */
export const fixedCost =
  (base: number, rows: number): FieldCost =>
  ({ childComplexity }) =>
    base + rows * childComplexity;

/** A paged list: `base` plus the rows asked for times the cost of a row. */
export const pagedCost =
  (base: number): FieldCost =>
  ({ args, childComplexity }) =>
    base + rowsAsked(args) * childComplexity;
