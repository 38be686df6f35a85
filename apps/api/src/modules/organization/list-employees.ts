import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../kit/connection";
import { EmployeeSortField, SortDirection, type EmployeeFilter, type EmployeeSort } from "./employee.inputs";
import { ALL_EMPLOYEE_COLUMNS, employeesPage, needsRowCount, sortKeys, type EmployeePageColumns, type EmployeePageRow } from "./employees-page.sql";

export interface ListEmployeesOptions {
  readonly ds: DataSource;
  readonly caller: Caller;
  /** Page size, already checked against the maximum. */
  readonly first: number;
  readonly after?: string | null;
  readonly filter?: EmployeeFilter | null;
  readonly sort?: EmployeeSort | null;
  /** Count the matching rows over all pages (in the page's statement); only when the query asks for `totalCount`. */
  readonly withTotal: boolean;
  /** The column groups to fetch (from the GraphQL selection); all of them when omitted. */
  readonly columns?: EmployeePageColumns;
  /** A count over matching rows (any filter but activity, scope and subtree) stops after this many. */
  readonly countCap: number;
}

/**
 * One page of the employees the caller may see, keyset-paginated, with the total only when asked for: one hand-written
 * statement (employees-page.sql.ts), rows as the GraphQL type needs them (no entity hydration). A crafted cursor is
 * INVALID_CURSOR before any SQL.
 */
export async function listEmployees({ ds, caller, ...args }: ListEmployeesOptions): Promise<Page<EmployeePageRow> & { totalCountCapped: boolean }> {
  const field = args.sort?.field ?? EmployeeSortField.NAME;
  const after = args.after ? decodeCursor(args.after, sortKeys(field).map((k) => k.kind)) : null;
  const scope = await caller.scope();
  const columns = args.columns ?? ALL_EMPLOYEE_COLUMNS;
  const keys = sortKeys(field);
  const { rows, total } = await employeesPage(ds, {
    scope,
    filter: args.filter ?? {},
    field,
    desc: args.sort?.direction === SortDirection.DESC,
    after,
    limit: args.first + 1,
    withTotal: args.withTotal,
    columns,
    countCap: args.countCap,
  });
  // Without the cursor keys (neither a cursor nor pageInfo was asked for) the rows carry no cursor.
  const cursor = columns.cursors ? (row: EmployeePageRow) => encodeCursor(keys.map((_, i) => row[`k${i}`] ?? null)) : () => "";
  // A row count stops at cap + 1, meaning "more than the cap": the page gives the cap and says so.
  const capped = total !== null && needsRowCount(args.filter ?? {}) && total > args.countCap;
  return { ...pageOf(rows, { first: args.first, after: args.after, totalCount: capped ? args.countCap : total }, cursor), totalCountCapped: capped };
}
