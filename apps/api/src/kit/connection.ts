import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { isWellFormedText } from "@bina/domain";
import { AppError } from "./errors";

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./page-size";

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

@ObjectType({ description: "Where a page of a connection starts and ends." })
export class PageInfo {
  @Field({ description: "True when another page follows this one." })
  hasNextPage: boolean;

  @Field({ description: "True when this page was reached with `after` (rows come before it)." })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first row of this page; null on an empty page." })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "Pass as `after` to get the next page; null on an empty page." })
  endCursor: string | null;
}

/** `first` and `after`, the arguments of every connection. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1..${MAX_PAGE_SIZE}.` })
  first: number;

  @Field(() => String, { nullable: true, description: "`endCursor` of the previous page." })
  after?: string | null;
}

/** One edge as use cases return it: the row and its opaque cursor. */
export interface PageRow<T> {
  readonly node: T;
  readonly cursor: string;
}

/** What a list use case returns; `toConnection` turns it into the GraphQL shape. */
export interface Page<T> {
  readonly rows: readonly PageRow<T>[];
  readonly hasNextPage: boolean;
  /** True when the page was asked for with `after`. */
  readonly hasPreviousPage: boolean;
  /** Computed only when asked for (see `wantsTotalCount`), else null. */
  readonly totalCount: number | null;
}

/**
 * A page from the rows a list fetched with `LIMIT first + 1` (the extra row only tells that another page follows): the
 * first `first` rows, each with the cursor `cursor(row, indexInPage)` gives it.
 */
export function pageOf<T>(
  fetched: readonly T[],
  { first, after, totalCount }: { first: number; after?: string | null; totalCount: number | null },
  cursor: (node: T, index: number) => string,
): Page<T> {
  return {
    rows: fetched.slice(0, first).map((node, i) => ({ node, cursor: cursor(node, i) })),
    hasNextPage: fetched.length > first,
    hasPreviousPage: !!after,
    totalCount,
  };
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * The GraphQL connection type of a node type (type-graphql generic types):
 * `@ObjectType("EmployeeConnection", { description: "One page of employees." })
 *  class EmployeeConnection extends Connection(EmployeeType, "Employee", "employee") {}`.
 * The edge type is named after the node's GraphQL name (`EmployeeEdge`).
 */
export function Connection<T extends object>(node: ClassType<T>, nodeName: string, what: string) {
  @ObjectType(`${nodeName}Edge`, { description: `One ${what} with its cursor.` })
  class EdgeType {
    @Field({ description: "Cursor of this row; pass as `after` to continue after it." })
    cursor: string;

    @Field(() => node, { description: `The ${what}.` })
    node: T;
  }

  // Not registered on its own: only the named subclasses reach the schema.
  @ObjectType()
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType], { description: `The ${what} rows of this page, each with its cursor.` })
    edges: Edge<T>[];

    @Field(() => PageInfo, { description: "Whether more pages follow, and the cursors of this page's ends." })
    pageInfo: PageInfo;

    @Field(() => Int, { description: "Number of rows matching the filter, over all pages." })
    totalCount: number;
  }
  return ConnectionType;
}

/** A use case's page as a connection, mapping each row to its GraphQL type. */
export function toConnection<R, T>(page: Page<R>, map: (row: R) => T): ConnectionShape<T> {
  const edges = page.rows.map((r) => ({ cursor: r.cursor, node: map(r.node) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.totalCount ?? 0,
  };
}

/** Clamps nothing: a page size outside 1..max is a field error naming `first`. */
export function pageSize(first: number | undefined | null, max = MAX_PAGE_SIZE, fallback = DEFAULT_PAGE_SIZE): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new AppError("BAD_USER_INPUT", `first must be between 1 and ${max}`, { field: "first", domainCode: "PAGE_SIZE" });
  }
  return n;
}

/** The kinds of value a cursor may carry; each is checked before it reaches SQL. */
export type CursorKind = "text" | "int" | "uuid" | "timestamp" | "bigint" | "number";

const CURSOR_CHECKS: Record<CursorKind, (v: unknown) => boolean> = {
  text: (v) => typeof v === "string" && v.length <= 1000 && isWellFormedText(v),
  int: (v) => typeof v === "string" && /^-?\d{1,9}$/.test(v),
  bigint: (v) => typeof v === "string" && /^\d{1,18}$/.test(v),
  number: (v) => typeof v === "string" && /^-?\d{1,15}(\.\d{1,30})?$/.test(v),
  uuid: (v) => typeof v === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  timestamp: (v) => typeof v === "string" && v.length <= 40 && !Number.isNaN(Date.parse(v)),
};

const invalidCursor = (): AppError =>
  new AppError("BAD_USER_INPUT", "after: not a cursor of this list (it may belong to another sort order)", { field: "after", domainCode: "INVALID_CURSOR" });

/** Opaque cursors: the sort-key values of the last row as text (null allowed), base64url JSON. */
export const encodeCursor = (values: readonly (string | number | null)[]): string =>
  Buffer.from(JSON.stringify(values.map((v) => (v === null ? null : String(v)))), "utf8").toString("base64url");

/**
 * Decodes a cursor whose values have the given kinds (`null` allowed where `nullable`), refusing anything
 * else with INVALID_CURSOR, so a crafted cursor never reaches SQL as a cast error.
 */
export function decodeCursor(cursor: string, kinds: readonly CursorKind[], nullable: readonly boolean[] = []): (string | null)[] {
  let values: unknown;
  try {
    values = cursor.length <= 4096 ? JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) : null;
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(values) || values.length !== kinds.length) throw invalidCursor();
  values.forEach((v, i) => {
    if (v === null && nullable[i]) return;
    if (!CURSOR_CHECKS[kinds[i]!](v)) throw invalidCursor();
  });
  return values as (string | null)[];
}
