import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { rupiah } from "../../database/rupiah.transformer";
import { TrainingProposalEntity } from "../needs/training-proposal.entity";

/** A programme the plan may include: the competencies it develops, how many take part, its JP and estimated cost. */
@Entity({ name: "programme_candidates" })
export class ProgrammeCandidateEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("programme_candidates_year_idx")
  @Column({ type: "smallint" })
  year: number;

  @Column({ type: "varchar", length: 200 })
  title: string;

  @Column({ type: "integer" })
  jp: number;

  @Column({ type: "integer" })
  participants: number;

  /** Whole rupiah. */
  @Column({ name: "estimated_cost", type: "bigint", transformer: rupiah })
  estimatedCost: number;

  /** Always in the plan (e.g. Latsar CPNS, leadership programmes the law requires). */
  @Column({ type: "boolean", default: false })
  mandatory: boolean;

  @Column({ name: "proposal_id", type: "uuid", nullable: true })
  proposalId: string | null;

  @ManyToOne(() => TrainingProposalEntity, { onDelete: "SET NULL" })
  @JoinColumn({ name: "proposal_id", foreignKeyConstraintName: "programme_candidates_proposal_id_fkey" })
  proposal?: TrainingProposalEntity;

  @Column({ name: "competency_ids", type: "uuid", array: true })
  competencyIds: string[];

  @Column({ type: "integer", default: 1 })
  version: number;
}
