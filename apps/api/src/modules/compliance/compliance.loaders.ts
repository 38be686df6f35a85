import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import type { Scope } from "../../kit/caller";
import { ledgerByKind, ledgerEntries, ledgerSums, type JpEntryRow, type LedgerSumsRow } from "./ledger.sql";
import { evidenceContent, evidenceOf } from "./learning-records.sql";

type YearKey = { readonly employeeId: string; readonly year: number };
const yearKey = (k: YearKey) => `${k.employeeId}:${k.year}`;

export type EvidenceRow = Awaited<ReturnType<typeof evidenceOf>>[number];

/** The compliance module's per-request loaders: one statement per kind of object per request depth. */
export interface ComplianceLoaders {
  /** An employee's stored sums for a year, inside the scope (one scope per request); null outside it. */
  readonly ledger: DataLoader<YearKey & { readonly scope: () => Promise<Scope> }, LedgerSumsRow | null, string>;
  readonly entries: DataLoader<YearKey, JpEntryRow[], string>;
  readonly byKind: DataLoader<YearKey, { kind: string; earnedJp: number; pendingJp: number }[], string>;
  readonly evidence: DataLoader<string, EvidenceRow[]>;
  readonly evidenceContent: DataLoader<string, Buffer | null>;
}

export const complianceLoaders = (ds: DataSource): ComplianceLoaders => ({
  ledger: new DataLoader<YearKey & { readonly scope: () => Promise<Scope> }, LedgerSumsRow | null, string>(
    async (keys) => {
      const rows = await ledgerSums(ds.manager, await keys[0]!.scope(), keys);
      const map = new Map(rows.map((r) => [yearKey(r), r]));
      return keys.map((k) => map.get(yearKey(k)) ?? null);
    },
    { cacheKeyFn: yearKey },
  ),
  entries: new DataLoader(
    async (keys) => {
      const rows = await ledgerEntries(ds.manager, keys);
      return keys.map((k) => rows.filter((r) => r.employeeId === k.employeeId && r.year === k.year));
    },
    { cacheKeyFn: yearKey },
  ),
  byKind: new DataLoader(
    async (keys) => {
      const rows = await ledgerByKind(ds.manager, keys);
      return keys.map((k) => rows.filter((r) => r.employeeId === k.employeeId && r.year === k.year));
    },
    { cacheKeyFn: yearKey },
  ),
  evidence: new DataLoader(async (ids) => {
    const rows = await evidenceOf(ds.manager, ids);
    return ids.map((id) => rows.filter((r) => r.recordId === id));
  }),
  evidenceContent: new DataLoader(async (ids) => {
    const map = await evidenceContent(ds.manager, ids);
    return ids.map((id) => map.get(id) ?? null);
  }),
});
