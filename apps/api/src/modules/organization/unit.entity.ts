import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { UNIT_CODE_MAX_LENGTH, UNIT_NAME_MAX_LENGTH } from "@bina/domain";
import type { UnitKind } from "@bina/domain";

/** A unit of the organisation tree. `path` lists the ids from the root, so "this unit and its sub-units" is one prefix match. */
/** `units_path_pattern_idx` (path text_pattern_ops, migration 1764600000000) serves the subtree prefix match. */
@Index("units_path_pattern_idx", { synchronize: false })
@Entity({ name: "units" })
export class UnitEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("units_code_key", { unique: true })
  @Column({ type: "varchar", length: UNIT_CODE_MAX_LENGTH })
  code: string;

  @Column({ type: "varchar", length: UNIT_NAME_MAX_LENGTH })
  name: string;

  @Column({ type: "varchar", length: 20 })
  kind: UnitKind;

  @Column({ name: "parent_id", type: "uuid", nullable: true })
  parentId: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "parent_id", foreignKeyConstraintName: "units_parent_id_fkey" })
  parent?: UnitEntity;

  /** `/rootId/childId/.../thisId/` */
  @Index("units_path_idx")
  @Column({ type: "text" })
  path: string;
}
