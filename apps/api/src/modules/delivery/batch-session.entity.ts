import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { DELIVERY_CHECKS } from "../../database/migrations/1764800000000-delivery";
import { rupiah } from "../../database/rupiah.transformer";
import { BatchEntity } from "./batch.entity";
import { decimal } from "./jp.transformer";
import { SpeakerEntity } from "./speaker.entity";

/** A session of a batch: a date, a time (Asia/Jakarta), its JP, topic, venue and speaker with role and fee. */
@Entity({ name: "batch_sessions" })
@Check("batch_sessions_times_check", DELIVERY_CHECKS.batch_sessions_times_check)
@Check("batch_sessions_jp_check", DELIVERY_CHECKS.batch_sessions_jp_check)
@Check("batch_sessions_role_check", DELIVERY_CHECKS.batch_sessions_role_check)
@Check("batch_sessions_fee_check", DELIVERY_CHECKS.batch_sessions_fee_check)
@Index("batch_sessions_batch_idx", ["batchId", "date", "startsAt", "id"])
@Index("batch_sessions_speaker_idx", ["speakerId", "date"])
@Index("batch_sessions_date_idx", ["date"])
export class BatchSessionEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "batch_id", type: "uuid" })
  batchId: string;

  @ManyToOne(() => BatchEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "batch_id", foreignKeyConstraintName: "batch_sessions_batch_id_fkey" })
  batch?: BatchEntity;

  @Column({ type: "date" })
  date: string;

  /** `HH:MM:SS` as PostgreSQL returns a time. */
  @Column({ name: "starts_at", type: "time" })
  startsAt: string;

  @Column({ name: "ends_at", type: "time" })
  endsAt: string;

  @Column({ type: "numeric", precision: 5, scale: 2, transformer: decimal })
  jp: number;

  @Column({ type: "varchar", length: 200 })
  topic: string;

  @Column({ type: "varchar", length: 200, nullable: true })
  venue: string | null;

  @Column({ name: "speaker_id", type: "uuid", nullable: true })
  speakerId: string | null;

  @ManyToOne(() => SpeakerEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "speaker_id", foreignKeyConstraintName: "batch_sessions_speaker_id_fkey" })
  speaker?: SpeakerEntity;

  /** One of the domain's SESSION_ROLES. */
  @Column({ type: "varchar", length: 12, default: "SPEAKER" })
  role: string;

  /** Whole rupiah, at most the domain's feeCeiling. */
  @Column({ type: "bigint", nullable: true, transformer: rupiah })
  fee: number | null;

  @Column({ type: "integer", default: 1 })
  version: number;
}
