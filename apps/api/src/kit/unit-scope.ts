import { forbidden } from "./errors";
import type { Scope } from "./caller";
import { escapeLike, type SqlParams } from "./sql";

/** True when a unit (by its materialised path) is inside what the caller may see. */
export const inScope = (scope: Scope, unitPath: string): boolean => scope.kind === "ALL" || unitPath.startsWith(scope.path);

/**
 * Changes are for ADMIN (anywhere) and UNIT_OPERATOR (in its subtree); @Authorized already keeps ANALYST out. The
 * refusal names nothing outside the caller's scope (not the unit: an operator must not learn where someone works).
 */
export function assertCanChange(scope: Scope, unit: { readonly path: string }): void {
  if (!inScope(scope, unit.path)) throw forbidden("You may only change records of your own unit and its sub-units");
}


/**
 * The SQL predicate every scoped query uses: `${scopeSql(scope, "u.path", p)}` is `TRUE` for ALL
 * and `u.path LIKE $n` (the subtree's path prefix) for an operator.
 */
export const scopeSql = (scope: Scope, pathColumn: string, params: SqlParams): string =>
  scope.kind === "ALL" ? "TRUE" : `${pathColumn} LIKE ${params.add(`${escapeLike(scope.path)}%`)}`;

/** The same predicate for TypeORM query builders: `qb.andWhere(...scopeWhere(scope, "u.path"))`. */
export const scopeWhere = (scope: Scope, pathColumn: string): [string, Record<string, string>] =>
  scope.kind === "ALL" ? ["TRUE", {}] : [`${pathColumn} LIKE :scopePath`, { scopePath: `${escapeLike(scope.path)}%` }];

/**
 * Unit paths list the ids from the root (`/<city>/<opd>/.../`), so "a unit and its sub-units" is one prefix match. The
 * predicates below are the only places that write it.
 */

/** `pathColumn` is the unit `unitId` (a placeholder such as `p.add(id, "uuid")`) or one of its sub-units, in hand-written SQL. */
export const inSubtreeOfSql = (pathColumn: string, unitIdPlaceholder: string): string =>
  `${pathColumn} LIKE (SELECT sub.path FROM units sub WHERE sub.id = ${unitIdPlaceholder}) || '%'`;

/** The same for query builders: `qb.andWhere(...inSubtreeOfWhere("u.path", unitId))`. */
export const inSubtreeOfWhere = (pathColumn: string, unitId: string): [string, Record<string, string>] => [
  `${pathColumn} LIKE (SELECT sub.path FROM units sub WHERE sub.id = :subtreeUnitId) || '%'`,
  { subtreeUnitId: unitId },
];

/** `pathColumn` is the unit whose path is in `ancestorPathColumn` or one of its sub-units (a join of two unit paths). */
export const underPathSql = (pathColumn: string, ancestorPathColumn: string): string => `${pathColumn} LIKE ${ancestorPathColumn} || '%'`;
