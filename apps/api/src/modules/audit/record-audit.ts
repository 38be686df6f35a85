import type { EntityManager } from "typeorm";
import { AuditEntryEntity, type AuditAction } from "./audit-entry.entity";

export interface AuditRecord {
  readonly action: AuditAction;
  readonly entityType: string;
  readonly entityId: string;
  readonly before: Record<string, unknown> | null;
  readonly after: Record<string, unknown> | null;
}

/** Writes audit entries in the caller's transaction, in batches of one statement per 500 entries. */
export async function recordAudit(manager: EntityManager, actorId: string | null, records: readonly AuditRecord[]): Promise<void> {
  for (let i = 0; i < records.length; i += 500) {
    const batch = records.slice(i, i + 500).map((r) => ({ ...r, actorId }) as Partial<AuditEntryEntity>);
    await manager.createQueryBuilder().insert().into(AuditEntryEntity).values(batch as never).execute();
  }
}
