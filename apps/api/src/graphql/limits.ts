import type { ApolloServerPlugin } from "@apollo/server";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { GraphQLError, type DocumentNode, type GraphQLSchema, type ValidationContext, type ValidationRule } from "graphql";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from "graphql-query-complexity";
import { AppError } from "../kit/errors";
import { pagedCost } from "../kit/cost";
import { FIELD_COSTS } from "./cost-table";
import { documentMemo } from "./document-memo";

export interface QueryLimits {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxComplexity: number;
}

/** Reports a limit as a validation error (HTTP 400, GRAPHQL_VALIDATION_FAILED) with domainCode QUERY_TOO_COMPLEX. */
const report = (reason: string, message: string) => (context: ValidationContext | null, error: GraphQLError) => {
  context?.reportError(new GraphQLError(message || error.message, { extensions: { domainCode: "QUERY_TOO_COMPLEX", reason } }));
};

/**
 * Depth and alias limits as validation rules (graphql-armor: they count through fragments once each, so fragment
 * cycles and unknown fragments reach graphql-js's own rules and answer 400, never a stack overflow).
 */
export function limitRules({ maxDepth, maxAliases }: QueryLimits): ValidationRule[] {
  return [
    maxDepthRule({
      n: maxDepth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [report("DEPTH", `This query is nested too deeply (the limit is ${maxDepth} levels)`)],
    }) as unknown as ValidationRule,
    maxAliasesRule({
      n: maxAliases,
      propagateOnRejection: false,
      onReject: [report("ALIASES", `This query uses too many aliases (the limit is ${maxAliases})`)],
    }) as unknown as ValidationRule,
  ];
}

/**
 * `__typename` is free (no resolver, no SQL; Apollo Client asks it of every object), then the cost table, then a paged
 * field's `first` × its row.
 */
const tableEstimator: ComplexityEstimator = (a) => {
  if (a.field.name === "__typename") return 0;
  const own = FIELD_COSTS[`${a.type.name}.${a.field.name}`];
  if (own) return own(a);
  if (a.field.args.some((arg) => arg.name === "first")) return pagedCost(1)(a);
  return undefined;
};

/**
 * Refuses an operation whose estimated cost exceeds `max` before anything runs (no SQL): HTTP 400, BAD_USER_INPUT
 * QUERY_TOO_COMPLEX. Every alias counts, so aliasing an expensive field multiplies its cost.
 */
export function complexityPlugin(schema: GraphQLSchema, max: number): ApolloServerPlugin {
  const estimators = [fieldExtensionsEstimator(), tableEstimator, simpleEstimator({ defaultComplexity: 1 })];
  // The cost depends only on the document, the operation and the variables: computed once per distinct request.
  const memo = documentMemo<number | null>();
  const cost = (document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): number | null => {
    const { key, hit } = memo.get(document, operationName, variables);
    if (hit !== undefined) return hit;
    let complexity: number | null;
    try {
      complexity = getComplexity({ schema, query: document, operationName: operationName ?? undefined, variables, estimators });
    } catch {
      // Missing or ill-typed variables: execution reports them as BAD_USER_INPUT (HTTP 400) next.
      complexity = null;
    }
    memo.set(document, key, complexity);
    return complexity;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = cost(document, request.operationName, request.variables);
          if (complexity === null) return;
          if (complexity > max) {
            // Apollo answers errors thrown here with HTTP 500 unless told otherwise.
            throw new AppError("BAD_USER_INPUT", `This query is too expensive (cost ${complexity}, the limit is ${max}); ask for fewer rows or fields`, {
              domainCode: "QUERY_TOO_COMPLEX",
              complexity,
              limit: max,
              http: { status: 400 },
            });
          }
        },
      };
    },
  };
}
