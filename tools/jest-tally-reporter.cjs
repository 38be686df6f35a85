// Writes each jest run's totals to $BINA_TEST_RESULTS_DIR so .ci/run can print one "N passed, N failed" line.
const fs = require("node:fs");
const path = require("node:path");

class TallyReporter {
  onRunComplete(_contexts, results) {
    const dir = process.env.BINA_TEST_RESULTS_DIR;
    if (!dir) return;
    fs.mkdirSync(dir, { recursive: true });
    const failedSuites = results.testResults.filter((r) => r.testExecError || (r.failureMessage && r.numFailingTests === 0)).length;
    const file = path.join(dir, `${path.basename(process.cwd())}-${process.pid}-${Date.now()}.json`);
    fs.writeFileSync(
      file,
      JSON.stringify({ cwd: process.cwd(), passed: results.numPassedTests, failed: results.numFailedTests + failedSuites }),
    );
  }
}
module.exports = TallyReporter;
