import type { EntityManager } from "typeorm";
import type { Scope } from "../../kit/caller";
import { queryRows, SqlParams } from "../../kit/sql";
import { scopeSql } from "../../kit/unit-scope";

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

const whole = (v: string | number): number => {
  const n = Number(v);
  if (!Number.isSafeInteger(n)) throw new Error(`budget line: ${String(v)} is not a safe whole rupiah amount`);
  return n;
};

/**
 * The named lines (unknown ids are simply absent), in id order; with `lock`, each row locked FOR UPDATE in that order,
 * so two transactions locking overlapping lines never wait on each other in a cycle. One statement.
 */
export async function revisionLines(m: Pick<EntityManager, "query">, scope: Scope, ids: readonly string[], lock: boolean): Promise<RevisionLineRow[]> {
  if (ids.length === 0) return [];
  const p = new SqlParams();
  const scoped = scope.kind === "ALL" ? "TRUE" : `COALESCE((SELECT ${scopeSql(scope, "u.path", p)} FROM units u WHERE u.id = l.unit_id), FALSE)`;
  const rows = await queryRows<Row>(
    m,
    `SELECT l.id, l.fiscal_year::int AS "fiscalYear", l.ceiling::text AS ceiling, l.spent::text AS spent,
            l.planned_by_month::text[] AS "plannedByMonth", l.version, ${scoped} AS "inScope"
       FROM budget_lines l
      WHERE l.id = ANY(${p.add([...new Set(ids)], "uuid[]")})
      ORDER BY l.id${lock ? "\n      FOR UPDATE OF l" : ""}`,
    p,
  );
  return rows.map((r) => ({
    id: r.id,
    fiscalYear: Number(r.fiscalYear),
    ceiling: whole(r.ceiling),
    spent: whole(r.spent),
    plannedByMonth: r.plannedByMonth.map(whole),
    version: Number(r.version),
    inScope: r.inScope === true || (r.inScope as unknown) === "t",
  }));
}
