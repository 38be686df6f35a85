import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { BUDGET_CHECKS } from "../../database/migrations/1765000000000-budget";
import { rupiah } from "../../database/rupiah.transformer";
import { BudgetLineEntity } from "./budget-line.entity";

export const REVISION_STATES = ["REQUESTED", "APPROVED", "REJECTED"] as const;
export type RevisionState = (typeof REVISION_STATES)[number];

/**
 * A requested revision of the year's ceilings: a TRANSFER of `amount` from one line to another, or a CHANGE of one line's
 * ceiling to `newCeiling` (e.g. the APBD-P), with a reason; decided (approved and applied, or rejected) by an admin.
 */
@Entity({ name: "budget_revisions" })
@Check("budget_revisions_kind_check", BUDGET_CHECKS.budget_revisions_kind_check)
@Check("budget_revisions_status_check", BUDGET_CHECKS.budget_revisions_status_check)
@Check("budget_revisions_shape_check", BUDGET_CHECKS.budget_revisions_shape_check)
@Check("budget_revisions_decided_check", BUDGET_CHECKS.budget_revisions_decided_check)
@Index("budget_revisions_year_idx", ["fiscalYear", "requestedAt", "id"])
@Index("budget_revisions_year_status_idx", ["fiscalYear", "status", "requestedAt", "id"])
export class BudgetRevisionEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "budget_revisions_pkey" })
  id: string;

  @Column({ name: "fiscal_year", type: "smallint" })
  fiscalYear: number;

  /** One of the domain's REVISION_KINDS. */
  @Column({ type: "varchar", length: 10 })
  kind: string;

  @Column({ name: "from_line_id", type: "uuid", nullable: true })
  fromLineId: string | null;

  @ManyToOne(() => BudgetLineEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "from_line_id", foreignKeyConstraintName: "budget_revisions_from_line_id_fkey" })
  fromLine?: BudgetLineEntity;

  @Column({ name: "to_line_id", type: "uuid", nullable: true })
  toLineId: string | null;

  @ManyToOne(() => BudgetLineEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "to_line_id", foreignKeyConstraintName: "budget_revisions_to_line_id_fkey" })
  toLine?: BudgetLineEntity;

  @Column({ name: "line_id", type: "uuid", nullable: true })
  lineId: string | null;

  @ManyToOne(() => BudgetLineEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "line_id", foreignKeyConstraintName: "budget_revisions_line_id_fkey" })
  line?: BudgetLineEntity;

  /** TRANSFER: the whole rupiah moved. */
  @Column({ type: "bigint", nullable: true, transformer: rupiah })
  amount: number | null;

  /** CHANGE: the line's new ceiling. */
  @Column({ name: "new_ceiling", type: "bigint", nullable: true, transformer: rupiah })
  newCeiling: number | null;

  @Column({ type: "varchar", length: 1000 })
  reason: string;

  @Column({ type: "varchar", length: 10, default: "REQUESTED" })
  status: RevisionState;

  @Column({ name: "requested_by", type: "uuid", nullable: true })
  requestedBy: string | null;

  @Column({ name: "requested_at", type: "timestamptz", default: () => "now()" })
  requestedAt: Date;

  @Column({ name: "decided_by", type: "uuid", nullable: true })
  decidedBy: string | null;

  @Column({ name: "decided_at", type: "timestamptz", nullable: true })
  decidedAt: Date | null;

  @Column({ name: "decision_note", type: "varchar", length: 1000, nullable: true })
  decisionNote: string | null;

  @Column({ type: "integer", default: 1 })
  version: number;
}
