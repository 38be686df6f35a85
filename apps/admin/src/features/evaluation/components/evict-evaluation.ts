import type { ApolloCache } from "@apollo/client";

/** After an improvement action is opened, changed or closed: every cached list of actions is read again when shown. */
export const evictImprovementActions = (cache: ApolloCache): void => {
  cache.evict({ id: "ROOT_QUERY", fieldName: "improvementActions" });
  cache.gc();
};

/** After a batch's evaluations are scheduled: its forms and its four levels (invited counts) are read again. */
export const evictBatchEvaluation = (cache: ApolloCache): void => {
  cache.evict({ id: "ROOT_QUERY", fieldName: "evaluationInvitations" });
  cache.evict({ id: "ROOT_QUERY", fieldName: "batchEvaluation" });
  cache.evict({ id: "ROOT_QUERY", fieldName: "programmeEffectiveness" });
  cache.gc();
};
