import type { MigrationInterface, QueryRunner } from "typeorm";

/** Units, employees, users and the audit log (issue 2: the foundation). */
export class Organization1764300000000 implements MigrationInterface {
  name = "Organization1764300000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "units" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" varchar(40) NOT NULL,
        "name" varchar(200) NOT NULL,
        "kind" varchar(20) NOT NULL,
        "parent_id" uuid,
        "path" text NOT NULL,
        CONSTRAINT "units_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "units_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "units"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE UNIQUE INDEX "units_code_key" ON "units" ("code")`);
    await q.query(`CREATE INDEX "units_path_idx" ON "units" ("path")`);

    await q.query(`
      CREATE TABLE "employees" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "nip" varchar(18) NOT NULL,
        "name" varchar(100) NOT NULL,
        "gender" varchar(6) NOT NULL,
        "birth_date" date NOT NULL,
        "employment_type" varchar(4) NOT NULL,
        "rank_code" varchar(6) NOT NULL,
        "rank_order" smallint NOT NULL,
        "position_kind" varchar(20) NOT NULL,
        "position_title" varchar(150) NOT NULL,
        "functional_grade" varchar(20),
        "unit_id" uuid NOT NULL,
        "email" varchar(120),
        "phone" varchar(20),
        "active" boolean NOT NULL DEFAULT true,
        "version" integer NOT NULL DEFAULT 1,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "employees_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "employees_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE UNIQUE INDEX "employees_nip_key" ON "employees" ("nip")`);
    await q.query(`CREATE INDEX "employees_unit_id_idx" ON "employees" ("unit_id")`);

    await q.query(`
      CREATE TABLE "users" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "username" varchar(60) NOT NULL,
        "display_name" varchar(120) NOT NULL,
        "password_hash" text NOT NULL,
        "role" varchar(20) NOT NULL,
        "unit_id" uuid,
        "active" boolean NOT NULL DEFAULT true,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "users_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE UNIQUE INDEX "users_username_key" ON "users" ("username")`);

    await q.query(`
      CREATE TABLE "audit_entries" (
        "id" BIGSERIAL NOT NULL,
        "at" timestamptz NOT NULL DEFAULT now(),
        "actor_id" uuid,
        "action" varchar(20) NOT NULL,
        "entity_type" varchar(40) NOT NULL,
        "entity_id" varchar(64) NOT NULL,
        "before" jsonb,
        "after" jsonb,
        CONSTRAINT "audit_entries_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "audit_entries_at_idx" ON "audit_entries" ("at")`);
    await q.query(`CREATE INDEX "audit_entries_entity_idx" ON "audit_entries" ("entity_type", "entity_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "audit_entries"`);
    await q.query(`DROP TABLE "users"`);
    await q.query(`DROP TABLE "employees"`);
    await q.query(`DROP TABLE "units"`);
  }
}
