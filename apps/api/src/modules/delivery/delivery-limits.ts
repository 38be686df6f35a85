/** Column widths of the delivery tables (migration 1764800000000), the limits the text checks use. */
export const DELIVERY_TEXT = {
  speakerName: { min: 2, max: 200 },
  institution: { min: 2, max: 200 },
  originCity: { min: 2, max: 100 },
  programmeTitle: { min: 3, max: 200 },
  organiserName: { min: 2, max: 200 },
  batchName: { min: 1, max: 100 },
  venue: { min: 2, max: 200 },
  onlineUrl: { min: 10, max: 500 },
  topic: { min: 2, max: 200 },
  reason: { min: 3, max: 500 },
  search: { min: 1, max: 100 },
} as const;

/** Most sessions one batch holds (a PKA of 908 JP is about 230 sessions), so a batch's sessions are one bounded list. */
export const MAX_SESSIONS_PER_BATCH = 400;
/** Most JP one session carries (a whole day is about 10). */
export const MAX_SESSION_JP = 24;
/** Most unit quotas one batch holds (a city has about 70 units). */
export const MAX_QUOTAS_PER_BATCH = 200;
/** Most competencies a speaker's expertise or a programme lists. */
export const MAX_COMPETENCIES = 20;
/** Most batches one programme holds. */
export const MAX_BATCHES_PER_PROGRAMME = 100;
/** Seats of a batch at most (the capacity CHECK). */
export const MAX_CAPACITY = 10_000;
