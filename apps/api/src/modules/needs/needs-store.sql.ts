import { createHash } from "node:crypto";
import type { DataSource } from "typeorm";
import { SqlParams } from "../../kit/sql";
import { scoredNeedsCtes } from "./scored-needs.sql";
import { skmSignalsRebuildFunctionSql, skmSignalsRefreshFunctionSql } from "./skm-signals.sql";

/**
 * The needs store's maintenance (tables and triggers: migrations 1764700000000, 1764700000100 and, for the survey
 * signals the PUBLIC_SERVICE factor reads, 1764900000200). Its rows are the scored-needs CTEs'
 * rows (`scoredNeedsCtes`, the one definition of a need) for every cycle year, so the lists read stored rows that equal
 * a recomputation; the tests compare them after every kind of write.
 */

/** Every writer of the store takes this transaction lock first: refreshes run one at a time, so sums never interleave. */
const STORE_LOCK = 749_600_001;

const GAP_COLUMNS = [
  "year", "employee_id", "employee_name", "unit_id", "unit_path", "position_kind", "competency_id", "competency_kind", "standard",
  "mandatory_programme", "actual", "gap", "jpm_percent", "jpm_band", "jpm_actual_sum", "jpm_standard_sum", "jpm_assessed",
  "jpm_with_standard", "skp_predikat", "public_service", "public_service_reason", "score",
].join(", ");

/** INSERT of the scored rows of every cycle year, for the employees in `$1` (uuid[]) or for everyone. */
function fillGapsSql(forSomeEmployees: boolean): string {
  const p = new SqlParams();
  const ctes = scoredNeedsCtes({ kind: "ALL" }, { year: "CYCLES", employeeIds: forSomeEmployees ? [] : null }, p);
  if (p.values.length !== (forSomeEmployees ? 1 : 0)) throw new Error("the needs store's fill takes the employee ids as its only parameter");
  return `INSERT INTO need_gaps (${GAP_COLUMNS}) WITH ${ctes} SELECT ${GAP_COLUMNS} FROM needs`;
}

const fillEmployeesSql = (where: string) => `
  INSERT INTO need_employees (year, employee_id, employee_name, unit_id, position_kind, jpm_actual_sum, jpm_standard_sum, jpm_ratio, jpm_assessed, jpm_with_standard)
  SELECT DISTINCT ON (year, employee_id) year, employee_id, employee_name, unit_id, position_kind, jpm_actual_sum, jpm_standard_sum,
         jpm_actual_sum::numeric / NULLIF(jpm_standard_sum, 0), jpm_assessed, jpm_with_standard
    FROM need_gaps WHERE ${where} ORDER BY year, employee_id`;

const fillCellsSql = (where: string) => `
  INSERT INTO need_cells (year, unit_id, position_kind, competency_id, competency_kind, with_standard, assessed, in_need, total_gap, max_priority, sum_priority)
  SELECT year, unit_id, position_kind, competency_id, competency_kind, count(*), count(gap), count(*) FILTER (WHERE gap > 0),
         COALESCE(sum(GREATEST(gap, 0)), 0), max(score) FILTER (WHERE gap > 0), COALESCE(sum(score) FILTER (WHERE gap > 0), 0)
    FROM need_gaps WHERE ${where}
   GROUP BY year, unit_id, position_kind, competency_id, competency_kind`;

const fillUnitEmployeesSql = (where: string) => `
  INSERT INTO need_unit_employees (year, unit_id, position_kind, with_jpm)
  SELECT year, unit_id, position_kind, count(*) FROM need_employees WHERE jpm_standard_sum > 0 AND ${where} GROUP BY year, unit_id, position_kind`;

const IDS = "IN (SELECT unnest(ids))";

/** `need_store_refresh(ids)`: the employees' rows recomputed, and the sums of their old and new units. */
const refreshFunctionSql = () => `
  CREATE OR REPLACE FUNCTION need_store_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
  DECLARE touched uuid[];
  BEGIN
    IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
    PERFORM pg_advisory_xact_lock(${STORE_LOCK});
    touched := ARRAY(SELECT unit_id FROM need_employees WHERE employee_id ${IDS} UNION SELECT unit_id FROM employees WHERE id ${IDS});
    DELETE FROM need_gaps WHERE employee_id ${IDS};
    DELETE FROM need_employees WHERE employee_id ${IDS};
    EXECUTE $fill$ ${fillGapsSql(true)} $fill$ USING ids;
    ${fillEmployeesSql(`employee_id ${IDS}`)};
    DELETE FROM need_cells WHERE unit_id IN (SELECT unnest(touched));
    ${fillCellsSql("unit_id IN (SELECT unnest(touched))")};
    DELETE FROM need_unit_employees WHERE unit_id IN (SELECT unnest(touched));
    ${fillUnitEmployeesSql("unit_id IN (SELECT unnest(touched))")};
  END $fn$`;

/**
 * `need_store_rebuild()`: everything recomputed (a new cycle year, a truncated source, a changed definition), the
 * survey signals the scores read first (`skm_signals`).
 */
const rebuildFunctionSql = () => `
  CREATE OR REPLACE FUNCTION need_store_rebuild() RETURNS void LANGUAGE plpgsql AS $fn$
  BEGIN
    PERFORM pg_advisory_xact_lock(${STORE_LOCK});
    PERFORM skm_signals_rebuild();
    TRUNCATE need_gaps, need_employees, need_cells, need_unit_employees;
    EXECUTE $fill$ ${fillGapsSql(false)} $fill$;
    ${fillEmployeesSql("TRUE")};
    ${fillCellsSql("TRUE")};
    ${fillUnitEmployeesSql("TRUE")};
  END $fn$`;

/**
 * Installs the store's functions as this version of the code defines them and, when they differ from what the
 * database holds (a first start, a changed rule, or writes made before the first start), rebuilds the store. Runs
 * after the migrations on every start; a no-op when nothing changed.
 */
export async function installNeedsStore(ds: DataSource): Promise<{ rebuilt: boolean }> {
  // The signals' functions first: the store's rebuild calls them.
  const functions = [skmSignalsRebuildFunctionSql(STORE_LOCK), skmSignalsRefreshFunctionSql(STORE_LOCK), refreshFunctionSql(), rebuildFunctionSql()];
  const version = createHash("sha256").update(functions.join("\n")).digest("hex").slice(0, 32);
  return ds.transaction(async (m) => {
    await m.query(`SELECT pg_advisory_xact_lock(${STORE_LOCK})`);
    const [state] = (await m.query(`SELECT version FROM need_store_state`)) as { version: string }[];
    if (state?.version === version) return { rebuilt: false };
    for (const sql of functions) await m.query(sql);
    await m.query(`SELECT need_store_rebuild()`);
    await m.query(`UPDATE need_store_state SET version = $1`, [version]);
    return { rebuilt: true };
  });
}

/** For bulk loaders: pauses the store's triggers for the rest of the transaction (then call {@link rebuildNeedsStore}). */
export const pauseNeedsStoreSql = `SELECT set_config('bina.need_store', 'paused', true)`;

/** Recomputes the whole store (after a bulk load that paused it). */
export async function rebuildNeedsStore(ds: Pick<DataSource, "query">): Promise<void> {
  await ds.query(`SELECT need_store_rebuild()`);
}
