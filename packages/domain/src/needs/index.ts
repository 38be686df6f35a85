export { competencyGap, gapsAgainst, gapsAgainstResult } from "./gap.js";
export type { CompetencyStandard, CompetencyGap, AssessedLevels, GapError } from "./gap.js";
export { jpmRules } from "./jpm-rules.js";
export type { JpmRules } from "./jpm-rules.js";
export {
  jobPersonMatch,
  jobPersonMatchResult,
  jobPersonMatchFromSums,
  mappingBand,
  selectionBand,
  MAPPING_BANDS,
  SELECTION_BANDS,
  JPM_ERROR_CODES,
} from "./job-person-match.js";
export type { MappingBand, SelectionBand, LevelPair, JobPersonMatch, JpmErrorCode, JpmError } from "./job-person-match.js";
export { skpPredikat, skpPredikatResult, isPerformanceGap, SKP_RATINGS, SKP_PREDIKATS, SKP_PREDIKAT_TABLE } from "./skp-predikat.js";
export type { SkpRating, SkpPredikat, SkpPredikatTable, SkpRatingError } from "./skp-predikat.js";
export {
  PRIORITY_FACTORS,
  defaultPriorityWeights,
  validatePriorityWeights,
  PRIORITY_WEIGHTS_ERROR_CODES,
} from "./priority-weights.js";
export type { PriorityFactor, PriorityWeights, PriorityWeightsErrorCode, PriorityWeightsError } from "./priority-weights.js";
export { priorityRules } from "./priority-rules.js";
export type { PriorityRules } from "./priority-rules.js";
export { priorityScore, priorityScoreResult, serviceWeaknessFromIkm, PRIORITY_INPUT_INVALID_REASONS } from "./priority.js";
export type { PriorityInput, PriorityPart, PriorityScore, PriorityInputError, PriorityInputInvalidReason } from "./priority.js";
export { aggregateNeeds, aggregateNeedsResult, NEED_ROW_INVALID_REASONS } from "./aggregate-needs.js";
export type { NeedRow, NeedAggregate, NeedRowError, NeedRowInvalidReason } from "./aggregate-needs.js";
export { PROPOSAL_STATUSES, PROPOSAL_EVENTS, PROPOSAL_TRANSITIONS, transitionProposal } from "./proposal-states.js";
export type { ProposalStatus, ProposalEvent, ProposalTransitionError } from "./proposal-states.js";
