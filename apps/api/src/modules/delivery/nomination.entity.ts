import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { DELIVERY_CHECKS } from "../../database/migrations/1764800000000-delivery";
import { ATTENDANCE_CHECKS } from "../../database/migrations/1764800000100-attendance";
import { EmployeeEntity } from "../organization/employee.entity";
import { UnitEntity } from "../organization/unit.entity";
import { BatchEntity } from "./batch.entity";
import { decimal } from "./jp.transformer";

/**
 * An employee put forward for a batch. NOMINATED and APPROVED hold a seat; WAITLISTED waits for one. At most one active
 * (NOMINATED, APPROVED, WAITLISTED) nomination per batch and employee: `nominations_active_key`, a partial unique index
 * (migration 1764800000000; declared here with synchronize false, as TypeORM cannot compare its IN predicate).
 */
@Entity({ name: "nominations" })
@Check("nominations_status_check", DELIVERY_CHECKS.nominations_status_check)
@Check("nominations_pre_score_check", ATTENDANCE_CHECKS.nominations_pre_score_check)
@Check("nominations_post_score_check", ATTENDANCE_CHECKS.nominations_post_score_check)
@Check("nominations_outcome_check", ATTENDANCE_CHECKS.nominations_outcome_check)
@Check("nominations_attended_jp_check", ATTENDANCE_CHECKS.nominations_attended_jp_check)
@Index("nominations_active_key", { synchronize: false })
@Index("nominations_batch_idx", ["batchId", "requestedAt", "id"])
@Index("nominations_employee_idx", ["employeeId", "status"])
@Index("nominations_unit_idx", ["unitId", "requestedAt", "id"])
export class NominationEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "batch_id", type: "uuid" })
  batchId: string;

  @ManyToOne(() => BatchEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "batch_id", foreignKeyConstraintName: "nominations_batch_id_fkey" })
  batch?: BatchEntity;

  @Column({ name: "employee_id", type: "uuid" })
  employeeId: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "employee_id", foreignKeyConstraintName: "nominations_employee_id_fkey" })
  employee?: EmployeeEntity;

  /** The employee's unit when nominated (quotas and operators' scope count by it). */
  @Column({ name: "unit_id", type: "uuid" })
  unitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "unit_id", foreignKeyConstraintName: "nominations_unit_id_fkey" })
  unit?: UnitEntity;

  /** One of the domain's NOMINATION_STATES. */
  @Column({ type: "varchar", length: 12 })
  status: string;

  @Column({ name: "requested_at", type: "timestamptz", default: () => "now()" })
  requestedAt: Date;

  @Column({ name: "nominated_by", type: "uuid", nullable: true })
  nominatedBy: string | null;

  @Column({ name: "decided_by", type: "uuid", nullable: true })
  decidedBy: string | null;

  @Column({ name: "decided_at", type: "timestamptz", nullable: true })
  decidedAt: Date | null;

  @Column({ type: "varchar", length: 500, nullable: true })
  reason: string | null;

  // Attendance module (migration 1764800000100-attendance): scores and what completion found.
  /** Pre-test score, 0..100; null when none was recorded. */
  @Column({ name: "pre_score", type: "numeric", precision: 5, scale: 2, nullable: true, transformer: decimal })
  preScore: number | null;

  /** Post-test score, 0..100; null when none was recorded. */
  @Column({ name: "post_score", type: "numeric", precision: 5, scale: 2, nullable: true, transformer: decimal })
  postScore: number | null;

  /** JP of the sessions attended, set when the batch is completed. */
  @Column({ name: "attended_jp", type: "numeric", precision: 7, scale: 2, nullable: true, transformer: decimal })
  attendedJp: number | null;

  /** COMPLETED or NOT_COMPLETED once the batch is completed; null before. */
  @Column({ type: "varchar", length: 16, nullable: true })
  outcome: string | null;

  @Column({ name: "completed_at", type: "timestamptz", nullable: true })
  completedAt: Date | null;

  @Column({ type: "integer", default: 1 })
  version: number;
}
