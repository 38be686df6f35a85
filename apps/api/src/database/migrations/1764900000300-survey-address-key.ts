import type { MigrationInterface, QueryRunner } from "typeorm";

export const SURVEY_ADDRESS_KEY_CHECK = `"address_key" IS NULL OR "address_key" ~ '^[0-9a-f]{64}$'`;

/**
 * The public survey's per-address cap: `survey_responses.address_key` is an HMAC (the server's token secret) of the
 * client's address (an IPv6 one by its /64), the service unit and the period, so at most a fixed number of responses per
 * address, unit and period are stored in 24 hours whatever device cookies the client sends. The address itself is not
 * kept (the HMAC cannot be reversed by trying the 2^32 IPv4 addresses without the secret). Rows stored before have none.
 */
export class SurveyAddressKey1764900000300 implements MigrationInterface {
  name = "SurveyAddressKey1764900000300";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "survey_responses" ADD "address_key" varchar(64)`);
    await q.query(`ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_address_key_check" CHECK (${SURVEY_ADDRESS_KEY_CHECK})`);
    await q.query(`CREATE INDEX "survey_responses_address_key_idx" ON "survey_responses" ("address_key", "submitted_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "survey_responses_address_key_idx"`);
    await q.query(`ALTER TABLE "survey_responses" DROP CONSTRAINT "survey_responses_address_key_check"`);
    await q.query(`ALTER TABLE "survey_responses" DROP COLUMN "address_key"`);
  }
}
