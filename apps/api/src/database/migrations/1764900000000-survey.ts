import type { MigrationInterface, QueryRunner } from "typeorm";

// The lists below are the domain's at the time of this migration (issue 9, @bina/domain survey: SKM_RESPONDENT_PROFILE,
// SKM_AGE_BANDS, SERVICE_UNIT_KINDS): written out, so the migration stays what it was when the domain grows.
const SERVICE_UNIT_KINDS = ["POPULATION_REGISTRY", "LICENSING", "HOSPITAL", "HEALTH_CENTRE", "SUBDISTRICT", "VILLAGE", "OTHER"];
const PERIOD_STATES = ["OPEN", "CLOSED"];
const GENDERS = ["L", "P"];
const AGE_BANDS = ["UNDER_20", "20_29", "30_39", "40_49", "50_59", "60_PLUS"];
const EDUCATIONS = ["SD", "SMP", "SMA", "D1-D3", "S1", "S2", "S3"];
const OCCUPATIONS = ["PNS", "TNI", "POLRI", "SWASTA", "WIRAUSAHA", "LAINNYA"];
const ELEMENTS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

const oneOf = (column: string, values: readonly string[]): string => `"${column}" IN (${values.map((v) => `'${v}'`).join(", ")})`;
const nullOrOneOf = (column: string, values: readonly string[]): string => `"${column}" IS NULL OR ${oneOf(column, values)}`;

/** The CHECK expressions, shared with the entities' @Check declarations (TypeORM compares checks by name). */
export const SURVEY_CHECKS = {
  service_units_code_check: `"code" ~ '^[a-z0-9][a-z0-9-]{1,39}$'`,
  service_units_kind_check: oneOf("kind", SERVICE_UNIT_KINDS),
  service_units_yearly_users_check: `"yearly_users" BETWEEN 1 AND 100000000`,
  survey_periods_code_check: `"code" = "year"::text || '-' || "half"::text`,
  survey_periods_year_check: `"year" BETWEEN 2000 AND 2100`,
  survey_periods_half_check: `"half" IN (1, 2)`,
  survey_periods_dates_check: `"ends_on" >= "starts_on"`,
  survey_periods_status_check: oneOf("status", PERIOD_STATES),
  survey_responses_answers_check: ELEMENTS.map((u) => `("u${u}" IS NULL OR "u${u}" BETWEEN 1 AND 4)`).join(" AND "),
  survey_responses_gender_check: nullOrOneOf("gender", GENDERS),
  survey_responses_age_band_check: nullOrOneOf("age_band", AGE_BANDS),
  survey_responses_education_check: nullOrOneOf("education", EDUCATIONS),
  survey_responses_occupation_check: nullOrOneOf("occupation", OCCUPATIONS),
  survey_responses_client_key_check: `"client_key" ~ '^[0-9a-f]{64}$'`,
} as const;

const check = (name: keyof typeof SURVEY_CHECKS): string => `CONSTRAINT "${name}" CHECK (${SURVEY_CHECKS[name]})`;

const sums = ELEMENTS.map((u) => `"s${u}"`).join(", ");
const counts = ELEMENTS.map((u) => `"n${u}"`).join(", ");

/**
 * The public satisfaction survey (SKM, PermenPANRB 14/2017; issue 9):
 * - `service_units`: the units the public is served at (Disdukcapil, a puskesmas, a kelurahan office, ...); `code` is
 *   the public URL slug (`/survey/<code>`), `unit_id` the organisational unit whose staff serve there (its subtree),
 *   `yearly_users` the population the required sample (Krejcie-Morgan, `skmSampleSize`) is computed from.
 * - `survey_periods`: city-wide half years (`2026-1` = January-June, `2026-2` = July-December), OPEN or CLOSED.
 * - `survey_responses`: one respondent's answers U1..U9 (1..4 or not answered), the profile and a suggestion;
 *   `client_key` (sha256 of client address, user agent, service unit and period) is the duplicate guard's key.
 * - `survey_tallies`: per service unit and period the respondents, the sum of answers `s1..s9` and the number of
 *   answers `n1..n9`, kept current on write by statement-level triggers on `survey_responses` (one aggregated upsert
 *   per statement, keys in order so concurrent writers cannot deadlock); the IKM of a tally is
 *   `round(25 × Σ (s_u / n_u) / 9, 2)`. No entity: only SQL reads it.
 */
