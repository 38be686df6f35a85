import type { MigrationInterface, QueryRunner } from "typeorm";

// The lists below are the domain's at the time of this migration (issue 8, @bina/domain delivery): written out, so the
// migration stays what it was when the domain grows.
const KINDS = [
  "DEGREE_STUDY_ASSIGNED", "DEGREE_STUDY_PERMITTED",
  "LEADERSHIP_TRAINING", "MANAGERIAL_TRAINING", "TECHNICAL_TRAINING", "FUNCTIONAL_TRAINING", "SOCIO_CULTURAL_TRAINING",
  "SEMINAR", "WORKSHOP", "COURSE", "UPGRADING", "TECHNICAL_GUIDANCE", "SOCIALISATION",
  "COACHING", "MENTORING", "E_LEARNING", "DISTANCE_LEARNING", "SECONDMENT", "OUTBOUND", "BENCHMARKING", "EXCHANGE",
  "SELF_STUDY", "LEARNING_COMMUNITY", "ON_THE_JOB_GUIDANCE", "INTERNSHIP",
];
/** Learning records are for the education and non-classical routes (classical training is delivered as batches). */
const RECORD_KINDS = [
  "DEGREE_STUDY_ASSIGNED", "DEGREE_STUDY_PERMITTED",
  "COACHING", "MENTORING", "E_LEARNING", "DISTANCE_LEARNING", "SECONDMENT", "OUTBOUND", "BENCHMARKING", "EXCHANGE",
  "SELF_STUDY", "LEARNING_COMMUNITY", "ON_THE_JOB_GUIDANCE", "INTERNSHIP",
];
const oneOf = (column: string, values: readonly string[]): string => `"${column}" IN (${values.map((v) => `'${v}'`).join(", ")})`;

/**
 * The 20-JP ledger (issue 8): every JP an employee earned or has pending, and the store that keeps the ledger's
 * figures current on write.
 *
 * - `jp_entries`: one row per credited activity. `BATCH` rows (source_id = the nomination) are written by the
 *   attendance module when a batch is completed (deleted when a completion is undone or a certificate revoked);
 *   `RECORD` rows (source_id = the learning record) by the compliance module: unverified on submission, verified on
 *   verification, deleted on rejection. `year` is the year of `ended_on`.
 * - `learning_records`, `learning_evidence`: non-classical and education activities submitted by unit operators with
 *   their evidence files (PDF, JPEG, PNG), verified or rejected by BKPSDM.
 * - The store: `jp_employee_years` (per employee × year: earned, pending, planned JP, earned per route),
 *   `jp_unit_years` (per unit × year: the counts the compliance dashboard adds up over a subtree) and `jp_unit_staff`
 *   (active PNS and PPPK per unit). Statement-level triggers on jp_entries, nominations, batches and employees call
 *   `jp_ledger_refresh(employee ids)` in the writer's transaction. That function carries the domain's thresholds
 *   (JP_LEDGER_RULES), so the API installs it at start (`installJpLedger`, rebuilding the store when its text
 *   changed); here it is a placeholder that marks the store stale.
 */
