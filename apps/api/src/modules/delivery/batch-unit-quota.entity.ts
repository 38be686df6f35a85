import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { DELIVERY_CHECKS } from "../../database/migrations/1764800000000-delivery";
import { UnitEntity } from "../organization/unit.entity";
import { BatchEntity } from "./batch.entity";

/** Seats of a batch reserved for a unit (its staff, sub-units included): at most this many seats held by its nominees. */
@Entity({ name: "batch_unit_quotas" })
@Check("batch_unit_quotas_seats_check", DELIVERY_CHECKS.batch_unit_quotas_seats_check)
export class BatchUnitQuotaEntity {
  @PrimaryColumn({ name: "batch_id", type: "uuid", primaryKeyConstraintName: "batch_unit_quotas_pkey" })
  batchId: string;

  @ManyToOne(() => BatchEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "batch_id", foreignKeyConstraintName: "batch_unit_quotas_batch_id_fkey" })
  batch?: BatchEntity;

  @PrimaryColumn({ name: "unit_id", type: "uuid", primaryKeyConstraintName: "batch_unit_quotas_pkey" })
  unitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "unit_id", foreignKeyConstraintName: "batch_unit_quotas_unit_id_fkey" })
  unit?: UnitEntity;

  @Column({ type: "integer" })
  seats: number;
}
