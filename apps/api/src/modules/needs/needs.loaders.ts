import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import type { Scope } from "../../kit/caller";
import type { Page } from "../../kit/connection";
import type { AssessmentRow, SkpRow } from "./employee-records.sql";
import { loadEmployeeNeeds, type EmployeeNeeds } from "./load-employee-needs";
import { getSkpResults } from "./get-skp-results";
import { listEmployeeAssessments } from "./list-employee-assessments";

/**
 * Keys of the needs loaders. The caller's scope travels with each key as the context's `scope()` (the same function,
 * computed once, for a whole request): resolvers call `load` at once, without awaiting the scope first, so every load
 * of a page lands in one batch.
 */
interface EmployeeYearKey {
  readonly employeeId: string;
  readonly year: number;
  readonly scope: () => Promise<Scope>;
}
interface AssessmentPageKey {
  readonly employeeId: string;
  readonly first: number;
  readonly after: string | null;
  readonly withTotal: boolean;
  readonly scope: () => Promise<Scope>;
}

/** The needs module's per-request loaders (built with the others in the GraphQL context): `Employee.needs`, `.skp`, `.assessments`. */
export interface NeedsLoaders {
  readonly employeeNeeds: DataLoader<EmployeeYearKey, EmployeeNeeds | null, string>;
  readonly skpResult: DataLoader<EmployeeYearKey, SkpRow | null, string>;
  readonly assessmentPage: DataLoader<AssessmentPageKey, Page<AssessmentRow>, string>;
}

/** Runs `load` once per group of keys that share `groupOf`, so a page of employees asking the same thing is one batch. */
async function byGroup<K, V>(keys: readonly K[], groupOf: (k: K) => string, load: (group: K[]) => Promise<(k: K) => V>): Promise<V[]> {
  const groups = new Map<string, K[]>();
  for (const k of keys) groups.set(groupOf(k), [...(groups.get(groupOf(k)) ?? []), k]);
  const readers = new Map<string, (k: K) => V>();
  for (const [g, list] of groups) readers.set(g, await load(list));
  return keys.map((k) => readers.get(groupOf(k))!(k));
}

export const needsLoaders = (ds: DataSource, maxPageSize?: number): NeedsLoaders => ({
  employeeNeeds: new DataLoader(
    (keys) =>
      byGroup(
        keys,
        (k) => String(k.year),
        async (group) => {
          const found = await loadEmployeeNeeds({ ds, scope: await group[0]!.scope(), employeeIds: [...new Set(group.map((k) => k.employeeId))], year: group[0]!.year });
          return (k) => found.get(k.employeeId) ?? null;
        },
      ),
    { cacheKeyFn: (k) => `${k.employeeId}|${k.year}` },
  ),
  skpResult: new DataLoader(
    async (keys) => {
      const found = await getSkpResults({ ds, scope: await keys[0]!.scope(), keys });
      return keys.map((k) => found.get(`${k.employeeId}|${k.year}`) ?? null);
    },
    { cacheKeyFn: (k) => `${k.employeeId}|${k.year}` },
  ),
  assessmentPage: new DataLoader(
    (keys) =>
      byGroup(
        keys,
        (k) => JSON.stringify([k.first, k.after, k.withTotal]),
        async (group) => {
          const { first, after, withTotal, scope } = group[0]!;
          const pages = await listEmployeeAssessments({ ds, scope: await scope(), employeeIds: [...new Set(group.map((k) => k.employeeId))], first, after, withTotal, maxPageSize });
          return (k) => pages.get(k.employeeId)!;
        },
      ),
    { cacheKeyFn: (k) => JSON.stringify([k.employeeId, k.first, k.after, k.withTotal]) },
  ),
});
