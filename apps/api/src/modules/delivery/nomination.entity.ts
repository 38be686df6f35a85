import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { DELIVERY_CHECKS } from "../../database/migrations/1764800000000-delivery";
import { EmployeeEntity } from "../organization/employee.entity";
import { UnitEntity } from "../organization/unit.entity";
import { BatchEntity } from "./batch.entity";

/**
 * An employee put forward for a batch. NOMINATED and APPROVED hold a seat; WAITLISTED waits for one. At most one active
 * (NOMINATED, APPROVED, WAITLISTED) nomination per batch and employee: `nominations_active_key`, a partial unique index
 * (migration 1764800000000; declared here with synchronize false, as TypeORM cannot compare its IN predicate).
 */
@Entity({ name: "nominations" })
@Check("nominations_status_check", DELIVERY_CHECKS.nominations_status_check)
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

  @Column({ type: "integer", default: 1 })
  version: number;
}
