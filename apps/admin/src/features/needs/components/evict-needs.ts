import type { ApolloCache } from "@apollo/client";

/**
 * After an assessment or an SKP result is recorded, every gap, JPM, heatmap cell and ranked need may be
 * stale: drop them so the next render asks the server again.
 */
export const evictNeedsResults = (cache: ApolloCache): void => {
  cache.evict({ id: "ROOT_QUERY", fieldName: "employeeNeeds" });
  cache.evict({ id: "ROOT_QUERY", fieldName: "needsByUnit" });
  cache.evict({ id: "ROOT_QUERY", fieldName: "rankedNeeds" });
  cache.evict({ id: "ROOT_QUERY", fieldName: "programmeCandidates" });
  cache.gc();
};

/** After a change to the dictionary: the lists, and every result computed from it. */
export const evictDictionary = (cache: ApolloCache): void => {
  cache.evict({ id: "ROOT_QUERY", fieldName: "competencies" });
  evictNeedsResults(cache);
};

/** After a change to a position standard: the standards, and every gap, JPM and need computed from them. */
export const evictStandards = (cache: ApolloCache): void => {
  cache.evict({ id: "ROOT_QUERY", fieldName: "competencyStandards" });
  evictNeedsResults(cache);
};

/** After a proposal is submitted or decided: every page of the inbox (its status may have left the filter). */
export const evictProposals = (cache: ApolloCache): void => {
  cache.evict({ id: "ROOT_QUERY", fieldName: "trainingProposals" });
  cache.gc();
};

/** After a proposal became a candidate programme: the inbox (its candidate link) and the year's candidates. */
export const evictProposalsAndCandidates = (cache: ApolloCache): void => {
  cache.evict({ id: "ROOT_QUERY", fieldName: "trainingProposals" });
  cache.evict({ id: "ROOT_QUERY", fieldName: "programmeCandidates" });
  cache.gc();
};
