import type { DataSource } from "typeorm";
import { jobPersonMatchFromSums, type JobPersonMatch } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { decodeOffsetCursor, encodeOffsetCursor, pageOf, type Page } from "../../kit/connection";
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
  const totalCount = withTotal ? await countJobPersonMatches(ds, scope, f) : null;
  const nodes = rows.map((r) => ({ employeeId: r.employeeId, assessed: r.assessed, withStandard: r.withStandard, ...jobPersonMatchFromSums(r.actualSum, r.standardSum) }));
  return pageOf(nodes, { first, after, totalCount }, (_node, i) => encodeOffsetCursor(offset + i + 1));
}
