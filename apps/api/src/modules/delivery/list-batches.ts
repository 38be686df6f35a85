import type { DataSource } from "typeorm";
import { domainError } from "@bina/domain";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../kit/connection";
import { badInput } from "../../kit/errors";
import { BatchEntity } from "./batch.entity";
import type { BatchFilter } from "./delivery.inputs";

/** Longest date range one list covers (a year and a bit, for a calendar). */
const MAX_RANGE_DAYS = 400;

/** Batches starting in a date range (keyset on first day, id), optionally of one programme or some statuses. */
export async function listBatches({
  ds,
  filter,
  first,
  after,
  withTotal,
}: {
  ds: DataSource;
  filter: BatchFilter;
  first: number;
  after?: string | null;
  withTotal: boolean;
}): Promise<Page<BatchEntity>> {
  const days = (Date.parse(filter.to) - Date.parse(filter.from)) / 86_400_000;
  if (days < 0 || days > MAX_RANGE_DAYS) {
    throw badInput(domainError("INVALID_DATE", `filter.to: on or after filter.from, at most ${MAX_RANGE_DAYS} days later`, { field: "filter.to" }));
  }
  const empty = { rows: [], hasNextPage: false, hasPreviousPage: !!after, totalCount: withTotal ? 0 : null };
  if (filter.statuses?.length === 0) return empty;
  const qb = ds.getRepository(BatchEntity).createQueryBuilder("b").where("b.starts_on BETWEEN :from AND :to", { from: filter.from, to: filter.to });
  if (filter.programmeId) qb.andWhere("b.programme_id = :programmeId", { programmeId: filter.programmeId });
  if (filter.statuses) qb.andWhere("b.status IN (:...statuses)", { statuses: [...new Set(filter.statuses)] });
  const totalCount = withTotal ? await qb.clone().getCount() : null;
  if (after) {
    const [startsOn, id] = decodeCursor(after, ["text", "uuid"]);
    const day = /^\d{4}-\d{2}-\d{2}$/.test(startsOn!) ? new Date(`${startsOn!}T00:00:00Z`) : null;
    if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== startsOn) {
      throw badInput(domainError("INVALID_CURSOR", "after: not a cursor of this list", { field: "after" }));
    }
    qb.andWhere("(b.starts_on, b.id) > (CAST(:startsOn AS date), CAST(:id AS uuid))", { startsOn, id });
  }
  const rows = await qb.orderBy("b.starts_on").addOrderBy("b.id").limit(first + 1).getMany();
  return pageOf(rows, { first, after, totalCount }, (node) => encodeCursor([node.startsOn, node.id]));
}
