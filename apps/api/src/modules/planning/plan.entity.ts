import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { rupiah } from "../../database/rupiah.transformer";
import type { PlanValuation } from "./plan-explanation";
import type { PlanItemReason } from "./planning.enums";

/** A plan version's states are the domain's (PLAN_STATES, moved by transitionPlan). */
export { PLAN_STATES as PLAN_STATUSES, type PlanState as PlanStatus } from "@bina/domain";
import type { PlanState as PlanStatus } from "@bina/domain";

/** One candidate as the optimiser saw it, kept with the plan so an old version stays readable after candidates change. */
export interface PlanItem {
  readonly candidateId: string;
  readonly title: string;
  /** Whole rupiah. */
  readonly cost: number;
  /** Its value on its own (the needs it covers alone). */
  readonly value: number;
  readonly participants: number;
  readonly jp: number;
  readonly mandatory: boolean;
  readonly selected: boolean;
  readonly reason: PlanItemReason;
}

/** How many left-out candidates share one reason. */
export interface LeftOutCount {
  readonly reason: PlanItemReason;
  readonly count: number;
}

/**
 * The optimiser's account of a plan as facts (no prose: the admin app words it in the reader's language).
 * Stored as jsonb; the totals, the method and the ceiling are the plan's own columns.
 */
export interface PlanExplanationFacts {
  readonly valuation: PlanValuation;
  readonly candidateCount: number;
  readonly selectedCount: number;
  readonly mandatoryCount: number;
  readonly leftOutByReason: readonly LeftOutCount[];
  /** For an APPROXIMATE plan: an upper bound on the best total value; null when exact. */
  readonly upperBound: number | null;
  /** False when the search stopped early: the value is proven best, the tie-break among equal plans was not. Absent on plans migrated from before. */
  readonly tieBreakProven?: boolean;
}

/** A yearly plan: the optimiser's choice within a ceiling. Each run is a new version; adopting one supersedes the last. */
@Entity({ name: "plans" })
@Index("plans_year_version_key", ["year", "version"], { unique: true })
@Index("plans_one_adopted_per_year_key", ["year"], { unique: true, where: `"status" = 'ADOPTED'` })
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
  method: "EXACT" | "APPROXIMATE";

  @Column({ name: "total_cost", type: "bigint", transformer: rupiah })
  totalCost: number;

  @Column({ name: "total_value", type: "double precision" })
  totalValue: number;

  @Column({ type: "jsonb" })
  items: PlanItem[];

  @Column({ type: "jsonb" })
  explanation: PlanExplanationFacts;

  @Column({ name: "created_by", type: "uuid", nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Column({ name: "adopted_by", type: "uuid", nullable: true })
  adoptedBy: string | null;

  @Column({ name: "adopted_at", type: "timestamptz", nullable: true })
  adoptedAt: Date | null;
}
