// Writes each jest run's totals to $BINA_TEST_RESULTS_DIR so .ci/run can print one "N passed, N failed" line,
// with the failing tests (file, title, the first lines of the error) and the tests that passed only on a retry.
const fs = require("node:fs");
const path = require("node:path");

const firstLines = (text, n) =>
  String(text ?? "")
    .replace(/\u001b\[[0-9;]*m/g, "")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .slice(0, n)
    .join("\n");

class TallyReporter {
  onRunComplete(_contexts, results) {
    const dir = process.env.BINA_TEST_RESULTS_DIR;
    if (!dir) return;
    fs.mkdirSync(dir, { recursive: true });
    const failedSuites = results.testResults.filter((r) => r.testExecError || (r.failureMessage && r.numFailingTests === 0));
    const failures = [];
    const retried = [];
    for (const suite of results.testResults) {
      const file = path.relative(process.cwd(), suite.testFilePath);
      for (const t of suite.testResults) {
        if (t.status === "failed") failures.push(`${file} › ${t.fullName}\n${firstLines(t.failureMessages.join("\n"), 12)}`);
        else if (t.status === "passed" && (t.invocations ?? 1) > 1) retried.push(`${file} › ${t.fullName} (${t.invocations} runs)`);
      }
    }
    for (const suite of failedSuites) {
      failures.push(`${path.relative(process.cwd(), suite.testFilePath)} (suite)\n${firstLines(suite.failureMessage ?? suite.testExecError?.message, 12)}`);
    }
    const file = path.join(dir, `${path.basename(process.cwd())}-${process.pid}-${Date.now()}.json`);
    fs.writeFileSync(
      file,
      JSON.stringify({
        cwd: process.cwd(),
        passed: results.numPassedTests,
        failed: results.numFailedTests + failedSuites.length,
        failures,
        retried,
      }),
    );
  }
}
module.exports = TallyReporter;
