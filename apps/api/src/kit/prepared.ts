import type { Pool } from "pg";
import type { DataSource } from "typeorm";
import { SqlParams } from "./sql";

/** Distinct statement texts a DataSource prepares by name; any beyond run unnamed (parsed and planned each time). */
const MAX_NAMED_STATEMENTS = 256;

/** Statement names by text, per DataSource; null where names are not used (the embedded database). */
const namesByDataSource = new WeakMap<DataSource, Promise<Map<string, string> | null>>();

/**
 * Named statements on PostgreSQL only. The embedded PGlite is ONE server session behind its socket, which outlives pg's
 * pooled clients (an idle client is closed, the next one is new) and is shared by every DataSource on it: a name one
 * client prepared would already exist for the next. Asked once per DataSource, on the pool directly (not a request's).
 */
function statementNames(ds: DataSource, pool: Pool): Promise<Map<string, string> | null> {
  let names = namesByDataSource.get(ds);
  if (!names) {
    names = pool.query("SELECT version() AS v").then(
      (r) => (String((r.rows[0] as { v?: unknown } | undefined)?.v).includes("PGlite") ? null : new Map<string, string>()),
      () => null,
    );
    namesByDataSource.set(ds, names);
  }
  return names;
}

/**
 * Like `queryRows`, for hand-written SQL run on (nearly) every request outside a transaction: as a named prepared
 * statement on pg's pool, so each connection parses and analyses the text once instead of on every request (PostgreSQL's
 * plan cache then chooses per statement between plans for the given values and a generic plan, as for any PREPARE). Counted
 * and echoed through the DataSource's logger like every TypeORM query. Values are parameters, never SQL text; the
 * names are per DataSource (`bina_<n>` in order of first use), and texts past the cap, or on the embedded database, run
 * unnamed. `named: false` runs it as `queryRows` does: for a statement whose best plan depends on a value (a LIKE
 * pattern), which a generic plan would not see.
 */
export async function preparedRows<Row>(ds: DataSource, sql: string, params: SqlParams | readonly unknown[] = [], { named = true } = {}): Promise<Row[]> {
  const values = params instanceof SqlParams ? params.values : [...params];
  const pool = (ds.driver as unknown as { master?: Pool }).master;
  if (!named || !pool || typeof pool.query !== "function") return ds.query<Row[]>(sql, values);
  const names = await statementNames(ds, pool);
  let name = names?.get(sql);
  if (names && name === undefined && names.size < MAX_NAMED_STATEMENTS) names.set(sql, (name = `bina_${names.size + 1}`));
  ds.logger.logQuery(sql, values);
  const result = await pool.query(name === undefined ? { text: sql, values } : { name, text: sql, values });
  return result.rows as Row[];
}
