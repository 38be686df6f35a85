import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../kit/connection";
import { checkYear } from "../planning/plan-year";
import type { LearningRecordFilter } from "./compliance.inputs";
import { notFound } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { inScope } from "../../kit/unit-scope";
import { recordsById, recordsPage, type LearningRecordRow } from "./learning-records.sql";

/** One record inside the caller's scope (by its employee's current unit); NOT_FOUND otherwise. */
export async function getLearningRecord({ ds, caller, id }: { ds: DataSource; caller: Caller; id: string }): Promise<LearningRecordRow> {
  const [row] = isUuid(id) ? await recordsById(ds.manager, [id]) : [];
  if (!row || !inScope(await caller.scope(), row.unitPath)) throw notFound("LearningRecord", id.slice(0, 60));
  return row;
}

/** Learning records the caller may see (operators: staff of their subtree), oldest submission first: the verification queue. */
export async function listLearningRecords({
  ds,
  caller,
  filter,
  first,
  after,
  withTotal,
}: {
  ds: DataSource;
  caller: Caller;
  filter?: LearningRecordFilter | null;
  first: number;
  after?: string | null;
  withTotal: boolean;
}): Promise<Page<LearningRecordRow>> {
  const f = filter ?? {};
  if (f.year !== undefined && f.year !== null) checkYear(f.year, "filter.year");
  if (f.statuses && f.statuses.length === 0) return { rows: [], hasNextPage: false, hasPreviousPage: !!after, totalCount: withTotal ? 0 : null };
  const key = after ? decodeCursor(after, ["timestamp", "uuid"]) : null;
  const { rows, totalCount } = await recordsPage(
    ds.manager,
    await caller.scope(),
    { statuses: f.statuses ? [...new Set(f.statuses)] : null, unitId: f.unitId ?? null, employeeId: f.employeeId ?? null, year: f.year ?? null },
    { limit: first + 1, after: key ? { at: key[0]!, id: key[1]! } : null, withTotal },
  );
  return pageOf(rows, { first, after, totalCount }, (r) => encodeCursor([r.key, r.id]));
}
