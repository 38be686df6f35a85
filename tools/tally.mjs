// Sums the jest tallies in a folder and prints one plain line: "N passed, N failed".
// Before it, the failing tests by name (and any test that passed only on a retry), so a CI log that keeps only its
// tail still says what failed.
// Steps that are not jest (build, lint, typecheck, schema check) count as one failure each when they fail.
import fs from "node:fs";
import path from "node:path";

const [dir, ...stepFailures] = process.argv.slice(2);
let passed = 0;
let failed = 0;
const failures = [];
const retried = [];
for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
  if (!f.endsWith(".json")) continue;
  const t = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
  passed += t.passed;
  failed += t.failed;
  for (const x of t.failures ?? []) failures.push(`[${path.basename(t.cwd)}] ${x}`);
  for (const x of t.retried ?? []) retried.push(`[${path.basename(t.cwd)}] ${x}`);
}
if (retried.length) console.log(`passed on a retry (${retried.length}):\n${retried.join("\n")}\n`);
if (failures.length) console.log(`failing tests (${failures.length}):\n${failures.join("\n\n")}\n`);
// A failed step whose failure jest did not already count (a build or lint error) still counts once.
const failedSteps = stepFailures.filter((s) => s !== "0").length;
if (failed === 0) failed += failedSteps;
console.log(`${passed} passed, ${failed} failed`);
