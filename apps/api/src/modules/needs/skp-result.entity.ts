import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { SkpPredikat, SkpRating } from "@bina/domain";
import { EmployeeEntity } from "../organization/employee.entity";

/** An employee's yearly performance result (SKP, PermenPANRB 6/2022); the predikat is derived by the domain. */
@Entity({ name: "skp_results" })
@Index("skp_results_employee_year_key", ["employeeId", "year"], { unique: true })
export class SkpResultEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "employee_id", type: "uuid" })
  employeeId: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "employee_id", foreignKeyConstraintName: "skp_results_employee_id_fkey" })
  employee?: EmployeeEntity;

  @Column({ type: "smallint" })
  year: number;

  @Column({ name: "result_rating", type: "varchar", length: 10 })
  resultRating: SkpRating;

  @Column({ name: "behaviour_rating", type: "varchar", length: 10 })
  behaviourRating: SkpRating;

  @Column({ type: "varchar", length: 20 })
  predikat: SkpPredikat;

  @Column({ type: "integer", default: 1 })
  version: number;
}
