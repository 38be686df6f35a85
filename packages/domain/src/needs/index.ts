export { competencyGap, gapsAgainst } from "./gap.js";
export type { CompetencyStandard, CompetencyGap, AssessedLevels } from "./gap.js";
export { jpmRules } from "./jpm-rules.js";
export type { JpmRules } from "./jpm-rules.js";
export {
  jobPersonMatch,
  jobPersonMatchResult,
  mappingBand,
  selectionBand,
  MAPPING_BANDS,
  SELECTION_BANDS,
  JPM_ERROR_CODES,
} from "./job-person-match.js";
export type { MappingBand, SelectionBand, LevelPair, JobPersonMatch, JpmErrorCode, JpmError } from "./job-person-match.js";
export { skpPredikat, isPerformanceGap, SKP_RATINGS, SKP_PREDIKATS, SKP_PREDIKAT_TABLE } from "./skp-predikat.js";
export type { SkpRating, SkpPredikat, SkpPredikatTable } from "./skp-predikat.js";
export {
  PRIORITY_FACTORS,
  defaultPriorityWeights,
  validatePriorityWeights,
  PRIORITY_WEIGHTS_ERROR_CODES,
} from "./priority-weights.js";
export type { PriorityFactor, PriorityWeights, PriorityWeightsErrorCode, PriorityWeightsError } from "./priority-weights.js";
export { priorityRules } from "./priority-rules.js";
export type { PriorityRules } from "./priority-rules.js";
export { priorityScore, serviceWeaknessFromIkm } from "./priority.js";
export type { PriorityInput, PriorityPart, PriorityScore } from "./priority.js";
export { aggregateNeeds } from "./aggregate-needs.js";
export type { NeedRow, NeedAggregate } from "./aggregate-needs.js";
