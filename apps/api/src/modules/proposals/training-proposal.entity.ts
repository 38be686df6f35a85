import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { PROPOSAL_TITLE_MAX_LENGTH, type ProposalStatus } from "@bina/domain";
import { CompetencyEntity } from "../competency/competency.entity";
import { UnitEntity } from "../organization/unit.entity";

export { PROPOSAL_STATUSES, type ProposalStatus } from "@bina/domain";

/** A unit's request for a training programme; an administrator accepts it or returns it with a reason. */
@Entity({ name: "training_proposals" })
@Index("training_proposals_year_status_idx", ["year", "status"])
export class TrainingProposalEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "unit_id", type: "uuid" })
  unitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "unit_id", foreignKeyConstraintName: "training_proposals_unit_id_fkey" })
  unit?: UnitEntity;

  @Column({ type: "smallint" })
  year: number;

  @Column({ name: "competency_id", type: "uuid" })
  competencyId: string;

  @ManyToOne(() => CompetencyEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "competency_id", foreignKeyConstraintName: "training_proposals_competency_id_fkey" })
  competency?: CompetencyEntity;

  @Column({ type: "varchar", length: PROPOSAL_TITLE_MAX_LENGTH })
  title: string;

  @Column({ type: "integer" })
  participants: number;

  @Column({ type: "integer" })
  jp: number;

  @Column({ type: "text" })
  justification: string;

  @Column({ type: "varchar", length: 10, default: "SUBMITTED" })
  status: ProposalStatus;

  @Column({ name: "decision_reason", type: "text", nullable: true })
  decisionReason: string | null;

  @Column({ name: "proposed_by", type: "uuid", nullable: true })
  proposedBy: string | null;

  @Column({ name: "decided_by", type: "uuid", nullable: true })
  decidedBy: string | null;

  @Column({ name: "decided_at", type: "timestamptz", nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Column({ type: "integer", default: 1 })
  version: number;
}
