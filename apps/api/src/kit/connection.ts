import { Field, ObjectType } from "type-graphql";
import { AppError } from "./errors";

@ObjectType({ description: "Where a page of a connection ends." })
export class PageInfo {
  @Field({ description: "True when another page follows this one." })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: "Pass as `after` to get the next page; null on an empty page." })
  endCursor: string | null;
}

/** Opaque cursors: the sort-key values of the last row, base64url JSON. */
export const encodeCursor = (values: readonly unknown[]): string =>
  Buffer.from(JSON.stringify(values), "utf8").toString("base64url");

export function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(values) && values.length === length) return values;
  } catch {
    // fall through to the error below
  }
  throw new AppError("BAD_USER_INPUT", "after: not a cursor of this list (it may belong to another sort order)", {
    field: "after",
    domainCode: "INVALID_CURSOR",
  });
}

/** Clamps a requested page size into 1..max, naming the argument when it is out of range. */
export function pageSize(first: number | undefined | null, max: number, fallback = 20): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new AppError("BAD_USER_INPUT", `first must be between 1 and ${max}`, { field: "first", domainCode: "PAGE_SIZE" });
  }
  return n;
}
