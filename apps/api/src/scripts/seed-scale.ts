import "reflect-metadata";
import { ConfigError, readDatabaseUrl } from "../config";
import { createDataSource, openDatabase } from "../database/data-source";
import { isEmptyForScale, loadScaleData } from "../seed/scale/load-scale-data";

const USAGE = "usage: DATABASE_URL=postgres://... pnpm seed:scale --employees 100000";

/** The `--employees N` argument (underscores allowed: 1_000_000). */
function employeesArg(argv: readonly string[]): number {
  const i = argv.indexOf("--employees");
  const raw = i >= 0 ? argv[i + 1] : undefined;
  const n = raw === undefined ? NaN : Number(raw.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < 1) throw new ConfigError(`--employees needs a positive whole number (${USAGE})`);
  return n;
}

/**
 * `pnpm seed:scale --employees N`: migrates an EMPTY PostgreSQL database and fills it with deterministic scale data
 * (the cities of Central Java, N employees, assessments and SKP in the demo's proportions, the demo users).
 */
async function main(): Promise<void> {
  const employees = employeesArg(process.argv.slice(2));
  // Only the database is needed (no token secret): the server's configuration is not loaded.
  const url = readDatabaseUrl();
  if (!url) throw new ConfigError(`DATABASE_URL must name the PostgreSQL database to fill (${USAGE})`);
  const ds = createDataSource({ url, poolSize: 2 });
  try {
    await openDatabase(ds);
    if (!(await isEmptyForScale(ds))) {
      console.error("[seed:scale] the database already holds units, employees or users: nothing loaded (use a new, empty database)");
      process.exitCode = 1;
      return;
    }
    const started = Date.now();
    const s = await loadScaleData({ ds, employees, log: (line) => console.log(`[seed:scale] ${line}`) });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `[seed:scale] loaded ${s.employees} employees in ${s.units} units of ${s.cities} cities, ${s.assessments} assessments, ${s.skp} SKP results and ${s.users} demo users (password bina-demo) in ${seconds} s`,
    );
  } finally {
    await ds.destroy();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof ConfigError ? `[seed:scale] ${e.message}` : e);
  process.exit(1);
});
