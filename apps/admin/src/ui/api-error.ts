import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import type { ErrorFacts } from "../i18n/errors";

const str = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

/** The facts of each error an Apollo operation failed with, GraphQL errors first, network errors as NETWORK. */
export const apiErrorFacts = (error: unknown): ErrorFacts[] => {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => {
      const ext = e.extensions ?? {};
      return {
        code: str(ext["code"]),
        domainCode: str(ext["domainCode"]),
        reason: str(ext["reason"]),
        field: str(ext["field"]),
        message: e.message,
      };
    });
  }
  if (ServerError.is(error)) {
    return [{ code: error.statusCode === 401 ? "UNAUTHENTICATED" : "NETWORK", message: error.message }];
  }
  const message = error instanceof Error ? error.message : String(error);
  return [{ code: "NETWORK", message }];
};
