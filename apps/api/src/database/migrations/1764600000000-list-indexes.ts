import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Indexes for the lists at regional scale (issue 7, item 3):
 * - `employees_active_name_idx` (active, name, id): the default employees page (active, by name, id breaking ties) reads
 *   its first rows in order instead of sorting every active employee;
 * - `units_path_pattern_idx` and `employees_nip_pattern_idx` (text/varchar_pattern_ops): `path LIKE '/a/b/%'` (a unit's
 *   subtree, an operator's scope) and `nip LIKE '1985%'` (search by NIP prefix) use an index whatever the database's
 *   collation (under a collation other than C the plain btree indexes cannot serve LIKE);
 * - `employees_name_trgm_idx` (GIN, pg_trgm): the name search `name ILIKE '%part%'` finds partial words without a scan.
 *   pg_trgm is created only where the server offers it (PostgreSQL's contrib package; PGlite loads it when started
 *   with the extension, as Bina's embedded server and the test setup do); without it the search still works, by a scan.
 *
 * The entities declare these indexes with `synchronize: false` where TypeORM cannot express the operator class, so the
 * schema builder neither creates nor drops them.
 */
export class ListIndexes1764600000000 implements MigrationInterface {
  name = "ListIndexes1764600000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "employees_active_name_idx" ON "employees" ("active", "name", "id")`);
    await q.query(`CREATE INDEX "units_path_pattern_idx" ON "units" ("path" text_pattern_ops)`);
    await q.query(`CREATE INDEX "employees_nip_pattern_idx" ON "employees" ("nip" varchar_pattern_ops)`);
    const available = (await q.query(`SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'`)) as unknown[];
    if (available.length > 0) {
      await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
      await q.query(`CREATE INDEX "employees_name_trgm_idx" ON "employees" USING gin ("name" gin_trgm_ops)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "employees_name_trgm_idx"`);
    await q.query(`DROP INDEX "employees_nip_pattern_idx"`);
    await q.query(`DROP INDEX "units_path_pattern_idx"`);
    await q.query(`DROP INDEX "employees_active_name_idx"`);
  }
}
