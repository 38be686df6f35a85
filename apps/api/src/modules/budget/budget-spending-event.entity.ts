import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { BUDGET_CHECKS } from "../../database/migrations/1765000000000-budget";
import { BudgetSpendingEntity } from "./budget-spending.entity";

export const SPENDING_EVENT_KINDS = ["CREATED", "EDITED", "CANCELLED"] as const;
export type SpendingEventKindValue = (typeof SPENDING_EVENT_KINDS)[number];

/** The fields of a spending an event keeps before and after the change. */
export interface SpendingSnapshot {
  readonly amount: number;
  readonly spentOn: string;
  readonly description: string;
  readonly documentNumber: string;
  readonly status: string;
  readonly cancelReason: string | null;
}

/** One entry of a spending's history (append-only): created, edited or cancelled, by whom, when, before and after. */
@Entity({ name: "budget_spending_events" })
@Check("budget_spending_events_kind_check", BUDGET_CHECKS.budget_spending_events_kind_check)
@Index("budget_spending_events_spending_idx", ["spendingId", "at", "id"])
export class BudgetSpendingEventEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "budget_spending_events_pkey" })
  id: string;

  @Column({ name: "spending_id", type: "uuid" })
  spendingId: string;

  @ManyToOne(() => BudgetSpendingEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "spending_id", foreignKeyConstraintName: "budget_spending_events_spending_id_fkey" })
  spending?: BudgetSpendingEntity;

  @Column({ type: "varchar", length: 10 })
  kind: SpendingEventKindValue;

  @Column({ type: "jsonb", nullable: true })
  before: SpendingSnapshot | null;

  @Column({ type: "jsonb", nullable: true })
  after: SpendingSnapshot | null;

  @Column({ name: "actor_id", type: "uuid", nullable: true })
  actorId: string | null;

  @Column({ type: "timestamptz", default: () => "now()" })
  at: Date;
}
