import type { MigrationInterface, QueryRunner } from "typeorm";

/** The CHECK expressions, shared with the entities' @Check declarations (TypeORM compares checks by name). */
export const ATTENDANCE_CHECKS = {
  session_attendance_method_check: `"method" IN ('SHEET', 'IMPORT', 'QR')`,
  nominations_pre_score_check: `"pre_score" IS NULL OR "pre_score" BETWEEN 0 AND 100`,
  nominations_post_score_check: `"post_score" IS NULL OR "post_score" BETWEEN 0 AND 100`,
  nominations_outcome_check: `"outcome" IS NULL OR "outcome" IN ('COMPLETED', 'NOT_COMPLETED')`,
  nominations_attended_jp_check: `"attended_jp" IS NULL OR "attended_jp" >= 0`,
} as const;

const check = (name: keyof typeof ATTENDANCE_CHECKS): string => `CONSTRAINT "${name}" CHECK (${ATTENDANCE_CHECKS[name]})`;

/**
 * Attendance, scores, completion and certificates (issue 8, section 2):
 * - `session_attendance`: one row per batch session and nomination (present or absent, how it was taken: a sheet, an
 *   imported file or the participant's QR check-in); a nomination's rows by `session_attendance_nomination_idx`. A
 *   session with marks cannot be deleted (RESTRICT); a nomination's marks go with it.
 * - `nominations` gains the pre/post test scores (0..100) and what completion found: the JP attended, the outcome
 *   (COMPLETED, NOT_COMPLETED) and when.
 * - `certificates` (STTPP): one per completed nomination; `code` is the public verification code (100 random bits,
 *   unique), `number` the printed number from `certificate_number_seq`; revocation keeps the row with its reason.
 */
export class Attendance1764800000100 implements MigrationInterface {
  name = "Attendance1764800000100";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "session_attendance" (
        "session_id" uuid NOT NULL,
        "nomination_id" uuid NOT NULL,
        "present" boolean NOT NULL,
        "checked_in_at" timestamptz,
        "method" varchar(12) NOT NULL,
        CONSTRAINT "session_attendance_pkey" PRIMARY KEY ("session_id", "nomination_id"),
        CONSTRAINT "session_attendance_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "batch_sessions"("id") ON DELETE RESTRICT,
        CONSTRAINT "session_attendance_nomination_id_fkey" FOREIGN KEY ("nomination_id") REFERENCES "nominations"("id") ON DELETE CASCADE,
        ${check("session_attendance_method_check")}
      )`);
    await q.query(`CREATE INDEX "session_attendance_nomination_idx" ON "session_attendance" ("nomination_id")`);

    await q.query(`
      ALTER TABLE "nominations"
        ADD COLUMN "pre_score" numeric(5,2),
        ADD COLUMN "post_score" numeric(5,2),
        ADD COLUMN "attended_jp" numeric(7,2),
        ADD COLUMN "outcome" varchar(16),
        ADD COLUMN "completed_at" timestamptz,
        ADD ${check("nominations_pre_score_check")},
        ADD ${check("nominations_post_score_check")},
        ADD ${check("nominations_outcome_check")},
        ADD ${check("nominations_attended_jp_check")}`);

    await q.query(`CREATE SEQUENCE "certificate_number_seq"`);
    await q.query(`
      CREATE TABLE "certificates" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "nomination_id" uuid NOT NULL,
        "code" varchar(32) NOT NULL,
        "number" varchar(64) NOT NULL,
        "issued_at" timestamptz NOT NULL DEFAULT now(),
        "revoked_at" timestamptz,
        "revoked_reason" varchar(500),
        CONSTRAINT "certificates_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "certificates_nomination_id_fkey" FOREIGN KEY ("nomination_id") REFERENCES "nominations"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE UNIQUE INDEX "certificates_nomination_key" ON "certificates" ("nomination_id")`);
    await q.query(`CREATE UNIQUE INDEX "certificates_code_key" ON "certificates" ("code")`);
    await q.query(`CREATE UNIQUE INDEX "certificates_number_key" ON "certificates" ("number")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "certificates"`);
    await q.query(`DROP SEQUENCE "certificate_number_seq"`);
    await q.query(`
      ALTER TABLE "nominations"
        DROP CONSTRAINT "nominations_pre_score_check", DROP CONSTRAINT "nominations_post_score_check",
        DROP CONSTRAINT "nominations_outcome_check", DROP CONSTRAINT "nominations_attended_jp_check",
        DROP COLUMN "pre_score", DROP COLUMN "post_score", DROP COLUMN "attended_jp", DROP COLUMN "outcome", DROP COLUMN "completed_at"`);
    await q.query(`DROP TABLE "session_attendance"`);
  }
}
