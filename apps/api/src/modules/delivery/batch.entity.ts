import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { DELIVERY_CHECKS } from "../../database/migrations/1764800000000-delivery";
import { decimal } from "./jp.transformer";
import { ProgrammeEntity } from "./programme.entity";

/** A batch (angkatan) of a programme: dates, capacity, venue or online link; its sessions and nominations. */
@Entity({ name: "batches" })
@Check("batches_status_check", DELIVERY_CHECKS.batches_status_check)
@Check("batches_dates_check", DELIVERY_CHECKS.batches_dates_check)
@Check("batches_capacity_check", DELIVERY_CHECKS.batches_capacity_check)
@Check("batches_credited_jp_check", DELIVERY_CHECKS.batches_credited_jp_check)
@Check("batches_min_attendance_share_check", DELIVERY_CHECKS.batches_min_attendance_share_check)
@Check("batches_pass_mark_check", DELIVERY_CHECKS.batches_pass_mark_check)
@Index("batches_programme_idx", ["programmeId", "startsOn", "id"])
@Index("batches_starts_on_idx", ["startsOn", "id"])
export class BatchEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "programme_id", type: "uuid" })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "programme_id", foreignKeyConstraintName: "batches_programme_id_fkey" })
  programme?: ProgrammeEntity;

  @Column({ type: "varchar", length: 100 })
  name: string;

  @Column({ name: "starts_on", type: "date" })
  startsOn: string;

  @Column({ name: "ends_on", type: "date" })
  endsOn: string;

  @Column({ type: "integer" })
  capacity: number;

  @Column({ type: "varchar", length: 200, nullable: true })
  venue: string | null;

  @Column({ name: "online_url", type: "varchar", length: 500, nullable: true })
  onlineUrl: string | null;

  /** One of the domain's DELIVERY_STATES, moved by transitionBatch. */
  @Column({ type: "varchar", length: 12, default: "DRAFT" })
  status: string;

  /** creditJp(programme kind, Σ session JP, distinct session dates), kept current in every session change's transaction. */
  @Column({ name: "credited_jp", type: "numeric", precision: 7, scale: 2, default: 0, transformer: decimal })
  creditedJp: number;

  /** Share of the batch's JP to attend for completion; null = the domain's default (COMPLETION_RULES). */
  @Column({ name: "min_attendance_share", type: "numeric", precision: 4, scale: 3, nullable: true, transformer: decimal })
  minAttendanceShare: number | null;

  /** Post-test pass mark (0..100); null = no post-test requirement. */
  @Column({ name: "pass_mark", type: "numeric", precision: 5, scale: 2, nullable: true, transformer: decimal })
  passMark: number | null;

  @Column({ type: "integer", default: 1 })
  version: number;
}
