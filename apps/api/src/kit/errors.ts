import { GraphQLError } from "graphql";
import type { DomainError } from "@bina/domain";

/** Every expected failure a client can see, as `extensions.code`. */
export type ErrorCode = "BAD_USER_INPUT" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "TOO_MANY_REQUESTS";

export interface FieldError {
  readonly field: string | null;
  readonly domainCode: string;
  readonly reason: string | null;
  readonly message: string;
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

export const notFound = (what: string, id: string): AppError => new AppError("NOT_FOUND", `${what} ${id} was not found`);

export const forbidden = (message = "You may not do this"): AppError => new AppError("FORBIDDEN", message);

export const conflict = (message: string, extensions: Record<string, unknown> = {}): AppError =>
  new AppError("CONFLICT", message, extensions);

const toFieldError = (e: DomainError): FieldError => ({
  field: e.field ?? null,
  domainCode: e.code,
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
