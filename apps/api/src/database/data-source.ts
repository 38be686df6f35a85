import { DataSource, type Logger } from "typeorm";
import { entities } from "./entities";
import { installNeedsStore } from "../modules/needs/needs-store.sql";
import { installJpLedger } from "../modules/compliance/ledger-store.sql";
import { migrations } from "./migrations";

/**
 * Counts SQL statements, so tests and benchmarks can check that a request's statement count does not grow with its rows.
 * It keeps no statement text unless asked, and then only the last `keep` (a ring), so nothing grows with the process's life.
 */
export class SqlCounter {
  count = 0;
  private readonly ring: string[] = [];
  private next = 0;

  constructor(private readonly keep = 0) {}

  /** Records one statement. */
  add(query: string): void {
    this.count += 1;
    if (this.keep <= 0) return;
    this.ring[this.next] = query;
    this.next = (this.next + 1) % this.keep;
  }

  /** The last statements recorded (at most `keep`), oldest first. */
  recent(): string[] {
    return [...this.ring.slice(this.next), ...this.ring.slice(0, this.next)];
  }

  reset(): void {
    this.count = 0;
    this.ring.length = 0;
    this.next = 0;
  }
}

const counterLogger = (counter: SqlCounter, echo: boolean): Logger => ({
  logQuery(query) {
    if (/^(START TRANSACTION|COMMIT|ROLLBACK|BEGIN)/i.test(query)) return;
    counter.add(query);
    if (echo) console.log(`[sql] ${query}`);
  },
  logQueryError(error, query) {
    console.error(`[sql] failed: ${String(error)} in ${query}`);
  },
  logQuerySlow() {},
  logSchemaBuild() {},
  logMigration() {},
  log() {},
});

/**
 * PGlite is one session, so the API talks to the embedded database through a pool of ONE connection. With several,
 * its socket server interleaves their extended-protocol messages outside transactions and one query ran with another's
 * parameters (test/embedded-concurrency.spec.ts): wrong rows, "unnamed prepared statement does not exist", resets.
 */
export const EMBEDDED_POOL_SIZE = 1;

export interface DataSourceOptions {
  readonly url: string;
  /** Pool size; keep small for the embedded database, which runs one query at a time. */
  readonly poolSize?: number;
  readonly logSql?: boolean;
  readonly counter?: SqlCounter;
}

export function createDataSource(options: DataSourceOptions): DataSource {
  const counter = options.counter ?? new SqlCounter();
  return new DataSource({
    type: "postgres",
    url: options.url,
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    logging: ["query", "error"],
    logger: counterLogger(counter, options.logSql ?? false),
    // JIT compilation pays off for long analytical scans, not for requests: a statement whose estimate crosses
    // jit_above_cost (a heatmap's planned but skipped branch) spent 0.75 s compiling to run in 0.2 s.
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: 10_000, options: "-c jit=off" },
  });
}

/** Opens the connection and brings the schema up to date, with the needs store's functions (and its rebuild when they changed). */
export async function openDatabase(dataSource: DataSource): Promise<DataSource> {
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  await installNeedsStore(dataSource);
  await installJpLedger(dataSource);
  return dataSource;
}
