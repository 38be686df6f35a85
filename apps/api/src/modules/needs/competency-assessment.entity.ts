import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { CompetencyEntity } from "../competency/competency.entity";
import { EmployeeEntity } from "../organization/employee.entity";
import type { AssessmentSource } from "@bina/domain";
import { AssessmentCycleEntity } from "./assessment-cycle.entity";

/** The vocabulary lives in the domain (`ASSESSMENT_SOURCES`, `checkAssessmentSource`); re-exported for the imports. */
export { ASSESSMENT_SOURCES, type AssessmentSource } from "@bina/domain";

/** One measured level of one competency of one employee. History: rows are only ever added; the latest counts. */
@Entity({ name: "competency_assessments" })
@Index("competency_assessments_latest_idx", ["employeeId", "competencyId", "assessedOn", "recordedAt"])
export class CompetencyAssessmentEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("competency_assessments_cycle_idx")
  @Column({ name: "cycle_id", type: "uuid" })
  cycleId: string;

  @ManyToOne(() => AssessmentCycleEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "cycle_id", foreignKeyConstraintName: "competency_assessments_cycle_id_fkey" })
  cycle?: AssessmentCycleEntity;

  @Column({ name: "employee_id", type: "uuid" })
  employeeId: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "employee_id", foreignKeyConstraintName: "competency_assessments_employee_id_fkey" })
  employee?: EmployeeEntity;

  @Column({ name: "competency_id", type: "uuid" })
  competencyId: string;

  @ManyToOne(() => CompetencyEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "competency_id", foreignKeyConstraintName: "competency_assessments_competency_id_fkey" })
  competency?: CompetencyEntity;

  @Column({ type: "smallint" })
  level: number;

  @Column({ type: "varchar", length: 20 })
  source: AssessmentSource;

  @Column({ name: "assessed_on", type: "date" })
  assessedOn: string;

  @Column({ name: "recorded_by", type: "uuid", nullable: true })
  recordedBy: string | null;

  @Column({ name: "recorded_at", type: "timestamptz", default: () => "now()" })
  recordedAt: Date;
}
