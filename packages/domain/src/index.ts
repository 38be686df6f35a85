/**
 * @bina/domain: the competency-development cycle of Indonesian civil servants as pure
 * functions. Each stage also has its own entry point (`@bina/domain/organization`, ...);
 * this root re-exports the stage indexes, which list their names explicitly.
 */
export * from "./shared/index.js";
export * from "./organization/index.js";
export * from "./competency/index.js";
export * from "./needs/index.js";
export * from "./planning/index.js";
export * from "./budget/index.js";
export * from "./delivery/index.js";
export * from "./compliance/index.js";
export * from "./evaluation/index.js";
export * from "./survey/index.js";
