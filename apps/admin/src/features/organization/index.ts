/**
 * What the organization feature offers other features. Anything not exported here is internal:
 * other features import only this file (a lint rule and src/import-directions.spec.ts check it).
 */
export { functionalGradeOptions, positionKindOptions } from "./components/enum-options";
export { UnitFilter, UnitTreeSelect } from "./components/unit-tree-select";
export { useUnits } from "./components/use-units";
export { unitPath } from "./lib/unit-tree";
