import type { MigrationInterface, QueryRunner } from "typeorm";

/** Token revocation (a per-user token version) and the login rate-limit counters shared by every API process (issue 6 §2.2, §2.4). */
export class AuthHardening1764500000000 implements MigrationInterface {
  name = "AuthHardening1764500000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" ADD COLUMN "token_version" integer NOT NULL DEFAULT 0`);
    // Fixed-window login counters (modules/auth/login-limiter.ts): key, points used, expiry in epoch milliseconds.
    await q.query(`
      CREATE TABLE "login_rate_limits" (
        "key" varchar(255) NOT NULL,
        "points" integer NOT NULL DEFAULT 0,
        "expire" bigint,
        CONSTRAINT "login_rate_limits_pkey" PRIMARY KEY ("key")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "login_rate_limits"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "token_version"`);
  }
}
