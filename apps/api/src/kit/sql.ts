import type { EntityManager } from "typeorm";

/**
 * Positional parameters for hand-written SQL: `const p = new SqlParams(); sql += \`WHERE year = ${p.add(year)}\``;
 * then `m.query(sql, p.values)`. Values never enter the SQL text.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder (`$1`, `$2`, ...), with a cast when given (`$1::uuid`). */
  add(value: unknown, cast?: string): string {
    this.values.push(value);
    return cast ? `$${this.values.length}::${cast}` : `$${this.values.length}`;
  }
}

/** Escapes LIKE's wildcards (`%`, `_`) and its escape character in text matched literally. */
export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Runs hand-written SQL whose rows have the given shape (declare the row interface next to the SQL). */
export const queryRows = <Row>(m: Pick<EntityManager, "query">, sql: string, params: SqlParams | readonly unknown[] = []): Promise<Row[]> =>
  m.query(sql, params instanceof SqlParams ? params.values : [...params]);