export class JpLedger1764800000200 implements MigrationInterface {
  name = "JpLedger1764800000200";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "jp_entries" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "employee_id" uuid NOT NULL,
        "year" smallint NOT NULL,
        "kind" varchar(32) NOT NULL,
        "jp" numeric(7,2) NOT NULL,
        "verified" boolean NOT NULL,
        "source" varchar(16) NOT NULL,
        "source_id" uuid NOT NULL,
        "title" varchar(200) NOT NULL,
        "started_on" date NOT NULL,
        "ended_on" date NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "jp_entries_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "jp_entries_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE RESTRICT,
        CONSTRAINT "jp_entries_kind_check" CHECK (${oneOf("kind", KINDS)}),
        CONSTRAINT "jp_entries_jp_check" CHECK ("jp" >= 0),
        CONSTRAINT "jp_entries_source_check" CHECK (${oneOf("source", ["BATCH", "RECORD"])}),
        CONSTRAINT "jp_entries_dates_check" CHECK ("ended_on" >= "started_on"),
        CONSTRAINT "jp_entries_year_check" CHECK ("year" = EXTRACT(YEAR FROM "ended_on"))
      )`);
    await q.query(`CREATE UNIQUE INDEX "jp_entries_source_key" ON "jp_entries" ("source", "source_id")`);
    await q.query(`CREATE INDEX "jp_entries_employee_year_idx" ON "jp_entries" ("employee_id", "year", "ended_on", "id")`);
    await q.query(`CREATE INDEX "jp_entries_year_idx" ON "jp_entries" ("year", "employee_id")`);

    await q.query(`
      CREATE TABLE "learning_records" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "employee_id" uuid NOT NULL,
        "kind" varchar(32) NOT NULL,
        "title" varchar(200) NOT NULL,
        "started_on" date NOT NULL,
        "ended_on" date NOT NULL,
        "jp" numeric(7,2),
        "days" integer,
        "session_dates" date[],
        "jp_by_day" numeric(7,2)[],
        "count" integer,
        "semesters" integer,
        "credited_jp" numeric(7,2) NOT NULL,
        "status" varchar(12) NOT NULL DEFAULT 'SUBMITTED',
        "submitted_by" uuid,
        "submitted_at" timestamptz NOT NULL DEFAULT now(),
        "verified_by" uuid,
        "decided_at" timestamptz,
        "reason" varchar(500),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "learning_records_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "learning_records_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE RESTRICT,
        CONSTRAINT "learning_records_kind_check" CHECK (${oneOf("kind", RECORD_KINDS)}),
        CONSTRAINT "learning_records_status_check" CHECK (${oneOf("status", ["SUBMITTED", "VERIFIED", "REJECTED"])}),
        CONSTRAINT "learning_records_dates_check" CHECK ("ended_on" >= "started_on"),
        CONSTRAINT "learning_records_credited_jp_check" CHECK ("credited_jp" >= 0)
      )`);
    // The verification queue (oldest first, by status) and an employee's records.
    await q.query(`CREATE INDEX "learning_records_queue_idx" ON "learning_records" ("status", "submitted_at", "id")`);
    await q.query(`CREATE INDEX "learning_records_employee_idx" ON "learning_records" ("employee_id", "submitted_at")`);

    await q.query(`
      CREATE TABLE "learning_evidence" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "record_id" uuid NOT NULL,
        "file_name" varchar(200) NOT NULL,
        "media_type" varchar(40) NOT NULL,
        "size" integer NOT NULL,
        "content" bytea NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "learning_evidence_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "learning_evidence_record_id_fkey" FOREIGN KEY ("record_id") REFERENCES "learning_records"("id") ON DELETE CASCADE,
        CONSTRAINT "learning_evidence_media_type_check" CHECK (${oneOf("media_type", ["application/pdf", "image/jpeg", "image/png"])}),
        CONSTRAINT "learning_evidence_size_check" CHECK ("size" = octet_length("content"))
      )`);
    await q.query(`CREATE INDEX "learning_evidence_record_idx" ON "learning_evidence" ("record_id", "created_at", "id")`);

    // The store.
    await q.query(`
      CREATE TABLE "jp_employee_years" (
        "employee_id" uuid NOT NULL,
        "year" smallint NOT NULL,
        "unit_id" uuid NOT NULL,
        "employment_type" varchar(4) NOT NULL,
        "active" boolean NOT NULL,
        "employee_name" varchar(100) NOT NULL,
        "earned_jp" numeric(9,2) NOT NULL,
        "pending_jp" numeric(9,2) NOT NULL,
        "planned_jp" numeric(9,2) NOT NULL,
        "earned_education_jp" numeric(9,2) NOT NULL,
        "earned_classical_jp" numeric(9,2) NOT NULL,
        "earned_non_classical_jp" numeric(9,2) NOT NULL,
        CONSTRAINT "jp_employee_years_pkey" PRIMARY KEY ("employee_id", "year")
      )`);
    await q.query(`CREATE INDEX "jp_employee_years_unit_idx" ON "jp_employee_years" ("unit_id", "year")`);
    await q.query(`
      CREATE TABLE "jp_unit_years" (
        "unit_id" uuid NOT NULL,
        "year" smallint NOT NULL,
        "pns_met" integer NOT NULL DEFAULT 0,
        "pns_on_track" integer NOT NULL DEFAULT 0,
        "pns_earned_jp" numeric(12,2) NOT NULL DEFAULT 0,
        "pppk_over_cap" integer NOT NULL DEFAULT 0,
        "pppk_earned_jp" numeric(12,2) NOT NULL DEFAULT 0,
        CONSTRAINT "jp_unit_years_pkey" PRIMARY KEY ("year", "unit_id")
      )`);
    await q.query(`
      CREATE TABLE "jp_unit_staff" (
        "unit_id" uuid NOT NULL,
        "pns" integer NOT NULL DEFAULT 0,
        "pppk" integer NOT NULL DEFAULT 0,
        CONSTRAINT "jp_unit_staff_pkey" PRIMARY KEY ("unit_id")
      )`);
    await q.query(`CREATE TABLE "jp_ledger_state" ("id" integer PRIMARY KEY CHECK ("id" = 1), "version" text NOT NULL)`);
    await q.query(`INSERT INTO "jp_ledger_state" ("id", "version") VALUES (1, 'stale')`);
    for (const fn of ["jp_ledger_refresh(ids uuid[])", "jp_ledger_rebuild()"]) {
      await q.query(`CREATE FUNCTION ${fn} RETURNS void LANGUAGE sql AS $$ UPDATE "jp_ledger_state" SET "version" = 'stale' $$`);
    }

    // Per table and event: the employees a statement's rows touch (transition tables old_rows, new_rows).
    const both = (column: string) => `SELECT ${column} FROM new_rows UNION SELECT ${column} FROM old_rows`;
    const touched: Record<string, { insert: string | null; update: string; delete: string | null }> = {
      jp_entries: { insert: `SELECT employee_id FROM new_rows`, update: both("employee_id"), delete: `SELECT employee_id FROM old_rows` },
      nominations: {
        insert: `SELECT employee_id FROM new_rows`,
        // Attendance and scores update nominations often: only a change of what planned JP reads refreshes.
        update: `SELECT n.employee_id FROM new_rows n JOIN old_rows o USING (id)
                  WHERE (n.status, n.batch_id, n.employee_id) IS DISTINCT FROM (o.status, o.batch_id, o.employee_id)
                 UNION SELECT o.employee_id FROM new_rows n JOIN old_rows o USING (id)
                  WHERE (n.status, n.batch_id, n.employee_id) IS DISTINCT FROM (o.status, o.batch_id, o.employee_id)`,
        delete: `SELECT employee_id FROM old_rows`,
      },
      batches: {
        insert: null,
        update: `SELECT nm.employee_id FROM nominations nm WHERE nm.batch_id IN (
                   SELECT n.id FROM new_rows n JOIN old_rows o USING (id)
                    WHERE (n.status, n.credited_jp, n.ends_on) IS DISTINCT FROM (o.status, o.credited_jp, o.ends_on))`,
        delete: null,
      },
      employees: {
        insert: null,
        update: `SELECT n.id FROM new_rows n JOIN old_rows o USING (id)
                  WHERE (n.unit_id, n.active, n.employment_type, n.name) IS DISTINCT FROM (o.unit_id, o.active, o.employment_type, o.name)`,
        delete: `SELECT id FROM old_rows`,
      },
    };
    // Active PNS and PPPK per unit: added from the employees' transition tables, in unit order.
    const staff = (sign: "+" | "-", table: string) =>
      `SELECT unit_id, ${sign}(active AND employment_type = 'PNS')::int AS pns, ${sign}(active AND employment_type = 'PPPK')::int AS pppk FROM ${table}`;
    const staffUpsert = (rows: string) => `
      INSERT INTO jp_unit_staff AS s (unit_id, pns, pppk)
      SELECT d.unit_id, sum(d.pns), sum(d.pppk) FROM (${rows}) d GROUP BY d.unit_id HAVING sum(d.pns) <> 0 OR sum(d.pppk) <> 0 ORDER BY d.unit_id
      ON CONFLICT (unit_id) DO UPDATE SET pns = s.pns + EXCLUDED.pns, pppk = s.pppk + EXCLUDED.pppk;`;
    const paused = `IF current_setting('bina.jp_ledger', true) = 'paused' THEN RETURN NULL; END IF;`;
    for (const [table, events] of Object.entries(touched)) {
      const branch = (op: string, sql: string | null, extra = "") =>
        sql || extra ? `IF TG_OP = '${op}' THEN ${extra} ${sql ? `PERFORM jp_ledger_refresh(ARRAY(${sql}));` : ""} END IF;` : "";
      const isEmployees = table === "employees";
      await q.query(`
        CREATE FUNCTION "jp_ledger_on_${table}"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          ${paused}
          ${branch("INSERT", events.insert, isEmployees ? staffUpsert(staff("+", "new_rows")) : "")}
          ${branch("UPDATE", events.update, isEmployees ? staffUpsert(`${staff("+", "new_rows")} UNION ALL ${staff("-", "old_rows")}`) : "")}
          ${branch("DELETE", events.delete, isEmployees ? staffUpsert(staff("-", "old_rows")) : "")}
          RETURN NULL;
        END $$`);
      const referencing = { insert: "REFERENCING NEW TABLE AS new_rows", update: "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows", delete: "REFERENCING OLD TABLE AS old_rows" };
      for (const event of ["insert", "update", "delete"] as const) {
        if (!events[event] && !isEmployees) continue;
        await q.query(
          `CREATE TRIGGER "jp_ledger_${event}" AFTER ${event.toUpperCase()} ON "${table}" ${referencing[event]} FOR EACH STATEMENT EXECUTE FUNCTION "jp_ledger_on_${table}"()`,
        );
      }
    }
    await q.query(`
      CREATE FUNCTION "jp_ledger_rebuild_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${paused}
        PERFORM jp_ledger_rebuild();
        RETURN NULL;
      END $$`);
    for (const table of Object.keys(touched)) {
      await q.query(`CREATE TRIGGER "jp_ledger_truncate" AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "jp_ledger_rebuild_trigger"()`);
    }
    // Staff counts of the employees already there (the ledger itself is filled by the first rebuild).
    await q.query(`
      INSERT INTO jp_unit_staff (unit_id, pns, pppk)
      SELECT unit_id, count(*) FILTER (WHERE employment_type = 'PNS'), count(*) FILTER (WHERE employment_type = 'PPPK') FROM employees WHERE active GROUP BY unit_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ["jp_entries", "nominations", "batches", "employees"]) {
      for (const event of ["insert", "update", "delete", "truncate"]) await q.query(`DROP TRIGGER IF EXISTS "jp_ledger_${event}" ON "${table}"`);
      await q.query(`DROP FUNCTION IF EXISTS "jp_ledger_on_${table}"()`);
    }
    await q.query(`DROP FUNCTION "jp_ledger_rebuild_trigger"()`);
    await q.query(`DROP FUNCTION "jp_ledger_refresh"(uuid[])`);
    await q.query(`DROP FUNCTION "jp_ledger_rebuild"()`);
    for (const table of ["jp_ledger_state", "jp_unit_staff", "jp_unit_years", "jp_employee_years", "learning_evidence", "learning_records", "jp_entries"]) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
