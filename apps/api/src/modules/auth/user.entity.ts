import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { UnitEntity } from "../organization/unit.entity";
import type { Role } from "../../kit/role";

@Entity({ name: "users" })
export class UserEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("users_username_key", { unique: true })
  @Column({ type: "varchar", length: 60 })
  username: string;

  @Column({ name: "display_name", type: "varchar", length: 120 })
  displayName: string;

  /** argon2id hash. */
  @Column({ name: "password_hash", type: "text" })
  passwordHash: string;

  @Column({ type: "varchar", length: 20 })
  role: Role;

  /** The unit a UNIT_OPERATOR is bound to. */
  @Column({ name: "unit_id", type: "uuid", nullable: true })
  unitId: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "unit_id", foreignKeyConstraintName: "users_unit_id_fkey" })
  unit?: UnitEntity;

  @Column({ type: "boolean", default: true })
  active: boolean;

  /** Bumped by logout and password change: tokens carrying an older version are refused. */
  @Column({ name: "token_version", type: "integer", default: 0 })
  tokenVersion: number;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
