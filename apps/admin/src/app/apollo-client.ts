import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { SetContextLink } from "@apollo/client/link/context";
import { ErrorLink } from "@apollo/client/link/error";

export interface ApolloClientOptions {
  /** The current Bearer token, or null when signed out. */
  readonly getToken: () => string | null;
  /** Called when the server no longer accepts the token (expired, revoked, signed out elsewhere). */
  readonly onUnauthenticated: () => void;
}

/** Operations for which an UNAUTHENTICATED answer is the expected result, not a lost session. */
const PUBLIC_OPERATIONS = new Set(["Login"]);

export const createApolloClient = ({ getToken, onUnauthenticated }: ApolloClientOptions): ApolloClient => {
  const authLink = new SetContextLink((prevContext) => {
    const token = getToken();
    if (!token) return {};
    return { headers: { ...(prevContext.headers as Record<string, string> | undefined), authorization: `Bearer ${token}` } };
  });

  const errorLink = new ErrorLink(({ error, operation }) => {
    if (PUBLIC_OPERATIONS.has(operation.operationName ?? "")) return;
    const lostSession =
      (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.["code"] === "UNAUTHENTICATED")) ||
      (ServerError.is(error) && error.statusCode === 401);
    if (lostSession) onUnauthenticated();
  });

  return new ApolloClient({
    link: ApolloLink.from([errorLink, authLink, new HttpLink({ uri: "/graphql" })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Ranks have no id; their code is unique.
        Rank: { keyFields: ["code"] },
      },
    }),
    devtools: { enabled: import.meta.env.DEV },
    defaultOptions: {
      // Show what is cached at once and refresh it from the server; afterwards a cache update must not
      // send the query again (two lists sharing employees would otherwise refetch each other forever).
      watchQuery: { fetchPolicy: "cache-and-network", nextFetchPolicy: "cache-first" },
    },
  });
};
