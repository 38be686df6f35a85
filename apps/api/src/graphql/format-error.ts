import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { AppError, type FieldError } from "../kit/errors";

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
