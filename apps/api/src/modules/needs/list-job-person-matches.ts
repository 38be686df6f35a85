import type { DataSource } from "typeorm";
import { jobPersonMatchFromSums, type JobPersonMatch } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../kit/connection";
import type { NeedsFilter } from "./needs.inputs";
import { toRowFilter } from "./needs-filter";
import { jobPersonMatchesPage, type JobPersonMatchKey, type JobPersonMatchRow } from "./needs-lists.sql";

export type EmployeeJobPersonMatch = Omit<JobPersonMatchRow, "actualSum" | "standardSum"> & JobPersonMatch;

/**
 * Job Person Match of every employee assessed in the year, lowest first, one page (keyset cursors on the ratio, name and id). The JPM is over
 * every standard of the position; a competency filter chooses the employees (a standard for a matching competency),
 * never their JPM. Bands from the domain's `jobPersonMatchFromSums` (exact). One statement, with the total.
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
  const start = after ? decodeJpmCursor(after) : null;
  const scope = await caller.scope();
  const { rows, totalCount } = await jobPersonMatchesPage(ds, scope, toRowFilter(filter), { limit: first + 1, after: start, withTotal });
  const nodes = rows.map((r) => ({ key: r.key, employeeId: r.employeeId, assessed: r.assessed, withStandard: r.withStandard, ...jobPersonMatchFromSums(r.actualSum, r.standardSum) }));
  return pageOf(nodes, { first, after, totalCount }, ({ key }) => encodeCursor([key.ratio, key.employeeName, key.employeeId]));
}

function decodeJpmCursor(after: string): JobPersonMatchKey {
  const [ratio, employeeName, employeeId] = decodeCursor(after, ["number", "text", "uuid"]) as string[];
  return { ratio: ratio!, employeeName: employeeName!, employeeId: employeeId! };
}
