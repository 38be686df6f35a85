import "reflect-metadata";
import { ConfigError, loadConfig } from "../config";
import { createDataSource, openDatabase } from "../database/data-source";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../database/embedded-postgres";
import { isEmpty, loadDemoData } from "../seed/load-demo-data";

/** `pnpm seed`: loads the Salatiga demo data (deterministic) into the configured database, if it holds no units yet. */
async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedPostgres | null = null;
  if (!config.databaseUrl) embedded = await startEmbeddedPostgres(config.embeddedDataDir);
  const ds = createDataSource({ url: config.databaseUrl ?? embedded!.url, poolSize: 4 });
  try {
    await openDatabase(ds);
    if (!(await isEmpty(ds))) {
      console.log("[seed] the database already holds units: nothing loaded (demo data goes only into an empty database)");
      return;
    }
    const s = await loadDemoData(ds);
    console.log(`[seed] loaded ${s.units} units, ${s.employees} employees and ${s.users} demo users (password bina-demo)`);
  } finally {
    await ds.destroy();
    await embedded?.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof ConfigError ? `[seed] configuration error: ${e.message}` : e);
  process.exit(1);
});
