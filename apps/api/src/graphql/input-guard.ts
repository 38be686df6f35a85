import type { ApolloServerPlugin } from "@apollo/server";
import { isWellFormedText } from "@bina/domain";
import { TypeInfo, visit, visitWithTypeInfo, type GraphQLSchema } from "graphql";
import { getArgumentValues, getVariableValues } from "graphql/execution/values";
import { AppError } from "../kit/errors";
import { documentMemo } from "./document-memo";

export interface InputLimits {
  /** Items a list argument (at any depth) may hold. */
  readonly maxListItems: number;
  /** Characters a text argument may hold, except the arguments named in `longTextFields`. */
  readonly maxTextLength: number;
  /** Argument or input field names whose text may be longer (the base64 file of an import; the body limit caps it). */
  readonly longTextFields: ReadonlySet<string>;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = { maxListItems: 1000, maxTextLength: 100_000, longTextFields: new Set(["contentBase64"]) };

/** `field` as the other input errors name it: relative to the `input` argument (`title`, not `input.title`). */
const fieldName = (path: string): string => path.replace(/^input\./, "");

const refuse = (path: string, domainCode: "INVALID_TEXT" | "LIST_TOO_LONG", reason: string, message: string) =>
  new AppError("BAD_USER_INPUT", `${path}: ${message}`, {
    field: fieldName(path),
    domainCode,
    reason,
    errors: [{ field: fieldName(path), domainCode, reason, message: `${path}: ${message}` }],
    // Thrown before execution, where Apollo would otherwise answer 500.
    http: { status: 400 },
  });

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== "object" || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/** Walks one coerced argument value; throws on the first value no resolver should ever see. */
function check(value: unknown, path: string, name: string, limits: InputLimits): void {
  if (typeof value === "string") {
    if (!isWellFormedText(value)) throw refuse(path, "INVALID_TEXT", "MALFORMED", "text may not contain NUL characters or unpaired surrogates");
    if (value.length > limits.maxTextLength && !limits.longTextFields.has(name)) {
      throw refuse(path, "INVALID_TEXT", "TOO_LONG", `at most ${limits.maxTextLength} characters`);
    }
  } else if (Array.isArray(value)) {
    if (value.length > limits.maxListItems) throw refuse(path, "LIST_TOO_LONG", "TOO_MANY_ITEMS", `at most ${limits.maxListItems} items`);
    value.forEach((item, i) => check(item, `${path}.${i}`, name, limits));
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) check(item, `${path}.${key}`, key, limits);
  }
}

/**
 * A global input guard, run once per operation before any resolver (and before any SQL): every argument of every
 * field, literal or from variables, after GraphQL's coercion. Text with NUL or lone surrogates is INVALID_TEXT,
 * text over the length limit INVALID_TEXT (TOO_LONG), a list over the item limit LIST_TOO_LONG; all BAD_USER_INPUT
 * (HTTP 400) naming the argument path in `field`.
 */
export function inputGuardPlugin(schema: GraphQLSchema, limits: InputLimits = DEFAULT_INPUT_LIMITS): ApolloServerPlugin {
  // A document and variables that passed once pass again: checked once per distinct request (refusals are not kept).
  const passed = documentMemo<true>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          const { key, hit } = passed.get(document, request.operationName, request.variables);
          if (hit) return;
          const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (variables.errors) return; // execution reports them as BAD_USER_INPUT
          const typeInfo = new TypeInfo(schema);
          visit(
            document,
            visitWithTypeInfo(typeInfo, {
              Field(node) {
                const def = typeInfo.getFieldDef();
                if (!def || !node.arguments?.length) return;
                let args: Record<string, unknown>;
                try {
                  args = getArgumentValues(def, node, variables.coerced);
                } catch {
                  return; // another operation's variables, or a value execution will refuse itself
                }
                for (const [name, value] of Object.entries(args)) check(value, name, name, limits);
              },
            }),
          );
          passed.set(document, key, true);
        },
      };
    },
  };
}
