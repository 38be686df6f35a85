export {
  DEVELOPMENT_KINDS,
  DEVELOPMENT_ROUTES,
  DEVELOPMENT_KIND_ROUTES,
  DEFAULT_SIASN_CODES,
  LEADERSHIP_PROGRAMMES,
  isDevelopmentKind,
  isLeadershipProgramme,
  developmentKindRoute,
  siasnCode,
} from "./development-kinds.js";
export type { DevelopmentKind, DevelopmentRoute, LeadershipProgramme } from "./development-kinds.js";
export { JP_MINUTES, JP_CREDIT_RULES, ACTIVITY_INVALID_REASONS, JP_CREDIT_ERROR_CODES, creditJp } from "./jp-credit.js";
export type {
  JpCreditRule,
  JpCreditMethod,
  JpCreditRules,
  DevelopmentActivity,
  ActivityInvalidReason,
  JpCreditErrorCode,
  JpCreditError,
} from "./jp-credit.js";
export {
  DELIVERY_STATES,
  BATCH_TRANSITIONS,
  PROGRAMME_TRANSITIONS,
  NOMINATION_STATES,
  NOMINATION_TRANSITIONS,
  SEAT_HOLDING_STATES,
  holdsSeat,
  transitionProgramme,
  transitionBatch,
  transitionNomination,
  allowedProgrammeMoves,
  allowedBatchMoves,
  allowedNominationMoves,
} from "./lifecycle.js";
export type { DeliveryState, NominationState, TransitionError } from "./lifecycle.js";
export { SEAT_OUTCOMES, seatFor, nextFromWaitlist } from "./seats.js";
export type { SeatOutcome, SeatCounts, WaitlistEntry, WaitlistState } from "./seats.js";
export { COMPLETION_RULES, COMPLETION_SHORTFALLS, COMPLETION_ERROR_CODES, completionOf } from "./completion.js";
export type { CompletionRules, CompletionShortfall, CompletionInput, Completion, CompletionErrorCode, CompletionError } from "./completion.js";
export {
  SESSION_TIME_INVALID_REASONS,
  SCHEDULE_RESOURCES,
  minuteOfDay,
  validateSessionTime,
  venueKey,
  findScheduleConflicts,
} from "./schedule.js";
export type {
  ScheduledSession,
  SessionTime,
  SessionTimeInvalidReason,
  SessionTimeError,
  ScheduleResource,
  ScheduleConflict,
} from "./schedule.js";
export { SPEAKER_LEVELS, SESSION_ROLES, SPEAKER_FEE_RULES, feeCeiling, checkSessionFee } from "./fees.js";
export type { SpeakerLevel, SessionRole, SpeakerFeeRules, SessionFeeBasis, FeeAboveCeilingError, SessionFeeError } from "./fees.js";
export { batchCreditJp } from "./batch-credit.js";
export type { BatchDay } from "./batch-credit.js";
