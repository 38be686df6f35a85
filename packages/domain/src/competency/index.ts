export { COMPETENCY_KINDS } from "./competency-kinds.js";
export type { CompetencyKind } from "./competency-kinds.js";
export { COMPETENCY_LEVELS, COMPETENCY_LEVEL_NAMES, isCompetencyLevel, competencyLevelName } from "./competency-levels.js";
export type { CompetencyLevel } from "./competency-levels.js";
export { MANAGERIAL_COMPETENCIES, SOCIO_CULTURAL_COMPETENCIES } from "./national-competencies.js";
export type { Competency } from "./national-competencies.js";
export { competencyRules } from "./competency-rules.js";
export type { CompetencyRules, StandardByPosition, StandardByFunctionalGrade } from "./competency-rules.js";
export { defaultStandardLevel } from "./standard-level.js";
export {
  validateCompetency,
  COMPETENCY_ERROR_CODES,
  COMPETENCY_CODE_INVALID_REASONS,
} from "./competency.js";
export type {
  CompetencyDraft,
  CompetencyField,
  CompetencyErrorCode,
  CompetencyError,
  CompetencyCodeInvalidReason,
} from "./competency.js";
export { validateAssessmentLevel } from "./assessment-level.js";
export type { AssessmentLevelError } from "./assessment-level.js";
export { ASSESSMENT_SOURCES, checkAssessmentSource } from "./assessment-source.js";
export type { AssessmentSource, AssessmentSourceError } from "./assessment-source.js";
