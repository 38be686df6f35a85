import type { MigrationInterface, QueryRunner } from "typeorm";

// The lists below are the domain's and the contract's at the time of this migration (issue 10, @bina/domain budget):
// written out, so the migration stays what it was when the domain grows.
const CATEGORIES = [
  "SPEAKER_FEE",
  "MODERATOR_FEE",
  "TEACHER_FEE",
  "DAILY_ALLOWANCE_OUT_OF_TOWN",
  "DAILY_ALLOWANCE_IN_TOWN",
  "DAILY_ALLOWANCE_TRAINING",
  "MEALS",
  "TRAVEL",
  "VENUE",
  "MATERIALS",
  "COURSE_FEE",
  "OTHER",
];
const SPENDING_STATES = ["ACTIVE", "CANCELLED"];
const EVENT_KINDS = ["CREATED", "EDITED", "CANCELLED"];
const REVISION_KINDS = ["TRANSFER", "CHANGE"];
const REVISION_STATES = ["REQUESTED", "APPROVED", "REJECTED"];
const MEDIA_TYPES = ["application/pdf", "image/png", "image/jpeg"];

const oneOf = (column: string, values: readonly string[]): string => `"${column}" IN (${values.map((v) => `'${v}'`).join(", ")})`;

/** The largest attachment kept (2 MB). */
export const BUDGET_ATTACHMENT_MAX_BYTES = 2 * 1024 * 1024;

/** The CHECK expressions, shared with the entities' @Check declarations (TypeORM compares checks by name). */
export const BUDGET_CHECKS = {
  budget_lines_year_check: `"fiscal_year" BETWEEN 2000 AND 2100`,
  // An APBD account code (DOMAIN.md §8): 5.1.02.02.12.0001.
  budget_lines_account_code_check: `"account_code" ~ '^[0-9]\\.[0-9]\\.[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}\\.[0-9]{4}$'`,
  // At most the domain's MAX_LINE_CEILING, Rp 10 trillion (written out: a migration does not follow later changes of
  // the domain): 500 lines a year then sum below 2^53, so every total is exact.
  budget_lines_ceiling_check: `"ceiling" >= 0 AND "ceiling" <= 10000000000000`,
  // Never an overspend, whatever path writes: the spending transaction keeps `spent`, the database refuses the rest.
  budget_lines_spent_check: `"spent" >= 0 AND "spent" <= "ceiling"`,
  budget_lines_plan_check: `cardinality("planned_by_month") = 12 AND 0 <= ALL ("planned_by_month")`,
  budget_spendings_amount_check: `"amount" > 0`,
  budget_spendings_category_check: `"category" IS NULL OR ${oneOf("category", CATEGORIES)}`,
  budget_spendings_quantity_check: `"quantity" IS NULL OR "quantity" > 0`,
  budget_spendings_status_check: oneOf("status", SPENDING_STATES),
  budget_spendings_cancel_check: `("status" = 'CANCELLED') = ("cancel_reason" IS NOT NULL)`,
  budget_spending_events_kind_check: oneOf("kind", EVENT_KINDS),
  budget_revisions_kind_check: oneOf("kind", REVISION_KINDS),
  budget_revisions_status_check: oneOf("status", REVISION_STATES),
  // A TRANSFER moves `amount` from one line to another; a CHANGE sets one line's ceiling.
  budget_revisions_shape_check:
    `("kind" = 'TRANSFER' AND "from_line_id" IS NOT NULL AND "to_line_id" IS NOT NULL AND "from_line_id" <> "to_line_id" ` +
    `AND "amount" IS NOT NULL AND "amount" > 0 AND "line_id" IS NULL AND "new_ceiling" IS NULL) OR ` +
    `("kind" = 'CHANGE' AND "line_id" IS NOT NULL AND "new_ceiling" IS NOT NULL AND "new_ceiling" >= 0 ` +
    `AND "from_line_id" IS NULL AND "to_line_id" IS NULL AND "amount" IS NULL)`,
  budget_revisions_decided_check: `("status" = 'REQUESTED') = ("decided_at" IS NULL)`,
  budget_attachments_media_type_check: oneOf("media_type", MEDIA_TYPES),
  budget_attachments_size_check: `"size" > 0 AND "size" <= ${BUDGET_ATTACHMENT_MAX_BYTES} AND octet_length("content") = "size"`,
  budget_attachments_sha256_check: `"sha256" ~ '^[0-9a-f]{64}$'`,
} as const;

