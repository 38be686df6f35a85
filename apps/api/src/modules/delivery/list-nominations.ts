import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import type { Page } from "../../kit/connection";
import type { NominationFilter } from "./delivery.inputs";
import type { NominationEntity } from "./nomination.entity";
import { nominationPage } from "./nominations.sql";

/** Nominations the caller may see (operators: their unit's and sub-units'), in request order, optionally of a batch, a unit or some statuses. */
export async function listNominations({
  ds,
  caller,
  filter,
  first,
  after,
  withTotal,
}: {
  ds: DataSource;
  caller: Caller;
  filter?: NominationFilter | null;
  first: number;
  after?: string | null;
  withTotal: boolean;
}): Promise<Page<NominationEntity>> {
  const f = filter ?? {};
  if (f.statuses?.length === 0) return { rows: [], hasNextPage: false, hasPreviousPage: !!after, totalCount: withTotal ? 0 : null };
  return nominationPage(ds, { scope: await caller.scope(), statuses: f.statuses ?? null, unitId: f.unitId ?? null, batchId: f.batchId ?? null, first, after, withTotal });
}
