import type { ApolloCache } from "@apollo/client";

/** After a service unit changes: the registry, its page and every result that names it. */
export const evictServiceUnits = (cache: ApolloCache): void => {
  cache.evict({ id: "ROOT_QUERY", fieldName: "serviceUnits" });
  cache.evict({ id: "ROOT_QUERY", fieldName: "serviceUnit" });
  cache.evict({ id: "ROOT_QUERY", fieldName: "ikmResults" });
  cache.evict({ id: "ROOT_QUERY", fieldName: "ikmSummary" });
  cache.gc();
};

/** After a period is created, closed or reopened: the period lists (the pickers). */
export const evictSurveyPeriods = (cache: ApolloCache): void => {
  cache.evict({ id: "ROOT_QUERY", fieldName: "surveyPeriods" });
  cache.gc();
};
