/** Browser tests: Playwright drives Debian's Chromium against the real API (built) serving the built admin app. */
module.exports = {
  testEnvironment: "node",
  reporters: ["default", "<rootDir>/../../tools/jest-tally-reporter.cjs"],
  roots: ["<rootDir>/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: {
    "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } }],
  },
  globalSetup: "<rootDir>/e2e/support/global-setup.ts",
  globalTeardown: "<rootDir>/e2e/support/global-teardown.ts",
  setupFilesAfterEnv: ["<rootDir>/e2e/support/retry.ts"],
  testTimeout: 90_000,
  // The files share one API and database (and the count of active employees): never run them side by side.
  maxWorkers: 1,
};
