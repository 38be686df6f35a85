import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The closed loop (issue 9): a service unit's weak survey elements raise the PUBLIC_SERVICE factor of its staff's needs.
 *
 * - `skm_signals`: per needs cycle year × service unit × weak element (NRR band C or D in the latest CLOSED period of
 *   year Y−1 or Y in which the unit has responses): the service unit's organisational unit, the period, the NRR, band,
 *   weakness (the PUBLIC_SERVICE value), the competencies it points to (codes, and whether any TECHNICAL competency
 *   counts) and the reason shown ("U7 staff behaviour, NRR 2.71, band C, period 2026-1"). Derived: no foreign keys.
 * - `need_gaps` gains `public_service` (0..1) and `public_service_reason`, which the score includes.
 *
 * Statement-level triggers on `survey_tallies` (of CLOSED periods), `survey_periods` (status, dates, year, code) and
 * `service_units` (unit, active) call `skm_signals_refresh(service unit ids)` in the writer's transaction; it recomputes
 * the signals and, when they changed, refreshes the needs store's rows of the employees under the units concerned. Its
 * SQL is generated from the domain's SKM rules, so the API installs it at start with the needs store's functions
 * (`installNeedsStore`); here it is a placeholder that marks the store stale. The triggers honour the store's pause
 * (`bina.need_store = 'paused'`; then call `need_store_rebuild()`, which rebuilds the signals too).
 */
