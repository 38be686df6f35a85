import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { CANDIDATE_TITLE_MAX_LENGTH } from "@bina/domain";
import { rupiah } from "../../database/rupiah.transformer";
import { TrainingProposalEntity } from "../proposals/training-proposal.entity";

/** A programme the plan may include: the competencies it develops, how many take part, its JP and estimated cost. */
@Entity({ name: "programme_candidates" })
@Index("programme_candidates_proposal_id_key", ["proposalId"], { unique: true, where: `"proposal_id" IS NOT NULL` })
export class ProgrammeCandidateEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("programme_candidates_year_idx")
  @Column({ type: "smallint" })
  year: number;

  @Column({ type: "varchar", length: CANDIDATE_TITLE_MAX_LENGTH })
  title: string;

  @Column({ type: "integer" })
  jp: number;

  @Column({ type: "integer" })
  participants: number;

  /** Estimated cost, whole rupiah (`bigint`, converted at this boundary). */
  @Column({ type: "bigint", transformer: rupiah })
  cost: number;

  /** Always in the plan (e.g. Latsar CPNS, leadership programmes the law requires). */
  @Column({ type: "boolean", default: false })
  mandatory: boolean;

  /** The accepted proposal it was made from (at most one candidate per proposal); null otherwise. */
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
