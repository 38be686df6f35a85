/**
 * What the needs feature offers other features (planning builds on the year and competency pickers).
 * Anything not exported here is internal: other features import only this file (a lint rule and
 * src/import-directions.spec.ts check it).
 */
export { CompetencySelect } from "./components/competency-select";
export { CompetencyLabel } from "./components/needs-tags";
export { useCycleYears } from "./components/use-cycle-years";
export { YearSelect } from "./components/year-select";
export { parseYear } from "./lib/needs-params";
export { defaultPlanYear, planningYears } from "./lib/plan-years";
