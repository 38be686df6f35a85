export { N_GAIN_RULES, N_GAIN_CATEGORIES, nGain, nGainResult, nGainCategory } from "./n-gain.js";
export type { NGainCategory, NGainError } from "./n-gain.js";
export {
  REACTION_ASPECTS,
  REACTION_SCALE_MAXIMA,
  DEFAULT_REACTION_INSTRUMENT,
  validateReactionInstrument,
  summariseReaction,
} from "./reaction.js";
export type {
  ReactionAspect,
  ReactionScaleMax,
  ReactionQuestion,
  ReactionInstrument,
  ReactionResponse,
  MeanSummary,
  ReactionSummary,
  ReactionErrorCode,
  ReactionError,
} from "./reaction.js";
export {
  BEHAVIOUR_RULES,
  BEHAVIOUR_RESPONDENT_ROLES,
  DEFAULT_BEHAVIOUR_QUESTIONNAIRE,
  behaviourFollowUpDate,
  summariseBehaviour,
} from "./behaviour.js";
export type {
  BehaviourRules,
  BehaviourRespondentRole,
  BehaviourQuestion,
  BehaviourResponse,
  BehaviourRoleSummary,
  BehaviourSummary,
  BehaviourError,
} from "./behaviour.js";
export { RESULT_DIRECTIONS, resultsChange } from "./results.js";
export type { ResultDirection, ResultsChangeInput, ResultsChange, ResultsChangeError } from "./results.js";
