import "reflect-metadata";
import { ConfigError, loadConfig } from "./config";
import { createDataSource, openDatabase } from "./database/data-source";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./database/embedded-postgres";
import { embeddedTokenSecret } from "./modules/auth/token-secret";
import { isEmpty, loadDemoData } from "./seed/load-demo-data";
import { createServer } from "./server";

/** Starts Bina: config → database (migrations, demo data) → server → graceful shutdown. */
async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  let embedded: EmbeddedPostgres | null = null;
  if (!config.databaseUrl) {
    console.log(`[bina] embedded database in ${config.embeddedDataDir}`);
    embedded = await startEmbeddedPostgres(config.embeddedDataDir);
  }
  const dataSource = createDataSource({ url: config.databaseUrl ?? embedded!.url, poolSize: embedded?.poolSize ?? 10, logSql: config.logSql });
  await openDatabase(dataSource);

  const wantDemo = config.demoData === "always" || (config.demoData === "auto" && embedded !== null);
  if (wantDemo && (await isEmpty(dataSource))) {
    const summary = await loadDemoData(dataSource);
    console.log(`[bina] demo data loaded: ${summary.units} units, ${summary.employees} employees, users admin/operator/analyst (password bina-demo)`);
  }

  const tokenSecret = config.tokenSecret ?? embeddedTokenSecret(config.embeddedDataDir);
  const server = await createServer({ config, dataSource, tokenSecret });
  const port = await server.listen();
  console.log(`[bina] ready in ${Date.now() - started} ms: http://localhost:${port}/ (app), /graphql (API)`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[bina] ${signal}: finishing in-flight requests`);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await server.stop();
    await dataSource.destroy();
    await embedded?.stop();
    console.log("[bina] stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((e: unknown) => {
  console.error(e instanceof ConfigError ? `[bina] configuration error: ${e.message}` : e);
  process.exit(1);
});
