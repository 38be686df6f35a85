import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { POSITION_TITLE_MAX_LENGTH, type PositionKind } from "@bina/domain";
import { CompetencyEntity } from "./competency.entity";

/**
 * The level a position requires of a competency. A row applies to every employee of its position kind, narrowed by
 * functional grade and position title when those are set ('' = any); the most specific matching row wins.
 */
@Entity({ name: "competency_standards" })
@Index("competency_standards_key", ["competencyId", "positionKind", "functionalGrade", "positionTitle"], { unique: true })
export class CompetencyStandardEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "competency_id", type: "uuid" })
  competencyId: string;

  @ManyToOne(() => CompetencyEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "competency_id", foreignKeyConstraintName: "competency_standards_competency_id_fkey" })
  competency?: CompetencyEntity;

  @Column({ name: "position_kind", type: "varchar", length: 20 })
  positionKind: PositionKind;

  @Column({ name: "functional_grade", type: "varchar", length: 20, default: "" })
  functionalGrade: string;

  @Column({ name: "position_title", type: "varchar", length: POSITION_TITLE_MAX_LENGTH, default: "" })
  positionTitle: string;

  @Column({ type: "smallint" })
  level: number;

  /** A programme for this competency is mandatory for holders of this position (raises the need's priority). */
  @Column({ name: "mandatory_programme", type: "boolean", default: false })
  mandatoryProgramme: boolean;
}
