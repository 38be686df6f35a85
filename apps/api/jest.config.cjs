/** API integration tests: real GraphQL requests against a real PostgreSQL (DATABASE_URL), or the embedded PGlite when it is unset. */
const embedded = !process.env.DATABASE_URL;
module.exports = {
  testEnvironment: "node",
  reporters: ["default", "<rootDir>/../../tools/jest-tally-reporter.cjs"],
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.spec.ts"],
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          keepClassNames: true,
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/support/global-teardown.ts",
  // The embedded database is one session: its test files run one after another.
  maxWorkers: embedded ? 1 : "50%",
  testTimeout: 60_000,
};
