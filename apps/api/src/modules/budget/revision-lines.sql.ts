import type { EntityManager } from "typeorm";
import type { Scope } from "../../kit/caller";
import { queryRows, SqlParams } from "../../kit/sql";
import { lineScopeSql, rupiahOf } from "./budget.sql";

/** A budget line as a revision reads it: its money, its plan, its year and whether the caller may act on it. */
export interface RevisionLineRow {
  readonly id: string;
  readonly fiscalYear: number;
  readonly ceiling: number;
  readonly spent: number;
  readonly plannedByMonth: number[];
  readonly version: number;
  /** True when the caller's scope covers the line: ALL, or an operator with the line's unit in its subtree (a line without a unit: never). */
  readonly inScope: boolean;
}

interface Row {
  id: string;
  fiscalYear: number;
  ceiling: string;
  spent: string;
  plannedByMonth: string[];
  version: number;
  inScope: boolean;
}

/**
 * The named lines (unknown ids are simply absent), in id order; with `lock`, each row locked FOR UPDATE in that order,
 * so two transactions locking overlapping lines never wait on each other in a cycle. One statement.
 */
export async function revisionLines(m: Pick<EntityManager, "query">, scope: Scope, ids: readonly string[], lock: boolean): Promise<RevisionLineRow[]> {
  if (ids.length === 0) return [];
  const p = new SqlParams();
  // The budget's one line-scope rule (as `budget` filters its lines), read as a flag so an out-of-scope line is told apart from a missing one.
  const scoped = lineScopeSql(scope, p, "l");
  const rows = await queryRows<Row>(
    m,
    `SELECT l.id, l.fiscal_year::int AS "fiscalYear", l.ceiling::text AS ceiling, l.spent::text AS spent,
            l.planned_by_month::text[] AS "plannedByMonth", l.version, (${scoped}) AS "inScope"
       FROM budget_lines l
      WHERE l.id = ANY(${p.add([...new Set(ids)], "uuid[]")})
      ORDER BY l.id${lock ? "\n      FOR UPDATE OF l" : ""}`,
    p,
  );
  return rows.map((r) => ({
    id: r.id,
    fiscalYear: Number(r.fiscalYear),
    ceiling: rupiahOf(r.ceiling),
    spent: rupiahOf(r.spent),
    plannedByMonth: r.plannedByMonth.map(rupiahOf),
    version: Number(r.version),
    inScope: r.inScope === true || (r.inScope as unknown) === "t",
  }));
}
