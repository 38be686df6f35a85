import { createHash } from "node:crypto";
import type { DataSource } from "typeorm";
import { DEVELOPMENT_KINDS, developmentKindRoute, JP_LEDGER_RULES, type DeliveryState, type DevelopmentRoute, type NominationState } from "@bina/domain";

/**
 * The JP ledger store's maintenance (tables and triggers: migration 1764800000200). `jp_employee_years` holds, per
 * employee × year with any entry or planned batch, the sums the domain's `jpLedger` and `jpEarlyWarning` read;
 * `jp_unit_years` the per-unit counts the compliance dashboard adds up over a subtree; `jp_unit_staff` the active PNS
 * and PPPK per unit (kept by the employees trigger itself). The functions below are generated from the domain
 * (JP_LEDGER_RULES, the kinds' routes), installed at start and versioned by their text; the tests compare the store
 * with a recomputation through the domain after every kind of write.
 */

/** A rebuild takes this lock exclusively, a refresh shares it; refreshes serialise per employee (the second key). */
const STORE_LOCK = 749_600_101;
const EMPLOYEE_LOCK = 749_600_102;

/** Planned JP (delivery contract): batches the employee holds a seat in, not yet completed or cancelled. */
export const PLANNED_NOMINATION_STATES: readonly NominationState[] = ["NOMINATED", "APPROVED"];
export const PLANNED_BATCH_STATES: readonly DeliveryState[] = ["PLANNED", "OPEN", "RUNNING"];

const list = (values: readonly string[]): string => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(", ");
/** A JP threshold from the domain's rules as an SQL numeric literal (checked: a finite number). */
export const jpLiteral = (n: number): string => {
  if (!Number.isFinite(n) || n < 0) throw new RangeError(`a JP threshold must be a finite number >= 0, got ${n}`);
  return `${n}::numeric`;
};
const kindsOf = (route: DevelopmentRoute): string => list(DEVELOPMENT_KINDS.filter((k) => developmentKindRoute(k) === route));

/** The ledger's predicates on a row with `employment_type`, `earned_jp`, `pending_jp`, `planned_jp` (under `alias`). */
export function ledgerPredicates(alias: string, rules = JP_LEDGER_RULES) {
  const min = jpLiteral(rules.pnsMinimumJp);
  const cap = jpLiteral(rules.pppkMaximumJp);
  const a = alias ? `${alias}.` : "";
  const earned = `COALESCE(${a}earned_jp, 0)`;
  const reach = `COALESCE(${a}earned_jp + ${a}pending_jp + ${a}planned_jp, 0)`;
  return {
    pnsMet: `(${a}employment_type = 'PNS' AND ${earned} >= ${min})`,
    pnsShort: `(${a}employment_type = 'PNS' AND ${earned} < ${min})`,
    /** Short, but earned + pending + planned still reaches the minimum (jpEarlyWarning's ON_TRACK). */
    pnsOnTrack: `(${a}employment_type = 'PNS' AND ${earned} < ${min} AND ${reach} >= ${min})`,
    /** Short, and earned + pending + planned cannot reach it (AT_RISK, or MISSED once the year is over). */
    pnsAtRisk: `(${a}employment_type = 'PNS' AND ${earned} < ${min} AND ${reach} < ${min})`,
    pppkOverCap: `(${a}employment_type = 'PPPK' AND ${earned} > ${cap})`,
    pppkWithinCap: `(${a}employment_type = 'PPPK' AND ${earned} <= ${cap})`,
  };
}

const YEAR_COLUMNS =
  "employee_id, year, unit_id, employment_type, active, employee_name, earned_jp, pending_jp, planned_jp, earned_education_jp, earned_classical_jp, earned_non_classical_jp";

/** The ledger rows of the employees `where` picks (`$col` replaced by an employee id column), computed from the sources. */
function computeSql(where: (column: string) => string): string {
  return `
    SELECT e.id, s.year, e.unit_id, e.employment_type, e.active, e.name,
           sum(s.earned), sum(s.pending), sum(s.planned), sum(s.education), sum(s.classical), sum(s.non_classical)
      FROM (
        SELECT employee_id, year,
               COALESCE(sum(jp) FILTER (WHERE verified), 0) AS earned,
               COALESCE(sum(jp) FILTER (WHERE NOT verified), 0) AS pending,
               0::numeric AS planned,
               COALESCE(sum(jp) FILTER (WHERE verified AND kind IN (${kindsOf("EDUCATION")})), 0) AS education,
               COALESCE(sum(jp) FILTER (WHERE verified AND kind IN (${kindsOf("CLASSICAL")})), 0) AS classical,
               COALESCE(sum(jp) FILTER (WHERE verified AND kind IN (${kindsOf("NON_CLASSICAL")})), 0) AS non_classical
          FROM jp_entries WHERE ${where("employee_id")} GROUP BY employee_id, year
        UNION ALL
        SELECT n.employee_id, EXTRACT(YEAR FROM b.ends_on)::smallint, 0, 0, sum(b.credited_jp), 0, 0, 0
          FROM nominations n JOIN batches b ON b.id = n.batch_id
         WHERE ${where("n.employee_id")} AND n.status IN (${list(PLANNED_NOMINATION_STATES)}) AND b.status IN (${list(PLANNED_BATCH_STATES)})
         GROUP BY n.employee_id, EXTRACT(YEAR FROM b.ends_on)
      ) s JOIN employees e ON e.id = s.employee_id
     GROUP BY e.id, s.year`;
}

