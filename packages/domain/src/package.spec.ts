import * as root from "./index.js";
import * as competency from "./competency/index.js";
import * as needs from "./needs/index.js";
import * as organization from "./organization/index.js";
import * as planning from "./planning/index.js";
import * as budget from "./budget/index.js";
import * as delivery from "./delivery/index.js";
import * as compliance from "./compliance/index.js";
import * as evaluation from "./evaluation/index.js";
import * as survey from "./survey/index.js";
import * as shared from "./shared/index.js";

/**
 * Conventions of the package, checked rather than written down: the root entry point is
 * exactly the stage entry points, every stage has its own subpath export, and the source stays
 * pure (no Node APIs, no clock, no environment, no dependencies), so it runs unchanged in the
 * browser, the API and scripts.
 */

interface Fs {
  readdirSync(path: string, options: { recursive: true }): string[];
  readFileSync(path: string, encoding: "utf8"): string;
}
const fs = jest.requireActual<Fs>("node:fs");
const srcDir = (expect.getState().testPath ?? "").replace(/[\\/][^\\/]+$/, "");
const sources = fs
  .readdirSync(srcDir, { recursive: true })
  .map((file) => file.replace(/\\/g, "/"))
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".spec.ts") && !file.endsWith(".arbitrary.ts"))
  .map((file) => [file, fs.readFileSync(`${srcDir}/${file}`, "utf8")] as const);

const stageEntryPoints = { shared, organization, competency, needs, planning, budget, delivery, compliance, evaluation, survey };
const stages = Object.keys(stageEntryPoints);

interface PackageJson {
  readonly exports: Record<string, unknown>;
  readonly typesVersions: { readonly "*": Record<string, readonly string[]> };
}
const packageJson = JSON.parse(fs.readFileSync(`${srcDir}/../package.json`, "utf8")) as PackageJson;

describe("package conventions", () => {
  it("exports from the root exactly what the stage entry points export, with no name exported twice", () => {
    const names = Object.values(stageEntryPoints).flatMap((entry) => Object.keys(entry));
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(root).sort()).toEqual(names.sort());
  });

  it("has an entry point for every stage folder, and a folder for every entry point", () => {
    const folders = new Set(sources.map(([file]) => file.split("/")).filter((parts) => parts.length > 1).map(([folder]) => folder));
    expect([...folders].sort()).toEqual([...stages].sort());
    for (const stage of stages) expect(sources.map(([file]) => file)).toContain(`${stage}/index.ts`);
  });

  it.each(stages)("exports ./%s for import and require, each with its types", (stage) => {
    expect(packageJson.exports[`./${stage}`]).toEqual({
      import: { types: `./dist/esm/${stage}/index.d.ts`, default: `./dist/esm/${stage}/index.js` },
      require: { types: `./dist/cjs/${stage}/index.d.ts`, default: `./dist/cjs/${stage}/index.js` },
    });
    expect(packageJson.typesVersions["*"][stage]).toEqual([`./dist/cjs/${stage}/index.d.ts`]);
  });

  it("finds the sources", () => {
    expect(sources.map(([file]) => file)).toEqual(expect.arrayContaining(["index.ts", "organization/nip.ts"]));
  });

  it.each<readonly [string, RegExp, readonly string[]]>([
    ["imports only relative modules with a .js suffix", /from\s+"(?!\.\.?\/[^"]*\.js")[^"]*"/, []],
    ["does not read the clock", /Date\.now|new Date\(|performance\.now/, []],
    ["does not read the environment", /\bprocess\.|\bwindow\.|\bdocument\./, []],
    ["does not use require or dynamic import", /\brequire\(|\bimport\(/, []],
    ["uses `export *` only in the root entry point", /export \* from/, ["index.ts"]],
  ])("%s", (_, forbidden, allowedIn) => {
    const offenders = sources.filter(([file, text]) => forbidden.test(text) && !allowedIn.includes(file));
    expect(offenders.map(([file]) => file)).toEqual([]);
  });
});
