import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { rupiah } from "../../database/rupiah.transformer";

export const PLAN_STATUSES = ["DRAFT", "ADOPTED", "SUPERSEDED"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** One candidate as the optimiser saw it, kept with the plan so an old version stays readable after candidates change. */
export interface PlanItem {
  readonly candidateId: string;
  readonly title: string;
  readonly cost: number;
  readonly value: number;
  readonly participants: number;
  readonly jp: number;
  readonly mandatory: boolean;
  readonly selected: boolean;
  /** Why it is in or out: SELECTED, MANDATORY, OVER_REMAINING_BUDGET, LOWER_VALUE_FOR_COST. */
  readonly reason: string;
}

/** A yearly plan: the optimiser's choice within a ceiling. Each run is a new version; adopting one supersedes the last. */
@Entity({ name: "plans" })
@Index("plans_year_version_key", ["year", "version"], { unique: true })
export class PlanEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "smallint" })
  year: number;

  @Column({ type: "integer" })
  version: number;

  @Column({ type: "bigint", transformer: rupiah })
  ceiling: number;

  @Column({ type: "varchar", length: 12, default: "DRAFT" })
  status: PlanStatus;

  @Column({ type: "varchar", length: 12 })
  method: string;

  @Column({ name: "total_cost", type: "bigint", transformer: rupiah })
  totalCost: number;

  @Column({ name: "total_value", type: "double precision" })
  totalValue: number;

  @Column({ type: "jsonb" })
  items: PlanItem[];

  @Column({ type: "text" })
  explanation: string;

  @Column({ name: "created_by", type: "uuid", nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Column({ name: "adopted_by", type: "uuid", nullable: true })
  adoptedBy: string | null;

  @Column({ name: "adopted_at", type: "timestamptz", nullable: true })
  adoptedAt: Date | null;
}
