import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import type { SurveyPeriodState } from "@bina/domain";
import { SURVEY_CHECKS } from "../../database/migrations/1764900000000-survey";

/** A city-wide half-year survey period: `2026-1` (January-June) or `2026-2` (July-December). */
@Entity({ name: "survey_periods" })
@Check("survey_periods_code_check", SURVEY_CHECKS.survey_periods_code_check)
@Check("survey_periods_year_check", SURVEY_CHECKS.survey_periods_year_check)
@Check("survey_periods_half_check", SURVEY_CHECKS.survey_periods_half_check)
@Check("survey_periods_dates_check", SURVEY_CHECKS.survey_periods_dates_check)
@Check("survey_periods_status_check", SURVEY_CHECKS.survey_periods_status_check)
@Index("survey_periods_code_key", ["code"], { unique: true })
export class SurveyPeriodEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "survey_periods_pkey" })
  id: string;

  @Column({ type: "varchar", length: 7 })
  code: string;

  @Column({ type: "integer" })
  year: number;

  @Column({ type: "smallint" })
  half: number;

  @Column({ name: "starts_on", type: "date" })
  startsOn: string;

  @Column({ name: "ends_on", type: "date" })
  endsOn: string;

  /** One of the domain's SURVEY_PERIOD_STATES. */
  @Column({ type: "varchar", length: 10, default: "OPEN" })
  status: SurveyPeriodState;

  @Column({ type: "integer", default: 1 })
  version: number;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
