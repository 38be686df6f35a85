import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed operations from the committed contract `apps/api/schema.graphql` (never a running server).
 * `pnpm codegen:check` regenerates and fails when `src/gql/` differs from what is committed.
 */
const config: CodegenConfig = {
  schema: "../api/schema.graphql",
  documents: ["src/**/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Date: `YYYY-MM-DD` (Asia/Jakarta); Rupiah: a whole number of rupiah (a JSON integer up to 2^53 - 1).
        scalars: { DateTime: "string", DateTimeISO: "string", Date: "string", Rupiah: "number", JSONObject: "Record<string, unknown>" },
        strictScalars: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
