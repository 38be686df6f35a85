import type { MigrationInterface, QueryRunner } from "typeorm";

// The lists below are the domain's at the time of this migration (issue 8, @bina/domain delivery): written out, so the
// migration stays what it was when the domain grows.
const KINDS = [
  "DEGREE_STUDY_ASSIGNED", "DEGREE_STUDY_PERMITTED",
  "LEADERSHIP_TRAINING", "MANAGERIAL_TRAINING", "TECHNICAL_TRAINING", "FUNCTIONAL_TRAINING", "SOCIO_CULTURAL_TRAINING",
  "SEMINAR", "WORKSHOP", "COURSE", "UPGRADING", "TECHNICAL_GUIDANCE", "SOCIALISATION",
  "COACHING", "MENTORING", "E_LEARNING", "DISTANCE_LEARNING", "SECONDMENT", "OUTBOUND", "BENCHMARKING", "EXCHANGE",
  "SELF_STUDY", "LEARNING_COMMUNITY", "ON_THE_JOB_GUIDANCE", "INTERNSHIP",
];
const LEADERSHIP_PROGRAMMES = ["LATSAR_CPNS", "PKP", "PKA", "PKN_II", "PKN_I"];
const ORGANISERS = ["BKPSDM", "PROVINCE", "LAN", "OTHER_CITY", "ONLINE_PLATFORM", "OTHER"];
const DELIVERY_STATES = ["DRAFT", "PLANNED", "OPEN", "RUNNING", "COMPLETED", "EVALUATED", "CANCELLED"];
const NOMINATION_STATES = ["NOMINATED", "APPROVED", "WAITLISTED", "REJECTED", "CANCELLED"];
const SPEAKER_LEVELS = ["MINISTER", "ESELON_I", "ESELON_II", "ESELON_III_BELOW"];
const SESSION_ROLES = ["SPEAKER", "MODERATOR", "TEACHER"];

const oneOf = (column: string, values: readonly string[]): string => `"${column}" IN (${values.map((v) => `'${v}'`).join(", ")})`;

/** The CHECK expressions, shared with the entities' @Check declarations (TypeORM compares checks by name). */
export const DELIVERY_CHECKS = {
  speakers_level_check: oneOf("level", SPEAKER_LEVELS),
  programmes_kind_check: oneOf("kind", KINDS),
  programmes_leadership_programme_check: `"leadership_programme" IS NULL OR ("kind" = 'LEADERSHIP_TRAINING' AND ${oneOf("leadership_programme", LEADERSHIP_PROGRAMMES)})`,
  programmes_organiser_check: oneOf("organiser", ORGANISERS),
  programmes_status_check: oneOf("status", DELIVERY_STATES),
  programmes_year_check: `"year" BETWEEN 2000 AND 2100`,
  batches_status_check: oneOf("status", DELIVERY_STATES),
  batches_dates_check: `"ends_on" >= "starts_on"`,
  batches_capacity_check: `"capacity" BETWEEN 1 AND 10000`,
  batches_credited_jp_check: `"credited_jp" >= 0`,
  batches_min_attendance_share_check: `"min_attendance_share" IS NULL OR "min_attendance_share" BETWEEN 0 AND 1`,
  batches_pass_mark_check: `"pass_mark" IS NULL OR "pass_mark" BETWEEN 0 AND 100`,
  batch_unit_quotas_seats_check: `"seats" BETWEEN 0 AND 10000`,
  batch_sessions_times_check: `"ends_at" > "starts_at"`,
  batch_sessions_jp_check: `"jp" >= 0`,
  batch_sessions_role_check: oneOf("role", SESSION_ROLES),
  batch_sessions_fee_check: `"fee" IS NULL OR "fee" >= 0`,
  nominations_status_check: oneOf("status", NOMINATION_STATES),
} as const;

const check = (name: keyof typeof DELIVERY_CHECKS): string => `CONSTRAINT "${name}" CHECK (${DELIVERY_CHECKS[name]})`;

