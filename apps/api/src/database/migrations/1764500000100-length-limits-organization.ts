import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * One source per text limit (issue 6 defect 9): the e-mail column takes the domain's EMAIL_MAX_LENGTH
 * (254, the RFC 5321 path limit) instead of 120, so an address the domain and the input accept is never
 * refused by PostgreSQL. The other organization columns already have the domain's lengths.
 */
export class LengthLimitsOrganization1764500000100 implements MigrationInterface {
  name = "LengthLimitsOrganization1764500000100";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "employees" ALTER COLUMN "email" TYPE varchar(254)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "employees" ALTER COLUMN "email" TYPE varchar(120)`);
  }
}