export class SkmSignals1764900000200 implements MigrationInterface {
  name = "SkmSignals1764900000200";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "skm_signals" (
        "year" integer NOT NULL,
        "service_unit_id" uuid NOT NULL,
        "unit_id" uuid NOT NULL,
        "period_id" uuid NOT NULL,
        "element" varchar(2) NOT NULL,
        "nrr" numeric NOT NULL,
        "band" char(1) NOT NULL,
        "weakness" numeric NOT NULL,
        "competency_codes" varchar[] NOT NULL,
        "technical_service" boolean NOT NULL,
        "reason" text NOT NULL,
        CONSTRAINT "skm_signals_pkey" PRIMARY KEY ("year", "service_unit_id", "element")
      )`);
    await q.query(`CREATE INDEX "skm_signals_unit_idx" ON "skm_signals" ("unit_id", "year")`);
    await q.query(`ALTER TABLE "need_gaps" ADD COLUMN "public_service" numeric NOT NULL DEFAULT 0, ADD COLUMN "public_service_reason" text`);
    await q.query(`UPDATE "need_store_state" SET "version" = 'stale'`);
    for (const fn of ["skm_signals_refresh(sids uuid[])", "skm_signals_rebuild()"]) {
      await q.query(`CREATE FUNCTION ${fn} RETURNS void LANGUAGE sql AS $$ UPDATE "need_store_state" SET "version" = 'stale' $$`);
    }

    const paused = `IF current_setting('bina.need_store', true) = 'paused' THEN RETURN NULL; END IF;`;
    // Tallies: only those of CLOSED periods count. The periods are read under a share lock, so a tally written while
    // its period is being closed (or reopened) waits for that, and one of the two transactions sees the other's write.
    const tallies = (rows: string) => `
      PERFORM 1 FROM survey_periods p WHERE p.id IN (SELECT x.period_id FROM ${rows} x) ORDER BY p.id FOR SHARE;
      PERFORM skm_signals_refresh(ARRAY(
        SELECT DISTINCT r.service_unit_id FROM ${rows} r JOIN survey_periods p ON p.id = r.period_id WHERE p.status = 'CLOSED'));`;
    const events: Record<string, { insert: string | null; update: string; delete: string }> = {
      survey_tallies: {
        insert: tallies("new_rows"),
        update: tallies("(SELECT service_unit_id, period_id FROM new_rows UNION SELECT service_unit_id, period_id FROM old_rows)"),
        delete: tallies("old_rows"),
      },
      // A new period has no tallies yet; a changed one changes which period is the latest, or its signals' reason.
      survey_periods: {
        insert: null,
        update: `PERFORM skm_signals_refresh(ARRAY(
                   SELECT DISTINCT t.service_unit_id FROM survey_tallies t WHERE t.period_id IN (
                     SELECT n.id FROM new_rows n JOIN old_rows o USING (id)
                      WHERE (n.status, n.starts_on, n.ends_on, n.year, n.half, n.code) IS DISTINCT FROM (o.status, o.starts_on, o.ends_on, o.year, o.half, o.code))));`,
        delete: `PERFORM skm_signals_refresh(ARRAY(SELECT DISTINCT service_unit_id FROM skm_signals WHERE period_id IN (SELECT id FROM old_rows)));`,
      },
      // A new service unit has no tallies yet.
      service_units: {
        insert: null,
        update: `PERFORM skm_signals_refresh(ARRAY(
                   SELECT n.id FROM new_rows n JOIN old_rows o USING (id) WHERE (n.unit_id, n.active) IS DISTINCT FROM (o.unit_id, o.active)));`,
        delete: `PERFORM skm_signals_refresh(ARRAY(SELECT id FROM old_rows));`,
      },
    };
    const referencing = { insert: "REFERENCING NEW TABLE AS new_rows", update: "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows", delete: "REFERENCING OLD TABLE AS old_rows" };
    for (const [table, sql] of Object.entries(events)) {
      const branch = (op: string, body: string | null) => (body ? `IF TG_OP = '${op}' THEN ${body} END IF;` : "");
      await q.query(`
        CREATE FUNCTION "skm_signals_on_${table}"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          ${paused}
          ${branch("INSERT", sql.insert)}
          ${branch("UPDATE", sql.update)}
          ${branch("DELETE", sql.delete)}
          RETURN NULL;
        END $$`);
      for (const event of ["insert", "update", "delete"] as const) {
        if (!sql[event]) continue;
        await q.query(
          `CREATE TRIGGER "skm_signals_${event}" AFTER ${event.toUpperCase()} ON "${table}" ${referencing[event]} FOR EACH STATEMENT EXECUTE FUNCTION "skm_signals_on_${table}"()`,
        );
      }
    }
    await q.query(`
      CREATE FUNCTION "skm_signals_recompute_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${paused}
        PERFORM skm_signals_refresh(NULL);
        RETURN NULL;
      END $$`);
    for (const table of Object.keys(events)) {
      await q.query(`CREATE TRIGGER "skm_signals_truncate" AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "skm_signals_recompute_trigger"()`);
    }

    // A competency's code now matters to the scores (a weak element points to competencies by code).
    await q.query(competenciesTrigger(`(n.active, n.kind, n.code) IS DISTINCT FROM (o.active, o.kind, o.code)`));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(competenciesTrigger(`(n.active, n.kind) IS DISTINCT FROM (o.active, o.kind)`));
    for (const table of ["survey_tallies", "survey_periods", "service_units"]) {
      for (const event of ["insert", "update", "delete", "truncate"]) await q.query(`DROP TRIGGER IF EXISTS "skm_signals_${event}" ON "${table}"`);
      await q.query(`DROP FUNCTION "skm_signals_on_${table}"()`);
    }
    await q.query(`DROP FUNCTION "skm_signals_recompute_trigger"()`);
    await q.query(`DROP FUNCTION "skm_signals_refresh"(uuid[])`);
    await q.query(`DROP FUNCTION "skm_signals_rebuild"()`);
    await q.query(`ALTER TABLE "need_gaps" DROP COLUMN "public_service", DROP COLUMN "public_service_reason"`);
    await q.query(`UPDATE "need_store_state" SET "version" = 'stale'`);
    await q.query(`DROP TABLE "skm_signals"`);
  }
}

/** The needs store's trigger function on `competencies` (migration 1764700000000), refreshing on the given change. */
function competenciesTrigger(changed: string): string {
  return `
    CREATE OR REPLACE FUNCTION "need_store_on_competencies"() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF current_setting('bina.need_store', true) = 'paused' THEN RETURN NULL; END IF;
      IF TG_OP = 'UPDATE' THEN PERFORM need_store_refresh(ARRAY(SELECT e.id FROM employees e WHERE e.position_kind IN (
                   SELECT s.position_kind FROM competency_standards s JOIN new_rows n ON n.id = s.competency_id JOIN old_rows o ON o.id = n.id
                    WHERE ${changed}))); END IF;
      RETURN NULL;
    END $$`;
}
