/** Tests live beside the code as `*.spec.ts`; SWC strips the types (tsc typechecks separately). */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  reporters: ["default", "<rootDir>/../../tools/jest-tally-reporter.cjs"],
  roots: ["<rootDir>/src"],
  testMatch: ["**/*.spec.ts"],
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } },
    ],
  },
  // Sources import siblings as `./x.js` (what Node ESM needs); resolve those to the `.ts` file.
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
};
