import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { ATTENDANCE_CHECKS } from "../../database/migrations/1764800000100-attendance";
import { BatchSessionEntity } from "./batch-session.entity";
import { NominationEntity } from "./nomination.entity";

/** How an attendance mark was taken. */
export const ATTENDANCE_METHODS = ["SHEET", "IMPORT", "QR"] as const;
export type AttendanceMethod = (typeof ATTENDANCE_METHODS)[number];

/** One participant (nomination) at one batch session: present or absent, and how it was recorded. */
@Entity({ name: "session_attendance" })
@Check("session_attendance_method_check", ATTENDANCE_CHECKS.session_attendance_method_check)
@Index("session_attendance_nomination_idx", ["nominationId"])
export class SessionAttendanceEntity {
  @PrimaryColumn({ name: "session_id", type: "uuid", primaryKeyConstraintName: "session_attendance_pkey" })
  sessionId: string;

  // RESTRICT: a session with marks is not removed silently (the delivery module answers SESSION_IN_USE).
  @ManyToOne(() => BatchSessionEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "session_id", foreignKeyConstraintName: "session_attendance_session_id_fkey" })
  session?: BatchSessionEntity;

  @PrimaryColumn({ name: "nomination_id", type: "uuid", primaryKeyConstraintName: "session_attendance_pkey" })
  nominationId: string;

  @ManyToOne(() => NominationEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "nomination_id", foreignKeyConstraintName: "session_attendance_nomination_id_fkey" })
  nomination?: NominationEntity;

  @Column({ type: "boolean" })
  present: boolean;

  /** When the participant checked in by QR (or the mark was last set present). */
  @Column({ name: "checked_in_at", type: "timestamptz", nullable: true })
  checkedInAt: Date | null;

  @Column({ type: "varchar", length: 12 })
  method: AttendanceMethod;
}
