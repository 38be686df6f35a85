import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { DomainError } from "@bina/domain";

/** Every expected failure a client can see, as `extensions.code`. */
export type ErrorCode = "BAD_USER_INPUT" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT";

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

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

const flattenValidation = (errors: readonly ValidationErrorLike[], prefix = ""): FieldError[] =>
  errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([rule, message]) => ({
      field,
      domainCode: "INVALID_FIELD",
      reason: rule.toUpperCase(),
      message,
    }));
    return [...own, ...flattenValidation(e.children ?? [], field)];
  });

/**
 * Shapes every error leaving the API: expected errors keep their code and field;
 * argument validation (class-validator) becomes BAD_USER_INPUT naming the field;
 * anything unexpected is logged and returned as a generic message.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof AppError) return { ...formatted, message: original.message, extensions: original.extensions };
  const validation = (original as { validationErrors?: ValidationErrorLike[] } | undefined)?.validationErrors;
  if (Array.isArray(validation)) {
    const list = flattenValidation(validation);
    const first = list[0];
    return {
      message: first ? `${first.field}: ${first.message}` : "Invalid input",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "BAD_USER_INPUT", ...first, errors: list },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === "string" && code !== "INTERNAL_SERVER_ERROR") return formatted;
  if (error instanceof GraphQLError && !error.originalError && !formatted.path) return formatted;
  console.error("[api] unexpected error", original);
  return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
