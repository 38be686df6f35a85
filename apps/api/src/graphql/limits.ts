import type { ApolloServerPlugin } from "@apollo/server";
import depthLimit from "graphql-depth-limit";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import type { GraphQLSchema } from "graphql";
import { AppError } from "../kit/errors";

/** Rejects queries nested deeper than `maxDepth` (a validation rule). */
export const depthRule = (maxDepth: number) => depthLimit(maxDepth);

/** Rejects an operation whose estimated cost exceeds `max`: lists multiply the cost of their rows by the page size. */
export function complexityPlugin(schema: GraphQLSchema, max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables,
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Missing or ill-typed variables: execution reports them as BAD_USER_INPUT (HTTP 400) next.
            return;
          }
          if (complexity > max) {
            throw new AppError("BAD_USER_INPUT", `This query is too expensive (cost ${complexity}, the limit is ${max}); ask for fewer rows or fields`, {
              domainCode: "QUERY_TOO_COMPLEX",
              complexity,
              limit: max,
            });
          }
        },
      };
    },
  };
}
