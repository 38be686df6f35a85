import type { ApolloCache } from "@apollo/client";

/** After a candidate changes: the candidate list (its value and cost per participant-JP are the server's). */
export const evictCandidates = (cache: ApolloCache): void => {
  cache.evict({ id: "ROOT_QUERY", fieldName: "programmeCandidates" });
  cache.gc();
};

/** After a run or an adoption: the versions list (a new version, or a status that changed to SUPERSEDED). */
export const evictPlans = (cache: ApolloCache): void => {
  cache.evict({ id: "ROOT_QUERY", fieldName: "plans" });
  cache.gc();
};
