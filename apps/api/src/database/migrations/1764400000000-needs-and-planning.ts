import type { MigrationInterface, QueryRunner } from "typeorm";

/** Competency dictionary and standards, assessment cycles and history, SKP, proposals, candidates and plans (issue 3). */
export class NeedsAndPlanning1764400000000 implements MigrationInterface {
  name = "NeedsAndPlanning1764400000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "competencies" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" varchar(40) NOT NULL,
        "kind" varchar(20) NOT NULL,
        "name" varchar(150) NOT NULL,
        "description" text,
        "active" boolean NOT NULL DEFAULT true,
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "competencies_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE UNIQUE INDEX "competencies_code_key" ON "competencies" ("code")`);

    await q.query(`
      CREATE TABLE "competency_standards" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "competency_id" uuid NOT NULL,
        "position_kind" varchar(20) NOT NULL,
        "functional_grade" varchar(20) NOT NULL DEFAULT '',
        "position_title" varchar(150) NOT NULL DEFAULT '',
        "level" smallint NOT NULL,
        "mandatory_programme" boolean NOT NULL DEFAULT false,
        CONSTRAINT "competency_standards_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "competency_standards_competency_id_fkey" FOREIGN KEY ("competency_id") REFERENCES "competencies"("id") ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "competency_standards_key" ON "competency_standards" ("competency_id", "position_kind", "functional_grade", "position_title")`,
    );

    await q.query(`
      CREATE TABLE "assessment_cycles" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "year" smallint NOT NULL,
        "name" varchar(150) NOT NULL,
        "status" varchar(10) NOT NULL DEFAULT 'OPEN',
        CONSTRAINT "assessment_cycles_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE UNIQUE INDEX "assessment_cycles_year_key" ON "assessment_cycles" ("year")`);

    await q.query(`
      CREATE TABLE "competency_assessments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "cycle_id" uuid NOT NULL,
        "employee_id" uuid NOT NULL,
        "competency_id" uuid NOT NULL,
        "level" smallint NOT NULL,
        "source" varchar(20) NOT NULL,
        "assessed_on" date NOT NULL,
        "recorded_by" uuid,
        "recorded_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "competency_assessments_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "competency_assessments_cycle_id_fkey" FOREIGN KEY ("cycle_id") REFERENCES "assessment_cycles"("id") ON DELETE RESTRICT,
        CONSTRAINT "competency_assessments_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE RESTRICT,
        CONSTRAINT "competency_assessments_competency_id_fkey" FOREIGN KEY ("competency_id") REFERENCES "competencies"("id") ON DELETE RESTRICT
      )`);
    await q.query(
      `CREATE INDEX "competency_assessments_latest_idx" ON "competency_assessments" ("employee_id", "competency_id", "assessed_on", "recorded_at")`,
    );
    await q.query(`CREATE INDEX "competency_assessments_cycle_idx" ON "competency_assessments" ("cycle_id")`);

    await q.query(`
      CREATE TABLE "skp_results" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "employee_id" uuid NOT NULL,
        "year" smallint NOT NULL,
        "result_rating" varchar(10) NOT NULL,
        "behaviour_rating" varchar(10) NOT NULL,
        "predikat" varchar(20) NOT NULL,
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "skp_results_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "skp_results_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE UNIQUE INDEX "skp_results_employee_year_key" ON "skp_results" ("employee_id", "year")`);

    await q.query(`
      CREATE TABLE "training_proposals" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "unit_id" uuid NOT NULL,
        "year" smallint NOT NULL,
        "competency_id" uuid NOT NULL,
        "title" varchar(200) NOT NULL,
        "participants" integer NOT NULL,
        "jp" integer NOT NULL,
        "justification" text NOT NULL,
        "status" varchar(10) NOT NULL DEFAULT 'SUBMITTED',
        "decision_reason" text,
        "proposed_by" uuid,
        "decided_by" uuid,
        "decided_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "training_proposals_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "training_proposals_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT,
        CONSTRAINT "training_proposals_competency_id_fkey" FOREIGN KEY ("competency_id") REFERENCES "competencies"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX "training_proposals_year_status_idx" ON "training_proposals" ("year", "status")`);

    await q.query(`
      CREATE TABLE "programme_candidates" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "year" smallint NOT NULL,
        "title" varchar(200) NOT NULL,
        "jp" integer NOT NULL,
        "participants" integer NOT NULL,
        "estimated_cost" bigint NOT NULL,
        "mandatory" boolean NOT NULL DEFAULT false,
        "proposal_id" uuid,
        "competency_ids" uuid[] NOT NULL,
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "programme_candidates_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "programme_candidates_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "training_proposals"("id") ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX "programme_candidates_year_idx" ON "programme_candidates" ("year")`);

    await q.query(`
      CREATE TABLE "plans" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "year" smallint NOT NULL,
        "version" integer NOT NULL,
        "ceiling" bigint NOT NULL,
        "status" varchar(12) NOT NULL DEFAULT 'DRAFT',
        "method" varchar(12) NOT NULL,
        "total_cost" bigint NOT NULL,
        "total_value" double precision NOT NULL,
        "items" jsonb NOT NULL,
        "explanation" text NOT NULL,
        "created_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "adopted_by" uuid,
        "adopted_at" timestamptz,
        CONSTRAINT "plans_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE UNIQUE INDEX "plans_year_version_key" ON "plans" ("year", "version")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ["plans", "programme_candidates", "training_proposals", "skp_results", "competency_assessments", "assessment_cycles", "competency_standards", "competencies"]) {
      await q.query(`DROP TABLE "${t}"`);
    }
  }
}