/** Adds (`+`) or removes (`-`) the per-unit counts of the ledger rows in CTE `source`, in unit order. */
function unitUpsertSql(source: string, sign: "+" | "-"): string {
  const p = ledgerPredicates("");
  return `
    INSERT INTO jp_unit_years AS u (unit_id, year, pns_met, pns_on_track, pns_earned_jp, pppk_over_cap, pppk_earned_jp)
    SELECT unit_id, year, ${sign}(count(*) FILTER (WHERE ${p.pnsMet}))::int, ${sign}(count(*) FILTER (WHERE ${p.pnsOnTrack}))::int,
           ${sign}COALESCE(sum(earned_jp) FILTER (WHERE employment_type = 'PNS'), 0), ${sign}(count(*) FILTER (WHERE ${p.pppkOverCap}))::int,
           ${sign}COALESCE(sum(earned_jp) FILTER (WHERE employment_type = 'PPPK'), 0)
      FROM ${source} WHERE active GROUP BY unit_id, year ORDER BY unit_id, year
    ON CONFLICT (year, unit_id) DO UPDATE SET
      pns_met = u.pns_met + EXCLUDED.pns_met, pns_on_track = u.pns_on_track + EXCLUDED.pns_on_track,
      pns_earned_jp = u.pns_earned_jp + EXCLUDED.pns_earned_jp, pppk_over_cap = u.pppk_over_cap + EXCLUDED.pppk_over_cap,
      pppk_earned_jp = u.pppk_earned_jp + EXCLUDED.pppk_earned_jp`;
}

/** `jp_ledger_refresh(ids)`: the employees' rows recomputed, their old rows' counts taken off their units, the new ones added. */
const refreshFunctionSql = () => `
  CREATE OR REPLACE FUNCTION jp_ledger_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
  BEGIN
    IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
    PERFORM pg_advisory_xact_lock_shared(${STORE_LOCK});
    PERFORM pg_advisory_xact_lock(${EMPLOYEE_LOCK}, hashtext(x::text)) FROM (SELECT DISTINCT x FROM unnest(ids) x WHERE x IS NOT NULL ORDER BY x) s;
    WITH old AS (DELETE FROM jp_employee_years WHERE employee_id = ANY(ids) RETURNING *)
    ${unitUpsertSql("old", "-")};
    WITH fresh AS (INSERT INTO jp_employee_years (${YEAR_COLUMNS}) ${computeSql((c) => `${c} = ANY(ids)`)} RETURNING *)
    ${unitUpsertSql("fresh", "+")};
  END $fn$`;

/** `jp_ledger_rebuild()`: everything recomputed (first start, changed rules, a truncated source, a paused bulk load). */
const rebuildFunctionSql = () => `
  CREATE OR REPLACE FUNCTION jp_ledger_rebuild() RETURNS void LANGUAGE plpgsql AS $fn$
  BEGIN
    PERFORM pg_advisory_xact_lock(${STORE_LOCK});
    TRUNCATE jp_employee_years, jp_unit_years, jp_unit_staff;
    INSERT INTO jp_employee_years (${YEAR_COLUMNS}) ${computeSql(() => "TRUE")};
    WITH fresh AS (SELECT * FROM jp_employee_years) ${unitUpsertSql("fresh", "+")};
    INSERT INTO jp_unit_staff (unit_id, pns, pppk)
    SELECT unit_id, count(*) FILTER (WHERE employment_type = 'PNS'), count(*) FILTER (WHERE employment_type = 'PPPK')
      FROM employees WHERE active GROUP BY unit_id;
  END $fn$`;

/**
 * Installs the ledger's functions as this version of the code defines them and, when they differ from what the
 * database holds (a first start, changed rules, writes made before the first start), rebuilds the store. Runs after
 * the migrations on every start; a no-op when nothing changed.
 */
export async function installJpLedger(ds: DataSource): Promise<{ rebuilt: boolean }> {
  const functions = [refreshFunctionSql(), rebuildFunctionSql()];
  const version = createHash("sha256").update(functions.join("\n")).digest("hex").slice(0, 32);
  return ds.transaction(async (m) => {
    await m.query(`SELECT pg_advisory_xact_lock(${STORE_LOCK})`);
    const [state] = (await m.query(`SELECT version FROM jp_ledger_state`)) as { version: string }[];
    if (state?.version === version) return { rebuilt: false };
    for (const sql of functions) await m.query(sql);
    await m.query(`SELECT jp_ledger_rebuild()`);
    await m.query(`UPDATE jp_ledger_state SET version = $1`, [version]);
    return { rebuilt: true };
  });
}

/** For bulk loaders: pauses the ledger's triggers for the rest of the transaction (then call {@link rebuildJpLedger}). */
export const pauseJpLedgerSql = `SELECT set_config('bina.jp_ledger', 'paused', true)`;

/** Recomputes the whole store (after a bulk load that paused it). */
export async function rebuildJpLedger(ds: Pick<DataSource, "query">): Promise<void> {
  await ds.query(`SELECT jp_ledger_rebuild()`);
}
