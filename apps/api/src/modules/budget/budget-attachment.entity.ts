import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { BUDGET_CHECKS } from "../../database/migrations/1765000000000-budget";
import { BudgetSpendingEntity } from "./budget-spending.entity";

/** A document of a spending (receipt, invoice, list of signatures): PDF, PNG or JPEG, at most 2 MB, kept in the row. */
@Entity({ name: "budget_attachments" })
@Check("budget_attachments_media_type_check", BUDGET_CHECKS.budget_attachments_media_type_check)
@Check("budget_attachments_size_check", BUDGET_CHECKS.budget_attachments_size_check)
@Check("budget_attachments_sha256_check", BUDGET_CHECKS.budget_attachments_sha256_check)
@Index("budget_attachments_spending_idx", ["spendingId", "createdAt", "id"])
export class BudgetAttachmentEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "budget_attachments_pkey" })
  id: string;

  @Column({ name: "spending_id", type: "uuid" })
  spendingId: string;

  @ManyToOne(() => BudgetSpendingEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "spending_id", foreignKeyConstraintName: "budget_attachments_spending_id_fkey" })
  spending?: BudgetSpendingEntity;

  @Column({ name: "file_name", type: "varchar", length: 200 })
  fileName: string;

  /** application/pdf, image/png or image/jpeg, recognised by the content's magic bytes. */
  @Column({ name: "media_type", type: "varchar", length: 40 })
  mediaType: string;

  /** Bytes. */
  @Column({ type: "integer" })
  size: number;

  /** Lower-case hex SHA-256 of the content. */
  @Column({ type: "varchar", length: 64 })
  sha256: string;

  /** Not selected by default: read only when the file is asked for. */
  @Column({ type: "bytea", select: false })
  content: Buffer;

  @Column({ name: "created_by", type: "uuid", nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
