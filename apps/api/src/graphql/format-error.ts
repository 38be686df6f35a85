import { BREAK, GraphQLError, Kind, parse, visit, type GraphQLFormattedError } from "graphql";
import { AppError, type FieldError } from "../kit/errors";
import { fromDatabaseError } from "./database-errors";

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
      domainCode: "INVALID_FIELD" as const,
      reason: rule.toUpperCase(),
      message,
    }));
    return [...own, ...flattenValidation(e.children ?? [], field)];
  });

/**
 * For a scalar's refusal (a Rupiah or Date value, domainCode INVALID_FIELD, no field): the argument or input field it
 * was given to, read from the query text: `ceiling` for `runPlan(ceiling: $c)` or `runPlan(ceiling: 1.5)`, `cost` for
 * `$i` = `{ cost: 2.5 }`.
 */
function refusedInputField(error: GraphQLError): string | null {
  const variable = /^Variable "\$([^"]+)" got invalid value .*?(?: at "([^"]+)")?; /s.exec(error.message);
  if (variable?.[2]) return variable[2].slice(variable[1]!.length).replace(/^\./, "") || null;
  const start = error.nodes?.[0]?.loc?.start;
  if (!error.source || (!variable && start === undefined)) return null;
  let field: string | null = null;
  try {
    visit(parse(error.source.body), {
      enter(node) {
        if (field) return BREAK;
        if (node.kind !== Kind.ARGUMENT && node.kind !== Kind.OBJECT_FIELD) return undefined;
        const v = node.value;
        if (variable ? v.kind === Kind.VARIABLE && v.name.value === variable[1] : v.loc?.start === start) field = node.name.value;
        return undefined;
      },
    });
  } catch {
    return null;
  }
  return field;
}

/**
 * Shapes every error leaving the API: expected errors keep their code and field;
 * argument validation (class-validator) becomes BAD_USER_INPUT naming the field;
 * anything unexpected is logged and returned as a generic message.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof AppError) {
    const { http: _http, ...extensions } = original.extensions;
    return { ...formatted, message: original.message, extensions };
  }
  // type-graphql 2's ArgumentValidationError carries the class-validator errors in its extensions.
  const carrier = original as { validationErrors?: ValidationErrorLike[]; extensions?: { validationErrors?: ValidationErrorLike[] } } | undefined;
  const validation = carrier?.validationErrors ?? carrier?.extensions?.validationErrors;
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
  if (error instanceof GraphQLError && formatted.extensions?.domainCode === "INVALID_FIELD" && formatted.extensions.field === undefined) {
    return { ...formatted, extensions: { ...formatted.extensions, code: "BAD_USER_INPUT", field: refusedInputField(error) } };
  }
  const fromDatabase = fromDatabaseError(original, formatted);
  if (fromDatabase) return fromDatabase;
  const code = formatted.extensions?.code;
  // graphql-js stops coercing variables after 50 bad values with an error Apollo gives no client code: the request's.
  if (error instanceof GraphQLError && !error.originalError && error.message.startsWith("Too many errors processing variables")) {
    return { ...formatted, extensions: { ...formatted.extensions, code: "BAD_USER_INPUT" } };
  }
  if (typeof code === "string" && code !== "INTERNAL_SERVER_ERROR") return formatted;
  if (error instanceof GraphQLError && !error.originalError && !formatted.path) return formatted;
  console.error("[api] unexpected error", original);
  return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
