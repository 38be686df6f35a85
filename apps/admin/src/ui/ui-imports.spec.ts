import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** `src/ui/` holds generic pieces: it may use the i18n module, never a feature or the app shell. */
describe("src/ui", () => {
  it.each(readdirSync(__dirname).filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".spec.ts")))("%s imports no feature and no app module", (file) => {
    const imports = [...readFileSync(join(__dirname, file), "utf8").matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]);
    expect(imports.filter((i) => /(^|\/)(features|app)\//.test(i ?? ""))).toEqual([]);
  });
});
