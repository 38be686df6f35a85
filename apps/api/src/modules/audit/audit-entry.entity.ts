import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

export const AUDIT_ACTIONS = ["CREATE", "UPDATE", "DEACTIVATE", "DELETE", "IMPORT", "DECIDE", "ADOPT"] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One change: who, when, what, before and after. Written in the same transaction as the change. */
@Entity({ name: "audit_entries" })
@Index("audit_entries_entity_idx", ["entityType", "entityId"])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn("increment", { type: "bigint" })
  id: string;

  @Index("audit_entries_at_idx")
  @CreateDateColumn({ type: "timestamptz" })
  at: Date;

  @Column({ name: "actor_id", type: "uuid", nullable: true })
  actorId: string | null;

  @Column({ type: "varchar", length: 20 })
  action: AuditAction;

  @Column({ name: "entity_type", type: "varchar", length: 40 })
  entityType: string;

  @Column({ name: "entity_id", type: "varchar", length: 64 })
  entityId: string;

  @Column({ type: "jsonb", nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: "jsonb", nullable: true })
  after: Record<string, unknown> | null;
}
