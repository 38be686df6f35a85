import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * One source per text limit (issue 6 defect 9), competency and needs tables. The varchar columns already have the
 * domain's lengths (competencies.code 40 = COMPETENCY_CODE_MAX_LENGTH, name 150 = COMPETENCY_NAME_MAX_LENGTH,
 * competency_standards.position_title 150 = POSITION_TITLE_MAX_LENGTH, assessment_cycles.name 150 =
 * CYCLE_NAME_MAX_LENGTH; test/competency-limits.spec.ts checks the columns against the constants). The description is
 * `text`: its product limit, COMPETENCY_DESCRIPTION_MAX_LENGTH (1000 characters), becomes a CHECK so the database
 * holds the same rule as the domain and the form. The numbers are written out: a migration records what it did.
 */
export class LengthLimitsNeeds1764500000200 implements MigrationInterface {
  name = "LengthLimitsNeeds1764500000200";

  async up(q: QueryRunner): Promise<void> {
    // NOT VALID: a longer description written before the limit (the old input allowed 2,000) stays as it was, never
    // cut; every new or changed row is checked.
    await q.query(`ALTER TABLE "competencies" ADD CONSTRAINT "competencies_description_length" CHECK (char_length("description") <= 1000) NOT VALID`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "competencies" DROP CONSTRAINT "competencies_description_length"`);
  }
}
