import type { ApolloCache } from "@apollo/client";

/**
 * After a programme, batch or session changes: the catalogue, the calendar and the batch page (a session changes the
 * batch's credited JP, a status move its allowed moves and the programme's list).
 */
export const evictProgrammes = (cache: ApolloCache): void => {
  cache.evict({ id: "ROOT_QUERY", fieldName: "programmes" });
  cache.evict({ id: "ROOT_QUERY", fieldName: "batches" });
  cache.evict({ id: "ROOT_QUERY", fieldName: "batch" });
  cache.gc();
};

/** After a nomination changes: every nominations list and the batch's participants (an approval adds one). */
export const evictNominations = (cache: ApolloCache): void => {
  cache.evict({ id: "ROOT_QUERY", fieldName: "nominations" });
  cache.evict({ id: "ROOT_QUERY", fieldName: "batchParticipants" });
  cache.evict({ id: "ROOT_QUERY", fieldName: "batch" });
  cache.gc();
};

/** After attendance, scores, a completion or a revocation: the participants and the batch. */
export const evictParticipants = (cache: ApolloCache): void => {
  cache.evict({ id: "ROOT_QUERY", fieldName: "batchParticipants" });
  cache.evict({ id: "ROOT_QUERY", fieldName: "batch" });
  cache.evict({ id: "ROOT_QUERY", fieldName: "programmes" });
  cache.gc();
};

/** After a speaker changes: the registry and the speaker pickers. */
export const evictSpeakers = (cache: ApolloCache): void => {
  cache.evict({ id: "ROOT_QUERY", fieldName: "speakers" });
  cache.gc();
};
