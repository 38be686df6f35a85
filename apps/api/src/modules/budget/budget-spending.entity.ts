import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { BUDGET_CHECKS } from "../../database/migrations/1765000000000-budget";
import { rupiah } from "../../database/rupiah.transformer";
import { BatchEntity } from "../delivery/batch.entity";
import { decimal } from "../delivery/jp.transformer";
import { BudgetLineEntity } from "./budget-line.entity";

export const SPENDING_STATES = ["ACTIVE", "CANCELLED"] as const;
export type SpendingState = (typeof SPENDING_STATES)[number];

/** A spending (realisasi) on a budget line: cancelled with a reason, never deleted; its history is in the events. */
@Entity({ name: "budget_spendings" })
@Check("budget_spendings_amount_check", BUDGET_CHECKS.budget_spendings_amount_check)
@Check("budget_spendings_category_check", BUDGET_CHECKS.budget_spendings_category_check)
@Check("budget_spendings_quantity_check", BUDGET_CHECKS.budget_spendings_quantity_check)
@Check("budget_spendings_status_check", BUDGET_CHECKS.budget_spendings_status_check)
@Check("budget_spendings_cancel_check", BUDGET_CHECKS.budget_spendings_cancel_check)
@Index("budget_spendings_line_idx", ["budgetLineId", "spentOn", "id"])
@Index("budget_spendings_batch_idx", ["batchId"])
export class BudgetSpendingEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "budget_spendings_pkey" })
  id: string;

  @Column({ name: "budget_line_id", type: "uuid" })
  budgetLineId: string;

  @ManyToOne(() => BudgetLineEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "budget_line_id", foreignKeyConstraintName: "budget_spendings_budget_line_id_fkey" })
  budgetLine?: BudgetLineEntity;

  /** Whole rupiah, more than 0. */
  @Column({ type: "bigint", transformer: rupiah })
  amount: number;

  @Column({ name: "spent_on", type: "date" })
  spentOn: string;

  @Column({ type: "varchar", length: 500 })
  description: string;

  @Column({ name: "document_number", type: "varchar", length: 100 })
  documentNumber: string;

  /** One of the domain's SPENDING_CATEGORIES. */
  @Column({ type: "varchar", length: 32, nullable: true })
  category: string | null;

  /** Persons, sessions, JP or person-days, the basis of the category's standard cost. */
  @Column({ type: "numeric", precision: 12, scale: 2, nullable: true, transformer: decimal })
  quantity: number | null;

  @Column({ name: "batch_id", type: "uuid", nullable: true })
  batchId: string | null;

  @ManyToOne(() => BatchEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "batch_id", foreignKeyConstraintName: "budget_spendings_batch_id_fkey" })
  batch?: BatchEntity;

  @Column({ type: "varchar", length: 10, default: "ACTIVE" })
  status: SpendingState;

  @Column({ name: "cancel_reason", type: "varchar", length: 1000, nullable: true })
  cancelReason: string | null;

  @Column({ type: "integer", default: 1 })
  version: number;

  @Column({ name: "created_by", type: "uuid", nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
