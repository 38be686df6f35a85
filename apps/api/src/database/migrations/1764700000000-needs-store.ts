import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The needs store (issue 7, item 2): what the needs lists read, kept current on write instead of recomputing every
 * employee × competency gap of a city on each request.
 *
 * - `need_gaps`: one row per cycle year × active employee × competency their position has a standard for, with the
 *   scored-needs columns (`scoredNeedsCtes`): gap, JPM over the whole position, SKP, priority score.
 * - `need_employees`: one row per cycle year × employee with standards: the JPM list's rows.
 * - `need_cells`: per cycle year × unit × position kind × competency, the sums the heatmap and the totals read.
 *
 * Statement-level triggers on every table the scores read call `need_store_refresh(employee ids)` (or
 * `need_store_rebuild()` when a cycle is added or a table truncated), in the writer's transaction. Those two functions
 * carry SQL generated from the domain's rules, so the API installs them at start (`installNeedsStore`, which rebuilds
 * the store when their text changed); here they are placeholders that mark the store stale, so a write between this
 * migration and the first start is caught up then. A session may pause the triggers (`bina.need_store = 'paused'`, the
 * bulk loaders do) and must then call `need_store_rebuild()`.
 */
export class NeedsStore1764700000000 implements MigrationInterface {
  name = "NeedsStore1764700000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "need_gaps" (
        "year" integer NOT NULL,
        "employee_id" uuid NOT NULL,
        "employee_name" varchar NOT NULL,
        "unit_id" uuid NOT NULL,
        "unit_path" text NOT NULL,
        "position_kind" varchar NOT NULL,
        "competency_id" uuid NOT NULL,
        "competency_kind" varchar NOT NULL,
        "standard" smallint NOT NULL,
        "mandatory_programme" boolean NOT NULL,
        "actual" smallint,
        "gap" smallint,
        "jpm_percent" numeric,
        "jpm_band" text,
        "jpm_actual_sum" integer,
        "jpm_standard_sum" integer,
        "jpm_assessed" integer NOT NULL,
        "jpm_with_standard" integer NOT NULL,
        "skp_predikat" varchar,
        "score" numeric NOT NULL,
        CONSTRAINT "need_gaps_pkey" PRIMARY KEY ("employee_id", "year", "competency_id")
      )`);
    await q.query(`CREATE INDEX "need_gaps_unit_idx" ON "need_gaps" ("unit_id", "year")`);
    // The ranked needs page: highest score first, read in index order and stopped after a page.
    await q.query(
      `CREATE INDEX "need_gaps_ranked_idx" ON "need_gaps" ("year", "score" DESC, "gap" DESC, "employee_name", "employee_id", "competency_id") WHERE "gap" > 0`,
    );
    await q.query(`
      CREATE TABLE "need_employees" (
        "year" integer NOT NULL,
        "employee_id" uuid NOT NULL,
        "employee_name" varchar NOT NULL,
        "unit_id" uuid NOT NULL,
        "position_kind" varchar NOT NULL,
        "jpm_actual_sum" integer,
        "jpm_standard_sum" integer,
        "jpm_ratio" numeric,
        "jpm_assessed" integer NOT NULL,
        "jpm_with_standard" integer NOT NULL,
        CONSTRAINT "need_employees_pkey" PRIMARY KEY ("employee_id", "year")
      )`);
    await q.query(`CREATE INDEX "need_employees_unit_idx" ON "need_employees" ("unit_id", "year")`);
    await q.query(
      `CREATE INDEX "need_employees_jpm_idx" ON "need_employees" ("year", "jpm_ratio", "employee_name", "employee_id") WHERE "jpm_standard_sum" > 0`,
    );
    await q.query(`
      CREATE TABLE "need_cells" (
        "year" integer NOT NULL,
        "unit_id" uuid NOT NULL,
        "position_kind" varchar NOT NULL,
        "competency_id" uuid NOT NULL,
        "competency_kind" varchar NOT NULL,
        "with_standard" integer NOT NULL,
        "assessed" integer NOT NULL,
        "in_need" integer NOT NULL,
        "total_gap" integer NOT NULL,
        "max_priority" numeric,
        "sum_priority" numeric NOT NULL,
        CONSTRAINT "need_cells_pkey" PRIMARY KEY ("unit_id", "year", "position_kind", "competency_id")
      )`);
    await q.query(`CREATE INDEX "need_cells_year_idx" ON "need_cells" ("year", "competency_id")`);
    await q.query(`CREATE TABLE "need_store_state" ("id" integer PRIMARY KEY CHECK ("id" = 1), "version" text NOT NULL)`);
    await q.query(`INSERT INTO "need_store_state" ("id", "version") VALUES (1, 'stale')`);
    for (const fn of ["need_store_refresh(ids uuid[])", "need_store_rebuild()"]) {
      await q.query(`CREATE FUNCTION ${fn} RETURNS void LANGUAGE sql AS $$ UPDATE "need_store_state" SET "version" = 'stale' $$`);
    }

    // Per table: the employees a statement's rows touch, from the transition tables (old_rows, new_rows).
    const touched: Record<string, { insert: string | null; update: string; delete: string | null }> = {
      competency_assessments: {
        insert: `SELECT employee_id FROM new_rows`,
        update: `SELECT employee_id FROM new_rows UNION SELECT employee_id FROM old_rows`,
        delete: `SELECT employee_id FROM old_rows`,
      },
      skp_results: {
        insert: `SELECT employee_id FROM new_rows`,
        update: `SELECT employee_id FROM new_rows UNION SELECT employee_id FROM old_rows`,
        delete: `SELECT employee_id FROM old_rows`,
      },
      employees: {
        insert: `SELECT id FROM new_rows`,
        update: `SELECT n.id FROM new_rows n JOIN old_rows o USING (id)
                  WHERE (n.name, n.unit_id, n.position_kind, n.functional_grade, n.position_title, n.active)
                        IS DISTINCT FROM (o.name, o.unit_id, o.position_kind, o.functional_grade, o.position_title, o.active)`,
        delete: `SELECT id FROM old_rows`,
      },
      competency_standards: {
        insert: `SELECT e.id FROM employees e WHERE e.position_kind IN (SELECT position_kind FROM new_rows)`,
        update: `SELECT e.id FROM employees e WHERE e.position_kind IN (SELECT position_kind FROM new_rows UNION SELECT position_kind FROM old_rows)`,
        delete: `SELECT e.id FROM employees e WHERE e.position_kind IN (SELECT position_kind FROM old_rows)`,
      },
      competencies: {
        insert: null,
        update: `SELECT e.id FROM employees e WHERE e.position_kind IN (
                   SELECT s.position_kind FROM competency_standards s JOIN new_rows n ON n.id = s.competency_id JOIN old_rows o ON o.id = n.id
                    WHERE (n.active, n.kind) IS DISTINCT FROM (o.active, o.kind))`,
        delete: null,
      },
      units: {
        insert: null,
        update: `SELECT e.id FROM employees e WHERE e.unit_id IN (
                   SELECT n.id FROM new_rows n JOIN old_rows o USING (id) WHERE n.path IS DISTINCT FROM o.path)`,
        delete: null,
      },
    };
    const paused = `IF current_setting('bina.need_store', true) = 'paused' THEN RETURN NULL; END IF;`;
    for (const [table, events] of Object.entries(touched)) {
      const branch = (op: string, sql: string | null) => (sql ? `IF TG_OP = '${op}' THEN PERFORM need_store_refresh(ARRAY(${sql})); END IF;` : "");
      await q.query(`
        CREATE FUNCTION "need_store_on_${table}"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          ${paused}
          ${branch("INSERT", events.insert)}
          ${branch("UPDATE", events.update)}
          ${branch("DELETE", events.delete)}
          RETURN NULL;
        END $$`);
      const referencing = { insert: "REFERENCING NEW TABLE AS new_rows", update: "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows", delete: "REFERENCING OLD TABLE AS old_rows" };
      for (const event of ["insert", "update", "delete"] as const) {
        if (!events[event]) continue;
        await q.query(
          `CREATE TRIGGER "need_store_${event}" AFTER ${event.toUpperCase()} ON "${table}" ${referencing[event]} FOR EACH STATEMENT EXECUTE FUNCTION "need_store_on_${table}"()`,
        );
      }
    }
    await q.query(`
      CREATE FUNCTION "need_store_rebuild_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${paused}
        PERFORM need_store_rebuild();
        RETURN NULL;
      END $$`);
    // A new or removed cycle year adds or drops a year for everyone; a truncated source changes everything.
    for (const event of ["INSERT", "UPDATE", "DELETE"]) {
      await q.query(`CREATE TRIGGER "need_store_${event.toLowerCase()}" AFTER ${event} ON "assessment_cycles" FOR EACH STATEMENT EXECUTE FUNCTION "need_store_rebuild_trigger"()`);
    }
    for (const table of [...Object.keys(touched), "assessment_cycles"]) {
      await q.query(`CREATE TRIGGER "need_store_truncate" AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "need_store_rebuild_trigger"()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    const tables = ["competency_assessments", "skp_results", "employees", "competency_standards", "competencies", "units", "assessment_cycles"];
    for (const table of tables) {
      for (const event of ["insert", "update", "delete", "truncate"]) await q.query(`DROP TRIGGER IF EXISTS "need_store_${event}" ON "${table}"`);
      await q.query(`DROP FUNCTION IF EXISTS "need_store_on_${table}"()`);
    }
    await q.query(`DROP FUNCTION "need_store_rebuild_trigger"()`);
    await q.query(`DROP FUNCTION "need_store_refresh"(uuid[])`);
    await q.query(`DROP FUNCTION "need_store_rebuild"()`);
    for (const table of ["need_store_state", "need_cells", "need_employees", "need_gaps"]) await q.query(`DROP TABLE "${table}"`);
  }
}
