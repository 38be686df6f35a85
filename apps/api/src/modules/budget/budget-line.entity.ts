import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { BUDGET_CHECKS } from "../../database/migrations/1765000000000-budget";
import { rupiah } from "../../database/rupiah.transformer";
import { ProgrammeEntity } from "../delivery/programme.entity";
import { UnitEntity } from "../organization/unit.entity";
import { rupiahArray } from "./rupiah-array.transformer";

/**
 * A budget line (mata anggaran) of a fiscal year: a ceiling (pagu) on an APBD account, of a unit (null: the agency's own
 * line) and optionally of a programme, with its monthly disbursement plan and what is spent (realisasi, never above the
 * ceiling). The ceiling changes only through an approved revision.
 */
@Entity({ name: "budget_lines" })
@Check("budget_lines_year_check", BUDGET_CHECKS.budget_lines_year_check)
@Check("budget_lines_account_code_check", BUDGET_CHECKS.budget_lines_account_code_check)
@Check("budget_lines_ceiling_check", BUDGET_CHECKS.budget_lines_ceiling_check)
@Check("budget_lines_spent_check", BUDGET_CHECKS.budget_lines_spent_check)
@Check("budget_lines_plan_check", BUDGET_CHECKS.budget_lines_plan_check)
@Index("budget_lines_year_account_name_key", ["fiscalYear", "accountCode", "name"], { unique: true })
@Index("budget_lines_programme_account_key", ["programmeId", "accountCode"], { unique: true })
@Index("budget_lines_unit_idx", ["unitId"])
export class BudgetLineEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "budget_lines_pkey" })
  id: string;

  @Column({ name: "fiscal_year", type: "smallint" })
  fiscalYear: number;

  @Column({ name: "account_code", type: "varchar", length: 17 })
  accountCode: string;

  @Column({ type: "varchar", length: 200 })
  name: string;

  /** Whole rupiah. */
  @Column({ type: "bigint", transformer: rupiah })
  ceiling: number;

  @Column({ name: "unit_id", type: "uuid", nullable: true })
  unitId: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "unit_id", foreignKeyConstraintName: "budget_lines_unit_id_fkey" })
  unit?: UnitEntity;

  @Column({ name: "programme_id", type: "uuid", nullable: true })
  programmeId: string | null;

  @ManyToOne(() => ProgrammeEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "programme_id", foreignKeyConstraintName: "budget_lines_programme_id_fkey" })
  programme?: ProgrammeEntity;

  /** Twelve whole-rupiah amounts, January to December (rencana penarikan). */
  @Column({ name: "planned_by_month", type: "bigint", array: true, transformer: rupiahArray })
  plannedByMonth: number[];

  /** Σ amount of the line's ACTIVE spendings, kept in the spending transaction. */
  @Column({ type: "bigint", default: 0, transformer: rupiah })
  spent: number;

  @Column({ type: "integer", default: 1 })
  version: number;

  @Column({ name: "created_by", type: "uuid", nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
