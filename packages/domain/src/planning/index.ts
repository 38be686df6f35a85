export { selectProgrammesWithinBudget } from "./select-programmes.js";
export type { BudgetSelection } from "./select-programmes.js";
export { SELECTION_ERROR_CODES, SELECTION_MAX_CANDIDATES } from "./selection-input.js";
export type { ProgrammeCandidate, SelectionErrorCode, SelectionError } from "./selection-input.js";
export { SELECTION_METHODS } from "./solve-knapsack.js";
export type { SelectionMethod } from "./solve-knapsack.js";
export { explainSelection, LEFT_OUT_REASONS } from "./explain-selection.js";
export type { LeftOutReason, LeftOutCandidate } from "./explain-selection.js";
export { programmeValue } from "./programme-value.js";
export type { CoveredNeed } from "./programme-value.js";
export { MAX_PLAN_VALUE } from "./hundredths.js";
export { selectPlanByCoverage } from "./select-plan-by-coverage.js";
export type { CoverageSelection, CoverageSelectionInput } from "./select-plan-by-coverage.js";
export { COVERAGE_ERROR_CODES, COVERAGE_MAX_CANDIDATES } from "./coverage-input.js";
export type { CoverageCandidate, CoverageNeed, CoverageErrorCode, CoverageError } from "./coverage-input.js";
export { coverageValue } from "./coverage-value.js";
export type { CoveringProgramme } from "./coverage-value.js";
export { explainCoverageSelection } from "./explain-coverage.js";
export { explainPlan } from "./explain-plan.js";
export type { PlanFacts, PlanFactsInput } from "./explain-plan.js";
export { PLAN_STATES, PLAN_EVENTS, PLAN_TRANSITIONS, PLAN_TRANSITION_ERROR_CODES, transitionPlan } from "./plan-state.js";
export type { PlanState, PlanEvent, PlanTransitionErrorCode, PlanTransitionError } from "./plan-state.js";
export { checkPlanYear, PLAN_YEAR_MIN, PLAN_YEAR_MAX } from "./plan-year.js";
export type { PlanYearError } from "./plan-year.js";
export {
  validateCandidate,
  CANDIDATE_ERROR_CODES,
  CANDIDATE_MAX_COMPETENCIES,
  CANDIDATE_MAX_PARTICIPANTS,
  CANDIDATE_MAX_JP,
} from "./candidate.js";
export type { CandidateDraft, ValidCandidate, CandidateErrorCode, CandidateError } from "./candidate.js";