export class Survey1764900000000 implements MigrationInterface {
  name = "Survey1764900000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "service_units" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" varchar(40) NOT NULL,
        "name" varchar(200) NOT NULL,
        "kind" varchar(30) NOT NULL,
        "unit_id" uuid NOT NULL,
        "yearly_users" integer NOT NULL,
        "active" boolean NOT NULL DEFAULT true,
        "version" integer NOT NULL DEFAULT 1,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "service_units_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "service_units_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT,
        ${check("service_units_code_check")},
        ${check("service_units_kind_check")},
        ${check("service_units_yearly_users_check")}
      )`);
    await q.query(`CREATE UNIQUE INDEX "service_units_code_key" ON "service_units" ("code")`);
    await q.query(`CREATE INDEX "service_units_unit_idx" ON "service_units" ("unit_id")`);
    await q.query(`CREATE INDEX "service_units_name_idx" ON "service_units" ("name", "id")`);

    await q.query(`
      CREATE TABLE "survey_periods" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" varchar(7) NOT NULL,
        "year" integer NOT NULL,
        "half" smallint NOT NULL,
        "starts_on" date NOT NULL,
        "ends_on" date NOT NULL,
        "status" varchar(10) NOT NULL DEFAULT 'OPEN',
        "version" integer NOT NULL DEFAULT 1,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "survey_periods_pkey" PRIMARY KEY ("id"),
        ${check("survey_periods_code_check")},
        ${check("survey_periods_year_check")},
        ${check("survey_periods_half_check")},
        ${check("survey_periods_dates_check")},
        ${check("survey_periods_status_check")}
      )`);
    await q.query(`CREATE UNIQUE INDEX "survey_periods_code_key" ON "survey_periods" ("code")`);

    await q.query(`
      CREATE TABLE "survey_responses" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "service_unit_id" uuid NOT NULL,
        "period_id" uuid NOT NULL,
        "submitted_at" timestamptz NOT NULL DEFAULT now(),
        ${ELEMENTS.map((u) => `"u${u}" smallint,`).join("\n        ")}
        "gender" varchar(30),
        "age_band" varchar(30),
        "education" varchar(30),
        "occupation" varchar(30),
        "service_received" varchar(200),
        "suggestion" varchar(1000),
        "client_key" varchar(64) NOT NULL,
        CONSTRAINT "survey_responses_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "survey_responses_service_unit_id_fkey" FOREIGN KEY ("service_unit_id") REFERENCES "service_units"("id") ON DELETE RESTRICT,
        CONSTRAINT "survey_responses_period_id_fkey" FOREIGN KEY ("period_id") REFERENCES "survey_periods"("id") ON DELETE RESTRICT,
        ${check("survey_responses_answers_check")},
        ${check("survey_responses_gender_check")},
        ${check("survey_responses_age_band_check")},
        ${check("survey_responses_education_check")},
        ${check("survey_responses_occupation_check")},
        ${check("survey_responses_client_key_check")}
      )`);
    await q.query(`CREATE INDEX "survey_responses_unit_period_idx" ON "survey_responses" ("service_unit_id", "period_id")`);
    await q.query(`CREATE INDEX "survey_responses_client_key_idx" ON "survey_responses" ("client_key", "submitted_at")`);

    await q.query(`
      CREATE TABLE "survey_tallies" (
        "service_unit_id" uuid NOT NULL,
        "period_id" uuid NOT NULL,
        "respondents" integer NOT NULL DEFAULT 0,
        ${ELEMENTS.map((u) => `"s${u}" integer NOT NULL DEFAULT 0,`).join("\n        ")}
        ${ELEMENTS.map((u) => `"n${u}" integer NOT NULL DEFAULT 0,`).join("\n        ")}
        CONSTRAINT "survey_tallies_pkey" PRIMARY KEY ("service_unit_id", "period_id"),
        CONSTRAINT "survey_tallies_service_unit_id_fkey" FOREIGN KEY ("service_unit_id") REFERENCES "service_units"("id") ON DELETE CASCADE,
        CONSTRAINT "survey_tallies_period_id_fkey" FOREIGN KEY ("period_id") REFERENCES "survey_periods"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "survey_tallies_period_idx" ON "survey_tallies" ("period_id")`);

    // One function per event (a transition table is named only by its own trigger), each adding the per-key
    // differences in one upsert; a key whose respondents fall to 0 is removed (units without responses have no tally).
    const answer = (alias: string, sign: string) =>
      [`${sign}1 AS "r"`, ...ELEMENTS.map((u) => `${sign}coalesce(${alias}."u${u}", 0) AS "s${u}"`), ...ELEMENTS.map((u) => `${sign}(${alias}."u${u}" IS NOT NULL)::int AS "n${u}"`)].join(", ");
    const rows = {
      insert: `SELECT n."service_unit_id", n."period_id", ${answer("n", "")} FROM "survey_responses_new" n`,
      delete: `SELECT o."service_unit_id", o."period_id", ${answer("o", "-")} FROM "survey_responses_old" o`,
    };
    const tables = {
      insert: `REFERENCING NEW TABLE AS "survey_responses_new"`,
      update: `REFERENCING OLD TABLE AS "survey_responses_old" NEW TABLE AS "survey_responses_new"`,
      delete: `REFERENCING OLD TABLE AS "survey_responses_old"`,
    };
    const diffs = { insert: rows.insert, update: `${rows.insert} UNION ALL ${rows.delete}`, delete: rows.delete };
    const columns = ["s", "n"].flatMap((p) => ELEMENTS.map((u) => `"${p}${u}"`));
    for (const event of ["insert", "update", "delete"] as const) {
      const removeEmpty =
        event === "insert"
          ? ""
          : `DELETE FROM "survey_tallies" t USING (SELECT DISTINCT "service_unit_id", "period_id" FROM "survey_responses_old") k
              WHERE t."service_unit_id" = k."service_unit_id" AND t."period_id" = k."period_id" AND t."respondents" <= 0;`;
      await q.query(`
        CREATE FUNCTION "survey_tallies_${event}"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO "survey_tallies" AS t ("service_unit_id", "period_id", "respondents", ${sums}, ${counts})
          SELECT d."service_unit_id", d."period_id", sum(d."r"), ${columns.map((c) => `sum(d.${c})`).join(", ")}
            FROM (${diffs[event]}) d
           GROUP BY d."service_unit_id", d."period_id" ORDER BY d."service_unit_id", d."period_id"
          ON CONFLICT ("service_unit_id", "period_id") DO UPDATE SET "respondents" = t."respondents" + EXCLUDED."respondents",
            ${columns.map((c) => `${c} = t.${c} + EXCLUDED.${c}`).join(", ")};
          ${removeEmpty}
          RETURN NULL;
        END $$`);
      await q.query(
        `CREATE TRIGGER "survey_tallies_${event}" AFTER ${event.toUpperCase()} ON "survey_responses" ${tables[event]} FOR EACH STATEMENT EXECUTE FUNCTION "survey_tallies_${event}"()`,
      );
    }
    await q.query(`CREATE FUNCTION "survey_tallies_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM "survey_tallies"; RETURN NULL; END $$`);
    await q.query(`CREATE TRIGGER "survey_tallies_truncate" AFTER TRUNCATE ON "survey_responses" FOR EACH STATEMENT EXECUTE FUNCTION "survey_tallies_truncate"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const event of ["insert", "update", "delete", "truncate"]) {
      await q.query(`DROP TRIGGER "survey_tallies_${event}" ON "survey_responses"`);
      await q.query(`DROP FUNCTION "survey_tallies_${event}"()`);
    }
    await q.query(`DROP TABLE "survey_tallies"`);
    await q.query(`DROP TABLE "survey_responses"`);
    await q.query(`DROP TABLE "survey_periods"`);
    await q.query(`DROP TABLE "service_units"`);
  }
}
