import type { DataSource } from "typeorm";
import type { EmploymentType, FunctionalGrade, Gender, PositionKind, UnitKind } from "@bina/domain";
import type { Scope } from "../../kit/caller";
import type { CursorKind } from "../../kit/connection";
import { preparedRows } from "../../kit/prepared";
import { escapeLike, SqlParams } from "../../kit/sql";
import { inSubtreeOfSql, scopeSql } from "../../kit/unit-scope";
import { EmployeeSortField, type EmployeeFilter } from "./employee.inputs";

/**
 * One row of the employees page: the columns the GraphQL `Employee` type shows (not `rank_order`, a sort key only), in
 * groups the query asked for (see `EmployeePageColumns`), the sort-key values as text for the cursor when cursors are
 * asked for (`k0`, `k1`, ...), and the total when it was asked for.
 */
export interface EmployeePageRow extends Partial<EmployeeDetailColumns>, Partial<EmployeeUnitColumns> {
  readonly id: string;
  readonly unitId: string;
  readonly nip: string;
  readonly name: string;
  readonly employmentType: EmploymentType;
  readonly rankCode: string;
  readonly [key: `k${number}`]: string | null | undefined;
}

/** The rest of the employee's columns. */
export interface EmployeeDetailColumns {
  readonly gender: Gender;
  /** `YYYY-MM-DD`. */
  readonly birthDate: string;
  readonly positionKind: PositionKind;
  readonly positionTitle: string;
  readonly functionalGrade: FunctionalGrade | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly active: boolean;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** The employee's unit (joined anyway for the scope), so `unit { ... }` needs no second statement. */
export interface EmployeeUnitColumns {
  readonly unitCode: string;
  readonly unitName: string;
  readonly unitKind: UnitKind;
  readonly unitParentId: string | null;
  readonly unitPath: string;
}

/**
 * Which column groups a page fetches, from what the GraphQL query selects: the id, unit id, NIP, name, employment type
 * and rank code always; the other employee columns, the unit's, and the cursor keys only when asked for. A few fixed
 * groups rather than one column per field keep the number of distinct statements small.
 */
export interface EmployeePageColumns {
  readonly details: boolean;
  readonly unit: boolean;
  readonly cursors: boolean;
}

export const ALL_EMPLOYEE_COLUMNS: EmployeePageColumns = { details: true, unit: true, cursors: true };

/** Sort keys as SQL expressions with the type their cursor values are cast back to; `e.id` always breaks ties. */
export interface SortKey {
  readonly expr: string;
  readonly cast: string;
  readonly kind: CursorKind;
}

const SORT_KEYS: Record<EmployeeSortField, readonly SortKey[]> = {
  [EmployeeSortField.NAME]: [{ expr: "e.name", cast: "varchar", kind: "text" }],
  [EmployeeSortField.NIP]: [{ expr: "e.nip", cast: "varchar", kind: "text" }],
  [EmployeeSortField.RANK]: [
    { expr: "e.employment_type", cast: "varchar", kind: "text" },
    { expr: "e.rank_order", cast: "smallint", kind: "int" },
  ],
  [EmployeeSortField.UNIT]: [{ expr: "u.name", cast: "varchar", kind: "text" }],
  [EmployeeSortField.UPDATED_AT]: [{ expr: "e.updated_at", cast: "timestamptz", kind: "timestamp" }],
};
const ID_KEY: SortKey = { expr: "e.id", cast: "uuid", kind: "uuid" };

/** The keys a page in this order sorts by, the id last: what its cursors carry. */
export const sortKeys = (field: EmployeeSortField): readonly SortKey[] => [...SORT_KEYS[field], ID_KEY];

export interface EmployeesPageQuery {
  readonly scope: Scope;
  readonly filter: EmployeeFilter;
  readonly field: EmployeeSortField;
  readonly desc: boolean;
  /** The decoded `after` cursor (one value per sort key, checked against their kinds), or null for the first page. */
  readonly after: readonly (string | null)[] | null;
  /** Rows to fetch: the page size plus one (the extra row tells that another page follows). */
  readonly limit: number;
  readonly withTotal: boolean;
  readonly columns: EmployeePageColumns;
  /** A row count (any filter but activity, scope and subtree) stops at `countCap + 1`. */
  readonly countCap: number;
}

/** Filters other than activity, scope and subtree: with any of them the kept per-unit counts cannot answer the total. */
export const needsRowCount = (f: EmployeeFilter): boolean => Boolean(f.search?.trim() || f.rankCodes?.length || f.positionKinds?.length || f.employmentType || f.gender);

/** `e.active` for the filter's activity (active only when omitted, both for null), or null for no condition. */
const activeOf = (f: EmployeeFilter): boolean | null => (f.active === undefined ? true : f.active);

/** The matching employees (scope and filters, no cursor), over `employees e JOIN units u`. */
function whereSql(scope: Scope, f: EmployeeFilter, p: SqlParams): string {
  const where = [scopeSql(scope, "u.path", p)];
  if (f.unitId) where.push(inSubtreeOfSql("u.path", p.add(f.unitId, "uuid")));
  if (f.rankCodes?.length) where.push(`e.rank_code = ANY(${p.add([...f.rankCodes], "varchar[]")})`);
  if (f.positionKinds?.length) where.push(`e.position_kind = ANY(${p.add([...f.positionKinds], "varchar[]")})`);
  if (f.employmentType) where.push(`e.employment_type = ${p.add(f.employmentType)}`);
  if (f.gender) where.push(`e.gender = ${p.add(f.gender)}`);
  const active = activeOf(f);
  if (active !== null) where.push(active ? "e.active" : "NOT e.active");
  const search = f.search?.trim();
  if (search) {
    const digits = search.replace(/\s+/g, "");
    const name = `e.name ILIKE ${p.add(`%${escapeLike(search)}%`)}`;
    where.push(/^\d+$/.test(digits) ? `(${name} OR e.nip LIKE ${p.add(`${digits}%`)})` : name);
  }
  return where.join(" AND ");
}

/**
 * The exact number of matching employees, as a scalar subquery. Filtered by activity, scope and subtree only (the usual
 * page): a sum over the units in scope of `unit_employee_counts`, kept current by triggers on write (migration
 * 1764600000100). With any other filter (search, rank, position, type, gender): COUNT(*) over the matches (the unit join
 * is many-to-one, so the rows are the employees already), reusing the page's WHERE and its parameters, stopped after
 * `cap + 1` rows (a common name fragment matches a large share of a million employees: counting them all took 0.75 s).
 */
function totalSql(scope: Scope, f: EmployeeFilter, matches: string, p: SqlParams, cap: number): string {
  if (needsRowCount(f)) {
    if (!Number.isSafeInteger(cap) || cap < 1) throw new RangeError(`count cap must be a positive integer, got ${cap}`);
    return `(SELECT count(*) FROM (SELECT 1 FROM employees e JOIN units u ON u.id = e.unit_id WHERE ${matches} LIMIT ${cap + 1}) capped)`;
  }
  const active = activeOf(f);
  const column = active === null ? "c.active + c.inactive" : active ? "c.active" : "c.inactive";
  if (scope.kind === "ALL" && !f.unitId) return `(SELECT COALESCE(sum(${column}), 0) FROM unit_employee_counts c)`;
  const where = [scopeSql(scope, "u.path", p)];
  if (f.unitId) where.push(inSubtreeOfSql("u.path", p.add(f.unitId, "uuid")));
  return `(SELECT COALESCE(sum(${column}), 0) FROM unit_employee_counts c JOIN units u ON u.id = c.unit_id WHERE ${where.join(" AND ")})`;
}

const BASE_COLUMNS = `e.id, e.unit_id AS "unitId", e.nip, e.name, e.employment_type AS "employmentType", e.rank_code AS "rankCode"`;
const DETAIL_COLUMNS = `e.gender, to_char(e.birth_date, 'YYYY-MM-DD') AS "birthDate", e.position_kind AS "positionKind",
       e.position_title AS "positionTitle", e.functional_grade AS "functionalGrade", e.email, e.phone, e.active, e.version,
       e.created_at AS "createdAt", e.updated_at AS "updatedAt"`;
const UNIT_COLUMNS = `u.code AS "unitCode", u.name AS "unitName", u.kind AS "unitKind", u.parent_id AS "unitParentId", u.path AS "unitPath"`;

/**
 * One keyset page of employees in the caller's scope, and, when asked, the total over all pages, in the same statement
 * (an uncorrelated scalar subquery, computed once). Only a page past the last row (empty, with a cursor) needs the total
 * on its own: a second statement, for a page no client gets to by following `hasNextPage`. Prepared by name (one parse
 * per connection and statement text) when no LIKE pattern is in it. Every value is a parameter;
 * only the sort keys' expressions (from a fixed table) and the column groups enter the SQL text.
 */
export async function employeesPage(ds: DataSource, q: EmployeesPageQuery): Promise<{ rows: EmployeePageRow[]; total: number | null }> {
  const p = new SqlParams();
  const keys = sortKeys(q.field);
  const dir = q.desc ? "DESC" : "ASC";
  const matches = whereSql(q.scope, q.filter, p);
  const where = [matches];
  if (q.after) {
    const lhs = keys.map((k) => k.expr).join(", ");
    const rhs = keys.map((k, i) => p.add(q.after![i], k.cast)).join(", ");
    where.push(`(${lhs}) ${q.desc ? "<" : ">"} (${rhs})`);
  }
  const columns = [BASE_COLUMNS];
  if (q.columns.details) columns.push(DETAIL_COLUMNS);
  if (q.columns.unit) columns.push(UNIT_COLUMNS);
  if (q.columns.cursors) columns.push(keys.map((k, i) => `${k.expr}::text AS k${i}`).join(", "));
  const total = q.withTotal ? totalSql(q.scope, q.filter, matches, p, q.countCap) : null;
  if (total) columns.push(`${total} AS total`);
  // Prepared by name only without a LIKE pattern (scope, subtree, search), whose plan depends on the pattern's value.
  const named = q.scope.kind === "ALL" && !q.filter.unitId && !q.filter.search?.trim();
  const rows = await preparedRows<EmployeePageRow & { readonly total?: string | number }>(
    ds,
    `SELECT ${columns.join(", ")}
       FROM employees e JOIN units u ON u.id = e.unit_id
      WHERE ${where.join(" AND ")}
      ORDER BY ${keys.map((k) => `${k.expr} ${dir}`).join(", ")}
      LIMIT ${p.add(q.limit, "int")}`,
    p,
    { named },
  );
  if (!total) return { rows, total: null };
  if (rows.length > 0) return { rows, total: Number(rows[0]!.total) };
  // Nothing matches at all (no cursor), or the cursor is past the last row: only the latter needs counting.
  if (!q.after) return { rows, total: 0 };
  const p2 = new SqlParams();
  const [row] = await preparedRows<{ total: string | number }>(ds, `SELECT ${totalSql(q.scope, q.filter, whereSql(q.scope, q.filter, p2), p2, q.countCap)} AS total`, p2, { named });
  return { rows, total: Number(row?.total ?? 0) };
}