/**
 * Delivery (issue 8, section 2): speakers, programmes (from an adopted plan's item or ad hoc), batches with their
 * per-unit quotas and sessions, and nominations. Every list the API serves has its index (keyset order last):
 * speakers by name; programmes of a year by title (optionally of a kind or status); a programme's batches by start;
 * batches by start (calendar); a batch's sessions by date and time; sessions by speaker and date (conflicts, a
 * speaker's year) and by date (venue conflicts); a batch's nominations in request order (and its waitlist); an
 * employee's nominations (participant conflicts); a unit's nominations, newest first. One active nomination
 * (NOMINATED, APPROVED, WAITLISTED) per batch and employee: a partial unique index, so a race has one winner.
 */
export class Delivery1764800000000 implements MigrationInterface {
  name = "Delivery1764800000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "speakers" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" varchar(200) NOT NULL,
        "institution" varchar(200) NOT NULL,
        "origin_city" varchar(100) NOT NULL,
        "level" varchar(24) NOT NULL,
        "expertise_ids" uuid[] NOT NULL DEFAULT '{}',
        "email" varchar(254),
        "phone" varchar(20),
        "internal" boolean NOT NULL DEFAULT false,
        "version" integer NOT NULL DEFAULT 1,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "speakers_pkey" PRIMARY KEY ("id"),
        ${check("speakers_level_check")}
      )`);
    await q.query(`CREATE INDEX "speakers_name_idx" ON "speakers" ("name", "id")`);

    await q.query(`
      CREATE TABLE "programmes" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "year" smallint NOT NULL,
        "title" varchar(200) NOT NULL,
        "kind" varchar(32) NOT NULL,
        "leadership_programme" varchar(16),
        "organiser" varchar(24) NOT NULL,
        "organiser_name" varchar(200),
        "plan_id" uuid,
        "candidate_id" uuid,
        "competency_ids" uuid[] NOT NULL DEFAULT '{}',
        "status" varchar(12) NOT NULL DEFAULT 'DRAFT',
        "version" integer NOT NULL DEFAULT 1,
        "created_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "programmes_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "programmes_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE RESTRICT,
        CONSTRAINT "programmes_candidate_id_fkey" FOREIGN KEY ("candidate_id") REFERENCES "programme_candidates"("id") ON DELETE SET NULL,
        ${check("programmes_kind_check")},
        ${check("programmes_leadership_programme_check")},
        ${check("programmes_organiser_check")},
        ${check("programmes_status_check")},
        ${check("programmes_year_check")}
      )`);
    await q.query(`CREATE INDEX "programmes_year_title_idx" ON "programmes" ("year", "title", "id")`);
    await q.query(`CREATE INDEX "programmes_year_kind_idx" ON "programmes" ("year", "kind", "title", "id")`);
    await q.query(`CREATE INDEX "programmes_year_status_idx" ON "programmes" ("year", "status", "title", "id")`);
    // One programme per plan item (a plan version's candidate); further deliveries of it are batches.
    await q.query(`CREATE UNIQUE INDEX "programmes_plan_candidate_key" ON "programmes" ("plan_id", "candidate_id") WHERE "plan_id" IS NOT NULL`);

    await q.query(`
      CREATE TABLE "batches" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "programme_id" uuid NOT NULL,
        "name" varchar(100) NOT NULL,
        "starts_on" date NOT NULL,
        "ends_on" date NOT NULL,
        "capacity" integer NOT NULL,
        "venue" varchar(200),
        "online_url" varchar(500),
        "status" varchar(12) NOT NULL DEFAULT 'DRAFT',
        "credited_jp" numeric(7,2) NOT NULL DEFAULT 0,
        "min_attendance_share" numeric(4,3),
        "pass_mark" numeric(5,2),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "batches_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "batches_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT,
        ${check("batches_status_check")},
        ${check("batches_dates_check")},
        ${check("batches_capacity_check")},
        ${check("batches_credited_jp_check")},
        ${check("batches_min_attendance_share_check")},
        ${check("batches_pass_mark_check")}
      )`);
    await q.query(`CREATE INDEX "batches_programme_idx" ON "batches" ("programme_id", "starts_on", "id")`);
    await q.query(`CREATE INDEX "batches_starts_on_idx" ON "batches" ("starts_on", "id")`);

    await q.query(`
      CREATE TABLE "batch_unit_quotas" (
        "batch_id" uuid NOT NULL,
        "unit_id" uuid NOT NULL,
        "seats" integer NOT NULL,
        CONSTRAINT "batch_unit_quotas_pkey" PRIMARY KEY ("batch_id", "unit_id"),
        CONSTRAINT "batch_unit_quotas_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "batches"("id") ON DELETE CASCADE,
        CONSTRAINT "batch_unit_quotas_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT,
        ${check("batch_unit_quotas_seats_check")}
      )`);

    await q.query(`
      CREATE TABLE "batch_sessions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "batch_id" uuid NOT NULL,
        "date" date NOT NULL,
        "starts_at" time NOT NULL,
        "ends_at" time NOT NULL,
        "jp" numeric(5,2) NOT NULL,
        "topic" varchar(200) NOT NULL,
        "venue" varchar(200),
        "speaker_id" uuid,
        "role" varchar(12) NOT NULL DEFAULT 'SPEAKER',
        "fee" bigint,
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "batch_sessions_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "batch_sessions_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "batches"("id") ON DELETE CASCADE,
        CONSTRAINT "batch_sessions_speaker_id_fkey" FOREIGN KEY ("speaker_id") REFERENCES "speakers"("id") ON DELETE RESTRICT,
        ${check("batch_sessions_times_check")},
        ${check("batch_sessions_jp_check")},
        ${check("batch_sessions_role_check")},
        ${check("batch_sessions_fee_check")}
      )`);
    await q.query(`CREATE INDEX "batch_sessions_batch_idx" ON "batch_sessions" ("batch_id", "date", "starts_at", "id")`);
    await q.query(`CREATE INDEX "batch_sessions_speaker_idx" ON "batch_sessions" ("speaker_id", "date")`);
    await q.query(`CREATE INDEX "batch_sessions_date_idx" ON "batch_sessions" ("date")`);

    await q.query(`
      CREATE TABLE "nominations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "batch_id" uuid NOT NULL,
        "employee_id" uuid NOT NULL,
        "unit_id" uuid NOT NULL,
        "status" varchar(12) NOT NULL,
        "requested_at" timestamptz NOT NULL DEFAULT now(),
        "nominated_by" uuid,
        "decided_by" uuid,
        "decided_at" timestamptz,
        "reason" varchar(500),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "nominations_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "nominations_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "batches"("id") ON DELETE RESTRICT,
        CONSTRAINT "nominations_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE RESTRICT,
        CONSTRAINT "nominations_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT,
        ${check("nominations_status_check")}
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "nominations_active_key" ON "nominations" ("batch_id", "employee_id") WHERE "status" IN ('NOMINATED', 'APPROVED', 'WAITLISTED')`,
    );
    await q.query(`CREATE INDEX "nominations_batch_idx" ON "nominations" ("batch_id", "requested_at", "id")`);
    await q.query(`CREATE INDEX "nominations_employee_idx" ON "nominations" ("employee_id", "status")`);
    await q.query(`CREATE INDEX "nominations_unit_idx" ON "nominations" ("unit_id", "requested_at", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "nominations"`);
    await q.query(`DROP TABLE "batch_sessions"`);
    await q.query(`DROP TABLE "batch_unit_quotas"`);
    await q.query(`DROP TABLE "batches"`);
    await q.query(`DROP TABLE "programmes"`);
    await q.query(`DROP TABLE "speakers"`);
  }
}
