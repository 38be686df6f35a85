import type { GraphQLFormattedError } from "graphql";

/** The parts of a PostgreSQL error (pg's DatabaseError, or TypeORM's QueryFailedError around it) that name the cause. */
interface PgErrorLike {
  code?: unknown;
  constraint?: unknown;
  detail?: unknown;
  column?: unknown;
  driverError?: PgErrorLike;
}

const camel = (column: string): string => column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** SQLSTATEs that input can cause when it slips past the checks: a bad text for a type, too long, out of range, a NUL. */
const BAD_VALUE = new Set(["22P02", "22001", "22003", "22021", "22007", "22008", "22023"]);

/**
 * A client error for a PostgreSQL error that input can trigger, or null for anything else. A unique violation (a
 * race two requests both passed the check for) is CONFLICT UNIQUE_VIOLATION naming the column when it is one;
 * a value PostgreSQL refuses is BAD_USER_INPUT INVALID_FIELD; a deadlock or serialisation failure is CONFLICT
 * CONCURRENT_CHANGE (the loser of a race, never an internal error).
 */
export function fromDatabaseError(error: unknown, formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  const e = error as PgErrorLike | null;
  const pg = e && typeof e === "object" ? (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code) ? e : e.driverError) : undefined;
  const code = typeof pg?.code === "string" ? pg.code : null;
  if (!pg || !code) return null;
  const base = { locations: formatted.locations, path: formatted.path };
  if (code === "23505") {
    const columns = typeof pg.detail === "string" ? /^Key \(([^)]*)\)=/.exec(pg.detail)?.[1]?.split(",").map((c) => c.trim().replace(/"/g, "")) : undefined;
    const field = columns?.length === 1 ? camel(columns[0]!) : null;
    const message = field ? `${field}: another record already has this value` : "Another record already has these values; reload and try again";
    return {
      ...base,
      message,
      extensions: { code: "CONFLICT", domainCode: "UNIQUE_VIOLATION", field, constraint: typeof pg.constraint === "string" ? pg.constraint : null },
    };
  }
  if (code === "40P01" || code === "40001") {
    // A deadlock or a serialisation failure: two requests changed the same rows at once and PostgreSQL stopped one.
    return { ...base, message: "Another request changed the same data at the same moment; try again", extensions: { code: "CONFLICT", domainCode: "CONCURRENT_CHANGE" } };
  }
  if (BAD_VALUE.has(code)) {
    const field = typeof pg.column === "string" ? camel(pg.column) : null;
    return { ...base, message: field ? `${field}: this value cannot be stored` : "A value in this request cannot be stored", extensions: { code: "BAD_USER_INPUT", domainCode: "INVALID_FIELD", field } };
  }
  return null;
}