const check = (name: keyof typeof BUDGET_CHECKS): string => `CONSTRAINT "${name}" CHECK (${BUDGET_CHECKS[name]})`;

/**
 * Budget execution (issue 10; DOMAIN.md §8). Amounts are whole rupiah in `bigint`.
 * - `budget_lines`: a ceiling (pagu) of a fiscal year on an APBD account, optionally of an organisational unit (null: the
 *   agency's own line) and of a programme (at most one line per programme and account code), with its monthly
 *   disbursement plan (rencana penarikan, 12 amounts) and `spent` (realisasi), kept in the spending transaction and
 *   never above the ceiling (CHECK).
 * - `budget_spendings`: what was spent (realisasi), optionally linked to a batch, with a standard-cost category;
 *   cancelled, never deleted.
 * - `budget_spending_events`: a spending's history (created, edited, cancelled; before and after), append-only.
 * - `budget_revisions`: requested and decided moves (TRANSFER) or changes (CHANGE) of ceilings, with a reason.
 * - `budget_attachments`: the documents of a spending (PDF, PNG, JPEG; at most 2 MB each).
 * Commitments are not stored: they are read from the plan's candidates and the batches' session fees.
 */
export class Budget1765000000000 implements MigrationInterface {
  name = "Budget1765000000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "budget_lines" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "fiscal_year" smallint NOT NULL,
        "account_code" varchar(17) NOT NULL,
        "name" varchar(200) NOT NULL,
        "ceiling" bigint NOT NULL,
        "unit_id" uuid,
        "programme_id" uuid,
        "planned_by_month" bigint array NOT NULL,
        "spent" bigint NOT NULL DEFAULT 0,
        "version" integer NOT NULL DEFAULT 1,
        "created_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "budget_lines_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "budget_lines_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT,
        CONSTRAINT "budget_lines_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT,
        ${check("budget_lines_year_check")},
        ${check("budget_lines_account_code_check")},
        ${check("budget_lines_ceiling_check")},
        ${check("budget_lines_spent_check")},
        ${check("budget_lines_plan_check")}
      )`);
    await q.query(`CREATE UNIQUE INDEX "budget_lines_year_account_name_key" ON "budget_lines" ("fiscal_year", "account_code", "name")`);
    await q.query(`CREATE UNIQUE INDEX "budget_lines_programme_account_key" ON "budget_lines" ("programme_id", "account_code")`);
    await q.query(`CREATE INDEX "budget_lines_unit_idx" ON "budget_lines" ("unit_id")`);

    await q.query(`
      CREATE TABLE "budget_spendings" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "budget_line_id" uuid NOT NULL,
        "amount" bigint NOT NULL,
        "spent_on" date NOT NULL,
        "description" varchar(500) NOT NULL,
        "document_number" varchar(100) NOT NULL,
        "category" varchar(32),
        "quantity" numeric(12,2),
        "batch_id" uuid,
        "status" varchar(10) NOT NULL DEFAULT 'ACTIVE',
        "cancel_reason" varchar(1000),
        "version" integer NOT NULL DEFAULT 1,
        "created_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "budget_spendings_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "budget_spendings_budget_line_id_fkey" FOREIGN KEY ("budget_line_id") REFERENCES "budget_lines"("id") ON DELETE RESTRICT,
        CONSTRAINT "budget_spendings_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "batches"("id") ON DELETE RESTRICT,
        ${check("budget_spendings_amount_check")},
        ${check("budget_spendings_category_check")},
        ${check("budget_spendings_quantity_check")},
        ${check("budget_spendings_status_check")},
        ${check("budget_spendings_cancel_check")}
      )`);
    await q.query(`CREATE INDEX "budget_spendings_line_idx" ON "budget_spendings" ("budget_line_id", "spent_on", "id")`);
    await q.query(`CREATE INDEX "budget_spendings_batch_idx" ON "budget_spendings" ("batch_id")`);

    await q.query(`
      CREATE TABLE "budget_spending_events" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "spending_id" uuid NOT NULL,
        "kind" varchar(10) NOT NULL,
        "before" jsonb,
        "after" jsonb,
        "actor_id" uuid,
        "at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "budget_spending_events_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "budget_spending_events_spending_id_fkey" FOREIGN KEY ("spending_id") REFERENCES "budget_spendings"("id") ON DELETE RESTRICT,
        ${check("budget_spending_events_kind_check")}
      )`);
    await q.query(`CREATE INDEX "budget_spending_events_spending_idx" ON "budget_spending_events" ("spending_id", "at", "id")`);

    await q.query(`
      CREATE TABLE "budget_revisions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "fiscal_year" smallint NOT NULL,
        "kind" varchar(10) NOT NULL,
        "from_line_id" uuid,
        "to_line_id" uuid,
        "line_id" uuid,
        "amount" bigint,
        "new_ceiling" bigint,
        "reason" varchar(1000) NOT NULL,
        "status" varchar(10) NOT NULL DEFAULT 'REQUESTED',
        "requested_by" uuid,
        "requested_at" timestamptz NOT NULL DEFAULT now(),
        "decided_by" uuid,
        "decided_at" timestamptz,
        "decision_note" varchar(1000),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "budget_revisions_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "budget_revisions_from_line_id_fkey" FOREIGN KEY ("from_line_id") REFERENCES "budget_lines"("id") ON DELETE RESTRICT,
        CONSTRAINT "budget_revisions_to_line_id_fkey" FOREIGN KEY ("to_line_id") REFERENCES "budget_lines"("id") ON DELETE RESTRICT,
        CONSTRAINT "budget_revisions_line_id_fkey" FOREIGN KEY ("line_id") REFERENCES "budget_lines"("id") ON DELETE RESTRICT,
        ${check("budget_revisions_kind_check")},
        ${check("budget_revisions_status_check")},
        ${check("budget_revisions_shape_check")},
        ${check("budget_revisions_decided_check")}
      )`);
    await q.query(`CREATE INDEX "budget_revisions_year_idx" ON "budget_revisions" ("fiscal_year", "requested_at", "id")`);
    await q.query(`CREATE INDEX "budget_revisions_year_status_idx" ON "budget_revisions" ("fiscal_year", "status", "requested_at", "id")`);

    await q.query(`
      CREATE TABLE "budget_attachments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "spending_id" uuid NOT NULL,
        "file_name" varchar(200) NOT NULL,
        "media_type" varchar(40) NOT NULL,
        "size" integer NOT NULL,
        "sha256" varchar(64) NOT NULL,
        "content" bytea NOT NULL,
        "created_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "budget_attachments_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "budget_attachments_spending_id_fkey" FOREIGN KEY ("spending_id") REFERENCES "budget_spendings"("id") ON DELETE RESTRICT,
        ${check("budget_attachments_media_type_check")},
        ${check("budget_attachments_size_check")},
        ${check("budget_attachments_sha256_check")}
      )`);
    await q.query(`CREATE INDEX "budget_attachments_spending_idx" ON "budget_attachments" ("spending_id", "created_at", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "budget_attachments"`);
    await q.query(`DROP TABLE "budget_revisions"`);
    await q.query(`DROP TABLE "budget_spending_events"`);
    await q.query(`DROP TABLE "budget_spendings"`);
    await q.query(`DROP TABLE "budget_lines"`);
  }
}
