import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { EVALUATION_CHECKS } from "../../database/migrations/1764900000100-evaluation";
import { BatchEntity } from "../delivery/batch.entity";
import { ProgrammeEntity } from "../delivery/programme.entity";
import { UnitEntity } from "../organization/unit.entity";
import { ServiceUnitEntity } from "../survey/service-unit.entity";
import { SurveyPeriodEntity } from "../survey/survey-period.entity";

/** What a finding is about. */
export const IMPROVEMENT_SOURCES = ["LOW_REACTION", "LOW_N_GAIN", "NO_BEHAVIOUR_CHANGE", "WEAK_ELEMENT", "OTHER"] as const;
export type ImprovementSource = (typeof IMPROVEMENT_SOURCES)[number];

export const IMPROVEMENT_STATES = ["OPEN", "CLOSED"] as const;
export type ImprovementState = (typeof IMPROVEMENT_STATES)[number];

/** The nine SKM elements an action about a weak element names. */
export const SKM_ELEMENT_CODES = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"] as const;

/** An improvement action opened from an evaluation or survey finding: owner, due date, and when closed what changed. */
@Entity({ name: "improvement_actions" })
@Check("improvement_actions_source_check", EVALUATION_CHECKS.improvement_actions_source_check)
@Check("improvement_actions_status_check", EVALUATION_CHECKS.improvement_actions_status_check)
@Check("improvement_actions_element_check", EVALUATION_CHECKS.improvement_actions_element_check)
@Check("improvement_actions_closed_check", EVALUATION_CHECKS.improvement_actions_closed_check)
@Index("improvement_actions_status_due_idx", ["status", "dueOn", "id"])
@Index("improvement_actions_due_idx", ["dueOn", "id"])
export class ImprovementActionEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "improvement_actions_pkey" })
  id: string;

  @Column({ type: "varchar", length: 20 })
  source: ImprovementSource;

  @Column({ type: "varchar", length: 200 })
  title: string;

  @Column({ type: "varchar", length: 1000 })
  finding: string;

  @Column({ name: "batch_id", type: "uuid", nullable: true })
  batchId: string | null;

  @ManyToOne(() => BatchEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "batch_id", foreignKeyConstraintName: "improvement_actions_batch_id_fkey" })
  batch?: BatchEntity;

  @Column({ name: "programme_id", type: "uuid", nullable: true })
  programmeId: string | null;

  @ManyToOne(() => ProgrammeEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "programme_id", foreignKeyConstraintName: "improvement_actions_programme_id_fkey" })
  programme?: ProgrammeEntity;

  @Column({ name: "service_unit_id", type: "uuid", nullable: true })
  serviceUnitId: string | null;

  @ManyToOne(() => ServiceUnitEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "service_unit_id", foreignKeyConstraintName: "improvement_actions_service_unit_id_fkey" })
  serviceUnit?: ServiceUnitEntity;

  @Column({ name: "period_id", type: "uuid", nullable: true })
  periodId: string | null;

  @ManyToOne(() => SurveyPeriodEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "period_id", foreignKeyConstraintName: "improvement_actions_period_id_fkey" })
  period?: SurveyPeriodEntity;

  @Column({ type: "varchar", length: 2, nullable: true })
  element: string | null;

  @Column({ name: "owner_name", type: "varchar", length: 200 })
  ownerName: string;

  @Column({ name: "owner_unit_id", type: "uuid", nullable: true })
  ownerUnitId: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "owner_unit_id", foreignKeyConstraintName: "improvement_actions_owner_unit_id_fkey" })
  ownerUnit?: UnitEntity;

  @Column({ name: "due_on", type: "date" })
  dueOn: string;

  @Column({ type: "varchar", length: 10, default: "OPEN" })
  status: ImprovementState;

  @Column({ type: "varchar", length: 1000, nullable: true })
  outcome: string | null;

  @Column({ name: "closed_on", type: "date", nullable: true })
  closedOn: string | null;

  @Column({ type: "integer", default: 1 })
  version: number;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
