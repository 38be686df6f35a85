import type { MigrationInterface, QueryRunner } from "typeorm";

// The lists below are the domain's and the contract's at the time of this migration (issue 9, @bina/domain evaluation):
// written out, so the migration stays what it was when the domain grows.
const LEVELS = ["REACTION", "BEHAVIOUR"];
const ROLES = ["PARTICIPANT", "ALUMNUS", "SUPERIOR"];
const SOURCES = ["LOW_REACTION", "LOW_N_GAIN", "NO_BEHAVIOUR_CHANGE", "WEAK_ELEMENT", "OTHER"];
const ACTION_STATES = ["OPEN", "CLOSED"];
const ELEMENTS = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"];

const oneOf = (column: string, values: readonly string[]): string => `"${column}" IN (${values.map((v) => `'${v}'`).join(", ")})`;

/** The CHECK expressions, shared with the entities' @Check declarations (TypeORM compares checks by name). */
export const EVALUATION_CHECKS = {
  evaluation_invitations_level_check: oneOf("level", LEVELS),
  // REACTION is answered by the participant, BEHAVIOUR by the alumnus and the superior.
  evaluation_invitations_role_check: `${oneOf("role", ROLES)} AND (("level" = 'REACTION') = ("role" = 'PARTICIPANT'))`,
  evaluation_invitations_dates_check: `"expires_on" >= "opens_on"`,
  evaluation_invitations_answer_check: `("answered_at" IS NULL) = ("answers" IS NULL)`,
  improvement_actions_source_check: oneOf("source", SOURCES),
  improvement_actions_status_check: oneOf("status", ACTION_STATES),
  improvement_actions_element_check: `"element" IS NULL OR ${oneOf("element", ELEMENTS)}`,
  improvement_actions_closed_check: `("status" = 'CLOSED') = ("closed_on" IS NOT NULL)`,
} as const;

const check = (name: keyof typeof EVALUATION_CHECKS): string => `CONSTRAINT "${name}" CHECK (${EVALUATION_CHECKS[name]})`;

/**
 * Evaluation after training (Kirkpatrick levels as LAN practises them; issue 9):
 * - `evaluation_invitations`: one personal form per batch, person, level and role (REACTION for a participant;
 *   BEHAVIOUR for the alumnus and for the alumnus's superior), open from `opens_on` to `expires_on`; the answers are
 *   stored once (`answered_at`, `answers`): the public route's conditional UPDATE (`... WHERE answered_at IS NULL`)
 *   has one winner. The token in the link is an HMAC of the id: nothing secret is stored.
 * - `improvement_actions`: what a finding (low reaction, low N-gain, no behaviour change, a weak SKM element) led to,
 *   with its owner and due date, closed with what changed; listed by status and due date.
 */
export class Evaluation1764900000100 implements MigrationInterface {
  name = "Evaluation1764900000100";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "evaluation_invitations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "batch_id" uuid NOT NULL,
        "employee_id" uuid NOT NULL,
        "level" varchar(10) NOT NULL,
        "role" varchar(12) NOT NULL,
        "opens_on" date NOT NULL,
        "expires_on" date NOT NULL,
        "answered_at" timestamptz,
        "answers" jsonb,
        "comment" varchar(1000),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "evaluation_invitations_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "evaluation_invitations_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "batches"("id") ON DELETE RESTRICT,
        CONSTRAINT "evaluation_invitations_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE RESTRICT,
        ${check("evaluation_invitations_level_check")},
        ${check("evaluation_invitations_role_check")},
        ${check("evaluation_invitations_dates_check")},
        ${check("evaluation_invitations_answer_check")}
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "evaluation_invitations_key" ON "evaluation_invitations" ("batch_id", "employee_id", "level", "role")`,
    );
    await q.query(`CREATE INDEX "evaluation_invitations_employee_idx" ON "evaluation_invitations" ("employee_id")`);

    await q.query(`
      CREATE TABLE "improvement_actions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "source" varchar(20) NOT NULL,
        "title" varchar(200) NOT NULL,
        "finding" varchar(1000) NOT NULL,
        "batch_id" uuid,
        "programme_id" uuid,
        "service_unit_id" uuid,
        "period_id" uuid,
        "element" varchar(2),
        "owner_name" varchar(200) NOT NULL,
        "owner_unit_id" uuid,
        "due_on" date NOT NULL,
        "status" varchar(10) NOT NULL DEFAULT 'OPEN',
        "outcome" varchar(1000),
        "closed_on" date,
        "version" integer NOT NULL DEFAULT 1,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "improvement_actions_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "improvement_actions_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "batches"("id") ON DELETE RESTRICT,
        CONSTRAINT "improvement_actions_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT,
        CONSTRAINT "improvement_actions_service_unit_id_fkey" FOREIGN KEY ("service_unit_id") REFERENCES "service_units"("id") ON DELETE RESTRICT,
        CONSTRAINT "improvement_actions_period_id_fkey" FOREIGN KEY ("period_id") REFERENCES "survey_periods"("id") ON DELETE RESTRICT,
        CONSTRAINT "improvement_actions_owner_unit_id_fkey" FOREIGN KEY ("owner_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT,
        ${check("improvement_actions_source_check")},
        ${check("improvement_actions_status_check")},
        ${check("improvement_actions_element_check")},
        ${check("improvement_actions_closed_check")}
      )`);
    await q.query(`CREATE INDEX "improvement_actions_status_due_idx" ON "improvement_actions" ("status", "due_on", "id")`);
    await q.query(`CREATE INDEX "improvement_actions_due_idx" ON "improvement_actions" ("due_on", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "improvement_actions"`);
    await q.query(`DROP TABLE "evaluation_invitations"`);
  }
}
