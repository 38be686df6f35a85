/**
 * Deterministic demo data of the needs-assessment and planning stage for Salatiga: a technical
 * competency dictionary and its standards, a year of assessments, SKP results, unit proposals and
 * candidate programmes. Plain objects, pure functions: the API inserts them.
 */
export { technicalCompetencies, tc } from "./dictionary";
export type { SeedCompetency, TechnicalKey } from "./dictionary";
export { technicalStandards } from "./standards";
export type { SeedTechnicalStandard } from "./standards";
export { technicalStandardsFor, employeeStandards } from "./resolve-standards";
export type { SeedPosition, SeedEmployeeStandard } from "./resolve-standards";
export { generateAssessments, DEFAULT_NEEDS_SEED, DEMO_ASSESSMENT_YEAR } from "./assessments";
export type { SeedAssessment, AssessmentSource, GenerateNeedsOptions } from "./assessments";
export { generateSkpResults, DEMO_SKP_YEAR } from "./skp";
export type { SeedSkpResult } from "./skp";
export { demoProposals, DEMO_PLAN_YEAR } from "./proposals";
export type { SeedProposal, ProposalStatus } from "./proposals";
export { demoCandidates } from "./candidates";
export type { SeedCandidate } from "./candidates";

/**
 * Suggested budget ceiling of the 2027 plan, whole rupiah: the mandatory candidates fit, all of
 * them do not (see candidates.ts).
 */
export const DEMO_CEILING = 1_500_000_000;
