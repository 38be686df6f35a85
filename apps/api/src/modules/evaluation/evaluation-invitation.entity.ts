import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { EVALUATION_CHECKS } from "../../database/migrations/1764900000100-evaluation";
import { BatchEntity } from "../delivery/batch.entity";
import { EmployeeEntity } from "../organization/employee.entity";

/** The Kirkpatrick levels answered through a personal link: reaction (level 1) and behaviour (level 3). */
export const EVALUATION_LEVELS = ["REACTION", "BEHAVIOUR"] as const;
export type EvaluationLevel = (typeof EVALUATION_LEVELS)[number];

/** Who answers a form: a participant (reaction), the alumnus or the alumnus's superior (behaviour). */
export const EVALUATION_ROLES = ["PARTICIPANT", "ALUMNUS", "SUPERIOR"] as const;
export type EvaluationRole = (typeof EVALUATION_ROLES)[number];

/**
 * One personal evaluation form of a batch: about `employeeId` (the participant or alumnus), for one level and role, open
 * from `opensOn` to `expiresOn` (dates in Asia/Jakarta), answered once. `answers` is the domain's ReactionResponse
 * (`{answers, speakers}`) for REACTION and `{answers}` (BehaviourResponse without the role) for BEHAVIOUR.
 */
@Entity({ name: "evaluation_invitations" })
@Check("evaluation_invitations_level_check", EVALUATION_CHECKS.evaluation_invitations_level_check)
@Check("evaluation_invitations_role_check", EVALUATION_CHECKS.evaluation_invitations_role_check)
@Check("evaluation_invitations_dates_check", EVALUATION_CHECKS.evaluation_invitations_dates_check)
@Check("evaluation_invitations_answer_check", EVALUATION_CHECKS.evaluation_invitations_answer_check)
@Index("evaluation_invitations_key", ["batchId", "employeeId", "level", "role"], { unique: true })
@Index("evaluation_invitations_employee_idx", ["employeeId"])
export class EvaluationInvitationEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "evaluation_invitations_pkey" })
  id: string;

  @Column({ name: "batch_id", type: "uuid" })
  batchId: string;

  @ManyToOne(() => BatchEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "batch_id", foreignKeyConstraintName: "evaluation_invitations_batch_id_fkey" })
  batch?: BatchEntity;

  @Column({ name: "employee_id", type: "uuid" })
  employeeId: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "employee_id", foreignKeyConstraintName: "evaluation_invitations_employee_id_fkey" })
  employee?: EmployeeEntity;

  @Column({ type: "varchar", length: 10 })
  level: EvaluationLevel;

  @Column({ type: "varchar", length: 12 })
  role: EvaluationRole;

  @Column({ name: "opens_on", type: "date" })
  opensOn: string;

  @Column({ name: "expires_on", type: "date" })
  expiresOn: string;

  @Column({ name: "answered_at", type: "timestamptz", nullable: true })
  answeredAt: Date | null;

  @Column({ type: "jsonb", nullable: true })
  answers: Record<string, unknown> | null;

  @Column({ type: "varchar", length: 1000, nullable: true })
  comment: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
