import type { DataSource } from "typeorm";
import { jobPersonMatchFromSums, type JobPersonMatch } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { decodeOffsetCursor, encodeOffsetCursor, type Page } from "../../kit/connection";
import type { NeedsFilter } from "./needs.inputs";
import { toRowFilter } from "./needs-filter";
import { countJobPersonMatches, jobPersonMatchesPage, type JobPersonMatchRow } from "./needs-lists.sql";

export type EmployeeJobPersonMatch = Omit<JobPersonMatchRow, "actualSum" | "standardSum"> & JobPersonMatch;

/**
 * Job Person Match of every employee assessed in the year, lowest first, one page (offset cursors). The JPM is over
 * every standard of the position; a competency filter chooses the employees (a standard for a matching competency),
 * never their JPM. Bands from the domain's `jobPersonMatchFromSums` (exact). One statement, two with the total.
 */
export async function listJobPersonMatches({
  ds,
  caller,
  filter,
  first,
  after,
  withTotal,
}: {
  ds: DataSource;
  caller: Caller;
  filter: NeedsFilter;
  first: number;
  after?: string | null;
  withTotal: boolean;
}): Promise<Page<EmployeeJobPersonMatch>> {
  const offset = decodeOffsetCursor(after);
  const scope = await caller.scope();
  const f = toRowFilter(filter);
  const rows = await jobPersonMatchesPage(ds, scope, f, { limit: first + 1, offset });
  return {
    rows: rows.slice(0, first).map((r, i) => ({
      node: { employeeId: r.employeeId, assessed: r.assessed, withStandard: r.withStandard, ...jobPersonMatchFromSums(r.actualSum, r.standardSum) },
      cursor: encodeOffsetCursor(offset + i + 1),
    })),
    hasNextPage: rows.length > first,
    hasPreviousPage: offset > 0,
    totalCount: withTotal ? await countJobPersonMatches(ds, scope, f) : null,
  };
}
