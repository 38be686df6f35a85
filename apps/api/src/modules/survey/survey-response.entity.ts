import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { SURVEY_CHECKS } from "../../database/migrations/1764900000000-survey";
import { SURVEY_ADDRESS_KEY_CHECK } from "../../database/migrations/1764900000300-survey-address-key";
import { ServiceUnitEntity } from "./service-unit.entity";
import { SurveyPeriodEntity } from "./survey-period.entity";

/**
 * One respondent's answers to the regulation's questionnaire (U1..U9: 1..4, null = not answered), the profile and a
 * suggestion. Inserting, changing or deleting rows keeps `survey_tallies` current (statement-level triggers).
 */
@Entity({ name: "survey_responses" })
@Check("survey_responses_answers_check", SURVEY_CHECKS.survey_responses_answers_check)
@Check("survey_responses_gender_check", SURVEY_CHECKS.survey_responses_gender_check)
@Check("survey_responses_age_band_check", SURVEY_CHECKS.survey_responses_age_band_check)
@Check("survey_responses_education_check", SURVEY_CHECKS.survey_responses_education_check)
@Check("survey_responses_occupation_check", SURVEY_CHECKS.survey_responses_occupation_check)
@Check("survey_responses_client_key_check", SURVEY_CHECKS.survey_responses_client_key_check)
@Index("survey_responses_unit_period_idx", ["serviceUnitId", "periodId"])
@Index("survey_responses_client_key_idx", ["clientKey", "submittedAt"])
@Check("survey_responses_address_key_check", SURVEY_ADDRESS_KEY_CHECK)
@Index("survey_responses_address_key_idx", ["addressKey", "submittedAt"])
export class SurveyResponseEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "survey_responses_pkey" })
  id: string;

  @Column({ name: "service_unit_id", type: "uuid" })
  serviceUnitId: string;

  @ManyToOne(() => ServiceUnitEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "service_unit_id", foreignKeyConstraintName: "survey_responses_service_unit_id_fkey" })
  serviceUnit?: ServiceUnitEntity;

  @Column({ name: "period_id", type: "uuid" })
  periodId: string;

  @ManyToOne(() => SurveyPeriodEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "period_id", foreignKeyConstraintName: "survey_responses_period_id_fkey" })
  period?: SurveyPeriodEntity;

  @Column({ name: "submitted_at", type: "timestamptz", default: () => "now()" })
  submittedAt: Date;

  @Column({ type: "smallint", nullable: true })
  u1: number | null;

  @Column({ type: "smallint", nullable: true })
  u2: number | null;

  @Column({ type: "smallint", nullable: true })
  u3: number | null;

  @Column({ type: "smallint", nullable: true })
  u4: number | null;

  @Column({ type: "smallint", nullable: true })
  u5: number | null;

  @Column({ type: "smallint", nullable: true })
  u6: number | null;

  @Column({ type: "smallint", nullable: true })
  u7: number | null;

  @Column({ type: "smallint", nullable: true })
  u8: number | null;

  @Column({ type: "smallint", nullable: true })
  u9: number | null;

  /** SKM_RESPONDENT_PROFILE.genders value. */
  @Column({ type: "varchar", length: 30, nullable: true })
  gender: string | null;

  /** SKM_AGE_BANDS value. */
  @Column({ name: "age_band", type: "varchar", length: 30, nullable: true })
  ageBand: string | null;

  /** SKM_RESPONDENT_PROFILE.educations value. */
  @Column({ type: "varchar", length: 30, nullable: true })
  education: string | null;

  /** SKM_RESPONDENT_PROFILE.occupations value. */
  @Column({ type: "varchar", length: 30, nullable: true })
  occupation: string | null;

  @Column({ name: "service_received", type: "varchar", length: 200, nullable: true })
  serviceReceived: string | null;

  /** Free text as typed; neutralised (formula prefixes) in any export, never here. */
  @Column({ type: "varchar", length: 1000, nullable: true })
  suggestion: string | null;

  /** sha256 hex of client address + user agent + service unit + period: the duplicate guard's key. */
  @Column({ name: "client_key", type: "varchar", length: 64 })
  clientKey: string;

  /** HMAC hex of the client's address (IPv6 by its /64), service unit and period: the per-address daily cap's key (null before it existed). */
  @Column({ name: "address_key", type: "varchar", length: 64, nullable: true })
  addressKey: string | null;
}
