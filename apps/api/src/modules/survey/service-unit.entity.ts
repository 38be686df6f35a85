import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import type { ServiceUnitKind } from "@bina/domain";
import { SURVEY_CHECKS } from "../../database/migrations/1764900000000-survey";
import { UnitEntity } from "../organization/unit.entity";

/** A place the public is served at (Disdukcapil, a puskesmas, a kelurahan office, ...), surveyed at `/survey/<code>`. */
@Entity({ name: "service_units" })
@Check("service_units_code_check", SURVEY_CHECKS.service_units_code_check)
@Check("service_units_kind_check", SURVEY_CHECKS.service_units_kind_check)
@Check("service_units_yearly_users_check", SURVEY_CHECKS.service_units_yearly_users_check)
@Index("service_units_code_key", ["code"], { unique: true })
@Index("service_units_unit_idx", ["unitId"])
@Index("service_units_name_idx", ["name", "id"])
export class ServiceUnitEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "service_units_pkey" })
  id: string;

  /** The public URL slug (SERVICE_UNIT_CODE_PATTERN). */
  @Column({ type: "varchar", length: 40 })
  code: string;

  @Column({ type: "varchar", length: 200 })
  name: string;

  /** One of the domain's SERVICE_UNIT_KINDS. */
  @Column({ type: "varchar", length: 30 })
  kind: ServiceUnitKind;

  /** The organisational unit whose staff (its subtree's employees) serve here. */
  @Column({ name: "unit_id", type: "uuid" })
  unitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "unit_id", foreignKeyConstraintName: "service_units_unit_id_fkey" })
  unit?: UnitEntity;

  /** Service users a year: the population of the required sample (skmSampleSize). */
  @Column({ name: "yearly_users", type: "integer" })
  yearlyUsers: number;

  /** An inactive unit has no public survey page. */
  @Column({ type: "boolean", default: true })
  active: boolean;

  @Column({ type: "integer", default: 1 })
  version: number;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
