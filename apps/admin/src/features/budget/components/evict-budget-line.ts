import type { ApolloCache } from "@apollo/client";

/**
 * After a spend, an edit, a cancellation or a revision: the year's overview (totals, lines, months) is read again
 * when next shown; the line's own page refetches its query.
 */
export const evictBudgetFigures = (cache: ApolloCache): void => {
  cache.evict({ id: "ROOT_QUERY", fieldName: "budget" });
  cache.gc();
};

/** After a revision is requested or decided: the revision lists and every line's figures (ceilings moved). */
export const evictBudgetRevisions = (cache: ApolloCache): void => {
  cache.evict({ id: "ROOT_QUERY", fieldName: "budgetRevisions" });
  cache.evict({ id: "ROOT_QUERY", fieldName: "budgetLine" });
  cache.evict({ id: "ROOT_QUERY", fieldName: "budget" });
  cache.gc();
};
