import type { DataSource } from "typeorm";
import { decodeCursor, encodeCursor } from "../../kit/connection";
import { AuditEntryEntity } from "./audit-entry.entity";
import type { AuditFilter } from "./audit.type";

/** Audit entries newest first, keyset-paginated on the id. */
export async function listAudit(ds: DataSource, args: { first: number; after?: string | null; filter?: AuditFilter | null }) {
  const f = args.filter ?? {};
  const qb = ds.getRepository(AuditEntryEntity).createQueryBuilder("a");
  if (f.entityType) qb.andWhere("a.entity_type = :entityType", { entityType: f.entityType });
  if (f.entityId) qb.andWhere("a.entity_id = :entityId", { entityId: f.entityId });
  if (f.actorId) qb.andWhere("a.actor_id = :actorId", { actorId: f.actorId });
  if (f.from) qb.andWhere("a.at >= :from", { from: f.from });
  if (f.to) qb.andWhere("a.at < :to", { to: f.to });
  const totalCount = await qb.clone().getCount();
  if (args.after) qb.andWhere("a.id < CAST(:afterId AS bigint)", { afterId: String(decodeCursor(args.after, 1)[0]) });
  const rows = await qb.orderBy("a.id", "DESC").limit(args.first + 1).getMany();
  return {
    rows: rows.slice(0, args.first).map((entity) => ({ entity, cursor: encodeCursor([entity.id]) })),
    hasNextPage: rows.length > args.first,
    totalCount,
  };
}
