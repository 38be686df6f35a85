import type { ApolloCache } from "@apollo/client";

/**
 * After a change to employees, every cached page of the list and every unit's employeeCount may be
 * stale: drop them so the next render asks the server again.
 */
export const evictEmployeeLists = (cache: ApolloCache): void => {
  cache.evict({ id: "ROOT_QUERY", fieldName: "employees" });
  cache.evict({ id: "ROOT_QUERY", fieldName: "units" });
  cache.gc();
};
