export {
  SKM_ELEMENT_CODES,
  SKM_ELEMENTS,
  SKM_RESPONDENT_PROFILE,
  SKM_BANDS,
  SKM_BAND_RULES,
  IKM_BAND_LABELS,
  ikmBand,
  nrrBand,
  computeIkm,
  ikmOfTally,
  SKM_SAMPLE_RULES,
  skmSampleSize,
  UNIT_TECHNICAL_SERVICE,
  DEFAULT_ELEMENT_COMPETENCIES,
  SKM_WEAKNESS_RULES,
  weakElementSignals,
} from "./skm.js";
export type { SkmElementCode, SkmElement, SkmBand, SkmResponse, SkmErrorCode, SkmError, IkmResult, SkmWeaknessRules, WeakElementSignal } from "./skm.js";
export {
  SERVICE_UNIT_KINDS,
  SERVICE_UNIT_CODE_PATTERN,
  SERVICE_UNIT_CODE_MAX_LENGTH,
  SERVICE_UNIT_NAME_MAX_LENGTH,
  SERVICE_UNIT_YEARLY_USERS,
  SKM_AGE_BANDS,
  SURVEY_PERIOD_STATES,
  surveyPeriodDates,
} from "./service-unit.js";
export type { ServiceUnitKind, SurveyPeriodState, SurveyPeriodDates } from "./service-unit.js";
