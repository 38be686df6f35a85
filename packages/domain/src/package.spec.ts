import * as root from "./index.js";
import * as organization from "./organization/index.js";
import * as shared from "./shared/index.js";

/**
 * Conventions of the package, checked rather than written down: the root entry point is
 * exactly the stage entry points, and the source stays pure (no Node APIs, no clock, no
 * environment, no dependencies), so it runs unchanged in the browser, the API and scripts.
 */

interface Fs {
  readdirSync(path: string, options: { recursive: true }): string[];
  readFileSync(path: string, encoding: "utf8"): string;
}
const fs = jest.requireActual<Fs>("node:fs");
const srcDir = (expect.getState().testPath ?? "").replace(/[\\/][^\\/]+$/, "");
const sources = fs
  .readdirSync(srcDir, { recursive: true })
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".spec.ts") && !file.endsWith(".arbitrary.ts"))
  .map((file) => [file, fs.readFileSync(`${srcDir}/${file}`, "utf8")] as const);

describe("package conventions", () => {
  it("exports from the root exactly what the stage entry points export", () => {
    expect(Object.keys(root).sort()).toEqual([...Object.keys(shared), ...Object.keys(organization)].sort());
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
