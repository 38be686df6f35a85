import type { DataSource } from "typeorm";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../kit/connection";
import { AuditEntryEntity } from "./audit-entry.entity";
import type { AuditFilter } from "./audit.type";

/** Audit entries newest first, keyset-paginated on the id; the total is counted only when asked for. */
export async function listAudit({
  ds,
  first,
  after,
  filter,
  withTotal,
}: {
  ds: DataSource;
  first: number;
  after?: string | null;
  filter?: AuditFilter | null;
  withTotal: boolean;
}): Promise<Page<AuditEntryEntity>> {
  const f = filter ?? {};
  const qb = ds.getRepository(AuditEntryEntity).createQueryBuilder("a");
  if (f.entityType) qb.andWhere("a.entity_type = :entityType", { entityType: f.entityType });
  if (f.entityId) qb.andWhere("a.entity_id = :entityId", { entityId: f.entityId });
  if (f.actorId) qb.andWhere("a.actor_id = :actorId", { actorId: f.actorId });
  if (f.from) qb.andWhere("a.at >= :from", { from: f.from });
  if (f.to) qb.andWhere("a.at < :to", { to: f.to });
  const totalCount = withTotal ? await qb.clone().getCount() : null;
  if (after) qb.andWhere("a.id < CAST(:afterId AS bigint)", { afterId: decodeCursor(after, ["bigint"])[0] });
  const rows = await qb.orderBy("a.id", "DESC").limit(first + 1).getMany();
  return pageOf(rows, { first, after, totalCount }, (node) => encodeCursor([node.id]));
}
