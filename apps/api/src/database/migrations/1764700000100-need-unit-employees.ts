import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The needs store's JPM count kept per cycle year × unit × position kind (employees with a JPM), so the JPM list's
 * `totalCount` without a competency filter is a sum over units rather than a count over every employee (at 1,000,000
 * employees 0.4 s). Kept by the store's refresh and rebuild functions (`installNeedsStore`), filled here from the store.
 */
export class NeedUnitEmployees1764700000100 implements MigrationInterface {
  name = "NeedUnitEmployees1764700000100";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "need_unit_employees" (
        "year" integer NOT NULL,
        "unit_id" uuid NOT NULL,
        "position_kind" varchar NOT NULL,
        "with_jpm" integer NOT NULL,
        CONSTRAINT "need_unit_employees_pkey" PRIMARY KEY ("unit_id", "year", "position_kind")
      )`);
    await q.query(`
      INSERT INTO "need_unit_employees" ("year", "unit_id", "position_kind", "with_jpm")
      SELECT "year", "unit_id", "position_kind", count(*) FROM "need_employees" WHERE "jpm_standard_sum" > 0 GROUP BY 1, 2, 3`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "need_unit_employees"`);
  }
}
