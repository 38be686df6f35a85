import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { UnitEntity } from "./unit.entity";
import { EMAIL_MAX_LENGTH, PERSON_NAME_MAX_LENGTH, PHONE_MAX_LENGTH, POSITION_TITLE_MAX_LENGTH } from "@bina/domain";
import type { EmploymentType, FunctionalGrade, Gender, PositionKind } from "@bina/domain";

/** The default page (active, by name); the name search (pg_trgm GIN) and NIP prefix search indexes are in migration 1764600000000. */
@Index("employees_active_name_idx", ["active", "name", "id"])
@Index("employees_name_trgm_idx", { synchronize: false })
@Index("employees_nip_pattern_idx", { synchronize: false })
@Entity({ name: "employees" })
export class EmployeeEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** NIP (PNS) or NI PPPK, 18 digits. */
  @Index("employees_nip_key", { unique: true })
  @Column({ type: "varchar", length: 18 })
  nip: string;

  @Column({ type: "varchar", length: PERSON_NAME_MAX_LENGTH })
  name: string;

  @Column({ type: "varchar", length: 6 })
  gender: Gender;

  @Column({ name: "birth_date", type: "date" })
  birthDate: string;

  @Column({ name: "employment_type", type: "varchar", length: 4 })
  employmentType: EmploymentType;

  @Column({ name: "rank_code", type: "varchar", length: 6 })
  rankCode: string;

  /** The rank's place in its ladder (from the domain), stored so lists can sort by rank in SQL. */
  @Column({ name: "rank_order", type: "smallint" })
  rankOrder: number;

  @Column({ name: "position_kind", type: "varchar", length: 20 })
  positionKind: PositionKind;

  @Column({ name: "position_title", type: "varchar", length: POSITION_TITLE_MAX_LENGTH })
  positionTitle: string;

  @Column({ name: "functional_grade", type: "varchar", length: 20, nullable: true })
  functionalGrade: FunctionalGrade | null;

  @Index("employees_unit_id_idx")
  @Column({ name: "unit_id", type: "uuid" })
  unitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: "RESTRICT", createForeignKeyConstraints: true })
  @JoinColumn({ name: "unit_id", foreignKeyConstraintName: "employees_unit_id_fkey" })
  unit?: UnitEntity;

  @Column({ type: "varchar", length: EMAIL_MAX_LENGTH, nullable: true })
  email: string | null;

  @Column({ type: "varchar", length: PHONE_MAX_LENGTH, nullable: true })
  phone: string | null;

  @Column({ type: "boolean", default: true })
  active: boolean;

  /** Optimistic lock: every update must name the version it read. */
  @Column({ type: "integer", default: 1 })
  version: number;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
