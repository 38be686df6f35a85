import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Employees per unit, kept current on write (issue 7, item 3): the employees page's `totalCount` without other filters
 * than activity, scope and subtree is a sum over the units in scope (a few thousand rows even for a province) instead of
 * a count over every matching employee. Statement-level triggers with transition tables keep it equal to a recount after
 * any INSERT, UPDATE or DELETE on employees (one aggregated upsert per statement, units locked in id order so concurrent
 * writers cannot deadlock on it); TRUNCATE empties it. No entity: only SQL reads it, and the schema builder leaves
 * tables it does not know alone.
 */
export class UnitEmployeeCounts1764600000100 implements MigrationInterface {
  name = "UnitEmployeeCounts1764600000100";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "unit_employee_counts" (
        "unit_id" uuid NOT NULL,
        "active" integer NOT NULL DEFAULT 0,
        "inactive" integer NOT NULL DEFAULT 0,
        CONSTRAINT "unit_employee_counts_pkey" PRIMARY KEY ("unit_id"),
        CONSTRAINT "unit_employee_counts_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE CASCADE
      )`);
    await q.query(`
      INSERT INTO "unit_employee_counts" ("unit_id", "active", "inactive")
      SELECT "unit_id", count(*) FILTER (WHERE "active"), count(*) FILTER (WHERE NOT "active") FROM "employees" GROUP BY "unit_id"`);
    // Transition tables allow one event per trigger, and a function may name only the tables its trigger has: one
    // function per event, each adding the per-unit differences in one upsert.
    const rows = {
      insert: `SELECT n."unit_id", n."active"::int AS "a", (NOT n."active")::int AS "i" FROM "employees_new" n`,
      delete: `SELECT o."unit_id", -(o."active"::int) AS "a", -((NOT o."active")::int) AS "i" FROM "employees_old" o`,
    };
    const tables = {
      insert: `REFERENCING NEW TABLE AS "employees_new"`,
      update: `REFERENCING OLD TABLE AS "employees_old" NEW TABLE AS "employees_new"`,
      delete: `REFERENCING OLD TABLE AS "employees_old"`,
    };
    const diffs = { insert: rows.insert, update: `${rows.insert} UNION ALL ${rows.delete}`, delete: rows.delete };
    for (const event of ["insert", "update", "delete"] as const) {
      await q.query(`
        CREATE FUNCTION "unit_employee_counts_${event}"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO "unit_employee_counts" AS c ("unit_id", "active", "inactive")
          SELECT d."unit_id", sum(d."a"), sum(d."i") FROM (${diffs[event]}) d
           GROUP BY d."unit_id" HAVING sum(d."a") <> 0 OR sum(d."i") <> 0 ORDER BY d."unit_id"
          ON CONFLICT ("unit_id") DO UPDATE SET "active" = c."active" + EXCLUDED."active", "inactive" = c."inactive" + EXCLUDED."inactive";
          RETURN NULL;
        END $$`);
      await q.query(
        `CREATE TRIGGER "employees_unit_counts_${event}" AFTER ${event.toUpperCase()} ON "employees" ${tables[event]} FOR EACH STATEMENT EXECUTE FUNCTION "unit_employee_counts_${event}"()`,
      );
    }
    await q.query(`CREATE FUNCTION "unit_employee_counts_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM "unit_employee_counts"; RETURN NULL; END $$`);
    await q.query(`CREATE TRIGGER "employees_unit_counts_truncate" AFTER TRUNCATE ON "employees" FOR EACH STATEMENT EXECUTE FUNCTION "unit_employee_counts_truncate"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const event of ["insert", "update", "delete", "truncate"]) {
      await q.query(`DROP TRIGGER "employees_unit_counts_${event}" ON "employees"`);
      await q.query(`DROP FUNCTION "unit_employee_counts_${event}"()`);
    }
    await q.query(`DROP TABLE "unit_employee_counts"`);
  }
}
