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
  {
    files: ["apps/api/src/**/*.ts"],
    ignores: ["apps/api/src/config.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through src/config.ts." }],
    },
  },
);
