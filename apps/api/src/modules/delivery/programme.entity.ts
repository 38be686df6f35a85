import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { DELIVERY_CHECKS } from "../../database/migrations/1764800000000-delivery";
import { PlanEntity } from "../planning/plan.entity";
import { ProgrammeCandidateEntity } from "../planning/programme-candidate.entity";

/** A development programme of a year: from an adopted plan's item (plan and candidate kept) or ad hoc. */
@Entity({ name: "programmes" })
@Check("programmes_kind_check", DELIVERY_CHECKS.programmes_kind_check)
@Check("programmes_leadership_programme_check", DELIVERY_CHECKS.programmes_leadership_programme_check)
@Check("programmes_organiser_check", DELIVERY_CHECKS.programmes_organiser_check)
@Check("programmes_status_check", DELIVERY_CHECKS.programmes_status_check)
@Check("programmes_year_check", DELIVERY_CHECKS.programmes_year_check)
@Index("programmes_year_title_idx", ["year", "title", "id"])
@Index("programmes_year_kind_idx", ["year", "kind", "title", "id"])
@Index("programmes_year_status_idx", ["year", "status", "title", "id"])
@Index("programmes_plan_candidate_key", ["planId", "candidateId"], { unique: true, where: `"plan_id" IS NOT NULL` })
export class ProgrammeEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "smallint" })
  year: number;

  @Column({ type: "varchar", length: 200 })
  title: string;

  /** One of the domain's DEVELOPMENT_KINDS (PerLAN 10/2018). */
  @Column({ type: "varchar", length: 32 })
  kind: string;

  /** For LEADERSHIP_TRAINING only: one of LEADERSHIP_PROGRAMMES (Latsar CPNS, PKP, PKA, PKN II, PKN I). */
  @Column({ name: "leadership_programme", type: "varchar", length: 16, nullable: true })
  leadershipProgramme: string | null;

  /** BKPSDM, PROVINCE, LAN, OTHER_CITY, ONLINE_PLATFORM or OTHER. */
  @Column({ type: "varchar", length: 24 })
  organiser: string;

  @Column({ name: "organiser_name", type: "varchar", length: 200, nullable: true })
  organiserName: string | null;

  @Column({ name: "plan_id", type: "uuid", nullable: true })
  planId: string | null;

  @ManyToOne(() => PlanEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "plan_id", foreignKeyConstraintName: "programmes_plan_id_fkey" })
  plan?: PlanEntity;

  @Column({ name: "candidate_id", type: "uuid", nullable: true })
  candidateId: string | null;

  @ManyToOne(() => ProgrammeCandidateEntity, { onDelete: "SET NULL" })
  @JoinColumn({ name: "candidate_id", foreignKeyConstraintName: "programmes_candidate_id_fkey" })
  candidate?: ProgrammeCandidateEntity;

  @Column({ name: "competency_ids", type: "uuid", array: true, default: () => "'{}'" })
  competencyIds: string[];

  /** One of the domain's DELIVERY_STATES, moved by transitionProgramme. */
  @Column({ type: "varchar", length: 12, default: "DRAFT" })
  status: string;

  @Column({ type: "integer", default: 1 })
  version: number;

  @Column({ name: "created_by", type: "uuid", nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
