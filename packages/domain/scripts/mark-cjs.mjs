// Tell Node the module format of each build: dist/cjs is CommonJS and dist/esm is ESM,
// whatever the "type" of the package itself.
import { writeFileSync } from "node:fs";

const mark = (dir, type) =>
  writeFileSync(new URL(`../dist/${dir}/package.json`, import.meta.url), `${JSON.stringify({ type })}\n`);

mark("cjs", "commonjs");
mark("esm", "module");
