// One flat config for every package. The domain package stays pure: no frameworks, no Node APIs.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "**/.turbo/**", "apps/admin/src/gql/**", "**/*.cjs", "**/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    files: ["packages/domain/src/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^node:", message: "The domain is pure: no Node APIs." },
            {
              regex: "^(typeorm|type-graphql|graphql|react|react-dom|@apollo/.*|pg|express|fs|path|crypto|os|child_process)$",
              message: "The domain is pure: no frameworks or Node APIs.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", { name: "process", message: "The domain never reads process.env." }],
    },
  },
  {
    files: ["apps/admin/src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
  },
  // The admin app's import directions (apps/admin/src/import-directions.spec.ts checks the same on resolved paths):
  // app/ only composes; ui/ is generic; session/ and i18n/ know no feature; a feature reaches another
  // feature only through its index.ts.
  {
    files: ["apps/admin/src/ui/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: "^(\\.\\./)+(features|app|session)(/|$)", message: "src/ui is generic: no feature, app shell or session." }] }],
    },
  },
  {
    files: ["apps/admin/src/session/**/*.{ts,tsx}", "apps/admin/src/i18n/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: "^(\\.\\./)+(features|app)(/|$)", message: "No feature and no app shell here." }] }],
    },
  },
  {
    files: ["apps/admin/src/features/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^(\\.\\./)+app(/|$)", message: "Features never import the composition root (src/app); the session is in src/session." },
            { regex: "^\\.\\./\\.\\./[a-z-]+/(components|lib|pages)(/|$)", message: "Import another feature only through its index.ts." },
          ],
        },
      ],
    },
  },
  // The API's kit is what modules import: it imports no module, no schema assembly, no database setup.
  {
    files: ["apps/api/src/kit/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^(\\.\\./)+(modules|graphql|database|seed|scripts|services|server|main)(/|$)", message: "src/kit is shared by every module: it imports none of them." }] },
      ],
    },
  },
  // A module reaches another module's use cases through that module's wiring, not the schema assembly's internals.
  {
    files: ["apps/api/src/modules/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^(\\.\\./)+(server|main|services|scripts|seed)(/|$)", message: "Modules never import the composition root (server, services, scripts, seed)." }] },
      ],
    },
  },
  {
    files: ["apps/api/src/**/*.ts"],
    ignores: ["apps/api/src/config.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through src/config.ts." }],
    },
  },
);
