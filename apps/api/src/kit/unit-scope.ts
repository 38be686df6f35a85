import { forbidden } from "./errors";
import type { Scope } from "./caller";
import type { SqlParams } from "./sql";

/** True when a unit (by its materialised path) is inside what the caller may see. */
export const inScope = (scope: Scope, unitPath: string): boolean => scope.kind === "ALL" || unitPath.startsWith(scope.path);

/**
 * Changes are for ADMIN (anywhere) and UNIT_OPERATOR (in its subtree); @Authorized already keeps ANALYST out. The
 * refusal names nothing outside the caller's scope (not the unit: an operator must not learn where someone works).
 */
export function assertCanChange(scope: Scope, unit: { readonly path: string }): void {
  if (!inScope(scope, unit.path)) throw forbidden("You may only change records of your own unit and its sub-units");
}

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The SQL predicate every scoped query uses: `${scopeSql(scope, "u.path", p)}` is `TRUE` for ALL
 * and `u.path LIKE $n` (the subtree's path prefix) for an operator.
 */
export const scopeSql = (scope: Scope, pathColumn: string, params: SqlParams): string =>
  scope.kind === "ALL" ? "TRUE" : `${pathColumn} LIKE ${params.add(`${escapeLike(scope.path)}%`)}`;

/** The same predicate for TypeORM query builders: `qb.andWhere(...scopeWhere(scope, "u.path"))`. */
export const scopeWhere = (scope: Scope, pathColumn: string): [string, Record<string, string>] =>
  scope.kind === "ALL" ? ["TRUE", {}] : [`${pathColumn} LIKE :scopePath`, { scopePath: `${escapeLike(scope.path)}%` }];
