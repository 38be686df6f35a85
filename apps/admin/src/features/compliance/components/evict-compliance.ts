import type { ApolloCache } from "@apollo/client";

/**
 * After a learning record is submitted, verified or rejected: every cached ledger figure may have changed (the
 * employee's ledger, the unit totals, the lists and the queue), so they are dropped and read again when shown.
 */
export const evictComplianceResults = (cache: ApolloCache): void => {
  for (const fieldName of ["jpLedger", "jpCompliance", "jpEmployees", "jpEarlyWarnings", "learningRecords", "learningRecord"]) {
    cache.evict({ id: "ROOT_QUERY", fieldName });
  }
  cache.gc();
};
