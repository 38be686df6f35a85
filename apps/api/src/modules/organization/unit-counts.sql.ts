import type { EntityManager } from "typeorm";
import type { Scope } from "../../kit/caller";
import { queryRows, SqlParams } from "../../kit/sql";
import { scopeSql, underPathSql } from "../../kit/unit-scope";

interface UnitCountRow {
  readonly id: string;
  readonly n: string;
}

/**
 * Active employees in each unit's subtree that are also inside the caller's scope (an operator never
 * counts employees outside its own subtree, whichever unit it asks about). One statement for all units.
 */
export async function countActiveEmployees(m: Pick<EntityManager, "query">, scope: Scope, unitIds: readonly string[]): Promise<Map<string, number>> {
  const p = new SqlParams();
  const rows = await queryRows<UnitCountRow>(
    m,
    `SELECT p.id, count(e.id) AS n
       FROM units p
       JOIN units c ON ${underPathSql("c.path", "p.path")} AND ${scopeSql(scope, "c.path", p)}
       JOIN employees e ON e.unit_id = c.id AND e.active
      WHERE p.id = ANY(${p.add([...unitIds], "uuid[]")})
      GROUP BY p.id`,
    p,
  );
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}
