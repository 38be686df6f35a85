import { GraphQLError } from "graphql";
import { ERROR_CODES, type DomainError, type ErrorCodeName, type GraphqlErrorCode } from "@bina/domain";

/** Every expected failure a client can see, as `extensions.code`. */
export type ErrorCode = GraphqlErrorCode;

/** What an error carries besides its code: `domainCode` must be one of the catalogue's (`ERROR_CODES` in @bina/domain). */
export type ErrorExtensions = { readonly domainCode?: ErrorCodeName; readonly field?: string | null } & Record<string, unknown>;

export interface FieldError {
  readonly field: string | null;
  readonly domainCode: ErrorCodeName;
  readonly reason: string | null;
  readonly message: string;
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: ErrorExtensions = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

/** An error named by its catalogue code; its `extensions.code` comes from the one mapping in `ERROR_CODES`. */
export const failure = (domainCode: ErrorCodeName, message: string, extensions: Omit<ErrorExtensions, "domainCode"> = {}): AppError =>
  new AppError(ERROR_CODES[domainCode], message, { ...extensions, domainCode });

export const notFound = (what: string, id: string): AppError => new AppError("NOT_FOUND", `${what} ${id} was not found`);

export const forbidden = (message = "You may not do this"): AppError => new AppError("FORBIDDEN", message);

export const conflict = (message: string, extensions: ErrorExtensions = {}): AppError =>
  new AppError("CONFLICT", message, extensions);

/** The unique index a PostgreSQL unique violation (SQLSTATE 23505) names, or null when `e` is not one (maps a race's loser to CONFLICT). */
export const violatedUniqueIndex = (e: unknown): string | null => {
  const x = e as { code?: unknown; constraint?: unknown; driverError?: { code?: unknown; constraint?: unknown } } | null;
  const code = x?.code ?? x?.driverError?.code;
  return code === "23505" ? String(x?.constraint ?? x?.driverError?.constraint ?? "") : null;
};

const toFieldError = (e: DomainError): FieldError => ({
  field: e.field ?? null,
  // The domain's own test keeps every code it returns in the catalogue.
  domainCode: e.code as ErrorCodeName,
  reason: e.reason ?? null,
  message: e.message,
});

/** A validation failure from the domain: the first error names the field; `errors` lists them all. */
export function badInput(errors: DomainError | readonly DomainError[]): AppError {
  const list = (Array.isArray(errors) ? errors : [errors]) as readonly DomainError[];
  const first = list[0];
  if (!first) throw new Error("badInput needs at least one error");
  return new AppError("BAD_USER_INPUT", first.message, { ...toFieldError(first), errors: list.map(toFieldError) });
}
