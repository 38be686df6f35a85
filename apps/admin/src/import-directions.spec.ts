import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

/**
 * The directions between the layers of the app (ESLint's no-restricted-imports says the same for the
 * editor; this test resolves every relative import, so a roundabout path cannot slip through):
 * - `app/` composes (router, providers, layout): only `main.tsx` imports it;
 * - `ui/` is generic: no feature, no app shell, no session;
 * - `session/` and `i18n/` know no feature and no app shell;
 * - a feature imports another feature only through that feature's `index.ts`.
 */
const SRC = __dirname;

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "gql" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });

/** The path under src/ of each relative import of a file, without extension. */
const importsOf = (file: string): string[] =>
  [...readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]+)"/g)].map((m) =>
    relative(SRC, resolve(dirname(file), m[1] ?? "")).split(sep).join("/"),
  );

const files = sourceFiles(SRC).map((f) => relative(SRC, f).split(sep).join("/"));

/** What `from` (a path under src/) may not import, or null when `to` is allowed. */
const violation = (from: string, to: string): string | null => {
  const [layer, feature] = from.split("/");
  const [toLayer, toFeature, ...rest] = to.split("/");
  if (toLayer === "app" && layer !== "app" && from !== "main.tsx") return "only main.tsx imports the app shell";
  if ((layer === "ui" || layer === "session" || layer === "i18n") && toLayer === "features") return `${layer}/ imports no feature`;
  if (layer === "ui" && toLayer === "session") return "ui/ is generic: no session";
  if (layer === "features" && toLayer === "features" && toFeature !== feature && !(rest.length === 0 || (rest.length === 1 && rest[0] === "index"))) {
    return `another feature only through features/${toFeature}/index.ts`;
  }
  return null;
};

describe("import directions", () => {
  it("finds the source files", () => {
    expect(files).toContain("ui/cursor-pager.tsx");
    expect(files).toContain("app/router.tsx");
  });

  it.each(files)("%s keeps the directions", (file) => {
    const bad = importsOf(join(SRC, file))
      .map((to) => ({ to, why: violation(file, to) }))
      .filter((v) => v.why !== null);
    expect(bad).toEqual([]);
  });

  it.each([
    ["ui/x.tsx", "features/needs/index", false],
    ["ui/x.tsx", "session/auth-context", false],
    ["ui/x.tsx", "i18n/i18n-context", true],
    ["features/needs/pages/x.tsx", "app/auth-context", false],
    ["features/needs/pages/x.tsx", "session/auth-context", true],
    ["features/needs/pages/x.tsx", "features/organization/components/unit-tree-select", false],
    ["features/needs/pages/x.tsx", "features/organization/index", true],
    ["features/needs/pages/x.tsx", "features/organization", true],
    ["features/needs/pages/x.tsx", "features/needs/components/year-select", true],
    ["session/auth-context.tsx", "app/providers", false],
    ["main.tsx", "app/router", true],
  ])("the rule itself: %s -> %s allowed: %s", (from, to, allowed) => {
    expect(violation(from, to) === null).toBe(allowed);
  });
});
