/** Unit tests of the admin app (pure logic: catalogues, URL state, error mapping). Browser tests live in e2e/. */
module.exports = {
  testEnvironment: "node",
  reporters: ["default", "<rootDir>/../../tools/jest-tally-reporter.cjs"],
  testMatch: ["<rootDir>/src/**/*.spec.ts", "<rootDir>/src/**/*.spec.tsx"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  // The domain package ships ESM and CJS builds; jest takes the CJS one through its exports map.
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "json"],
};
