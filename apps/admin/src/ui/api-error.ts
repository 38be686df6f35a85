import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import type { ErrorFacts } from "../i18n/errors";

const str = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

/** The facts of each error an Apollo operation failed with, GraphQL errors first, network errors as NETWORK. */
export const apiErrorFacts = (error: unknown): ErrorFacts[] => {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.flatMap((e) => {
      const ext = e.extensions ?? {};
      const code = str(ext["code"]);
      // A validation error lists every failing field in `extensions.errors`; the top level repeats the first.
      const list = Array.isArray(ext["errors"]) ? (ext["errors"] as unknown[]) : [];
      const items = list.length > 0 ? list.map((item) => (typeof item === "object" && item !== null ? (item as Record<string, unknown>) : {})) : [ext];
      return items.map((item) => ({
        code,
        domainCode: str(item["domainCode"]),
        reason: str(item["reason"]),
        field: str(item["field"]),
        message: str(item["message"]) ?? e.message,
      }));
    });
  }
  if (ServerError.is(error)) {
    return [{ code: error.statusCode === 401 ? "UNAUTHENTICATED" : "NETWORK", message: error.message }];
  }
  const message = error instanceof Error ? error.message : String(error);
  return [{ code: "NETWORK", message }];
};
