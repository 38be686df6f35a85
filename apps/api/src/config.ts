import path from "node:path";

/** Everything the API reads from its environment, validated once at boot. The only reader of process.env. */
export interface Config {
  readonly port: number;
  /** A PostgreSQL URL, or null for the embedded PGlite database. */
  readonly databaseUrl: string | null;
  /** Folder of the embedded database (used when databaseUrl is null). */
  readonly embeddedDataDir: string;
  /** Secret that signs access tokens; null on the embedded database = generated once and kept beside its data. */
  readonly tokenSecret: string | null;
  readonly tokenTtlSeconds: number;
  /** `auto`: load demo data when the embedded database is empty; `always`: load it when the database has no units; `never`. */
  readonly demoData: "auto" | "always" | "never";
  /** Built admin app to serve at `/`, or null to serve only the API. */
  readonly adminDist: string | null;
  readonly logSql: boolean;
  readonly maxPageSize: number;
  /** A filtered employee count (search, rank, position, type, gender) stops here; beyond, `totalCountCapped` says "more". */
  readonly employeeCountCap: number;
  readonly maxQueryDepth: number;
  readonly maxQueryComplexity: number;
  /** Aliases one operation may use. */
  readonly maxQueryAliases: number;
  /** Tokens a query document may have; parsing stops there (a 4 MB query is refused in microseconds). */
  readonly maxQueryTokens: number;
  readonly bodyLimit: string;
  /** Failed logins allowed per username and per client address within `loginWindowSeconds`. */
  readonly loginFailuresPerUsername: number;
  readonly loginFailuresPerClient: number;
  readonly loginWindowSeconds: number;
  /** Express's `trust proxy`: false (use the socket address), true, a hop count, or addresses/subnets ("loopback", "10.0.0.0/8"). */
  readonly trustProxy: boolean | number | string;
  /** Where people reach this server (PUBLIC_BASE_URL, e.g. `https://bina.salatigakota.go.id`): certificate QR codes and check-in links point here. Null: `http://localhost:<port>`. */
  readonly publicBaseUrl: string | null;
}

export class ConfigError extends Error {}

const int = (name: string, raw: string | undefined, fallback: number, min: number, max: number): number => {
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return n;
};

/** TRUST_PROXY: unset, "false" or "0" → false; "true" → true; an integer → hop count; anything else → addresses for Express. */
const trustProxy = (raw: string | undefined): boolean | number | string => {
  const v = raw?.trim() ?? "";
  if (v === "" || v === "false" || v === "0") return false;
  if (v === "true") return true;
  return /^\d+$/.test(v) ? Number(v) : v;
};

/** PUBLIC_BASE_URL: an http(s) URL without a query, kept without its trailing slash; unset or empty → null. */
const publicBaseUrl = (raw: string | undefined): string | null => {
  const v = raw?.trim() ?? "";
  if (v === "") return null;
  if (!/^https?:\/\/[^\s?#]+$/.test(v)) throw new ConfigError(`PUBLIC_BASE_URL must be an http(s) URL without a query, got "${v}"`);
  return v.replace(/\/+$/, "");
};

const repoRoot = path.resolve(__dirname, "..", "..", "..");

/** The PostgreSQL URL to use, or null for the embedded database. */
export function readDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql://, got "${databaseUrl}"`);
  }
  return databaseUrl;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = readDatabaseUrl(env);
  const demoData = (env.DEMO_DATA ?? "auto") as Config["demoData"];
  if (!["auto", "always", "never"].includes(demoData)) {
    throw new ConfigError(`DEMO_DATA must be auto, always or never, got "${env.DEMO_DATA}"`);
  }
  const tokenSecret = env.TOKEN_SECRET || null;
  if (tokenSecret === null ? databaseUrl !== null : tokenSecret.length < 32) {
    throw new ConfigError("TOKEN_SECRET must be set to at least 32 characters when DATABASE_URL is set");
  }
  const adminDist = env.ADMIN_DIST === "" ? null : path.resolve(env.ADMIN_DIST ?? path.join(repoRoot, "apps", "admin", "dist"));
  return {
    port: int("PORT", env.PORT, 4000, 0, 65535),
    databaseUrl,
    embeddedDataDir: path.resolve(env.EMBEDDED_DATA_DIR ?? path.join(repoRoot, "apps", "api", ".data", "pglite")),
    tokenSecret,
    tokenTtlSeconds: int("TOKEN_TTL_SECONDS", env.TOKEN_TTL_SECONDS, 8 * 3600, 60, 7 * 24 * 3600),
    demoData,
    adminDist,
    logSql: env.LOG_SQL === "1" || env.LOG_SQL === "true",
    maxPageSize: 100,
    employeeCountCap: int("EMPLOYEE_COUNT_CAP", env.EMPLOYEE_COUNT_CAP, 10_000, 10, 10_000_000),
    maxQueryDepth: int("MAX_QUERY_DEPTH", env.MAX_QUERY_DEPTH, 10, 2, 50),
    maxQueryComplexity: int("MAX_QUERY_COMPLEXITY", env.MAX_QUERY_COMPLEXITY, 5000, 10, 1_000_000),
    maxQueryAliases: int("MAX_QUERY_ALIASES", env.MAX_QUERY_ALIASES, 30, 0, 10_000),
    maxQueryTokens: int("MAX_QUERY_TOKENS", env.MAX_QUERY_TOKENS, 5000, 100, 1_000_000),
    bodyLimit: env.BODY_LIMIT ?? "12mb",
    loginFailuresPerUsername: int("LOGIN_FAILURES_PER_USERNAME", env.LOGIN_FAILURES_PER_USERNAME, 10, 1, 10_000),
    loginFailuresPerClient: int("LOGIN_FAILURES_PER_CLIENT", env.LOGIN_FAILURES_PER_CLIENT, 100, 1, 1_000_000),
    loginWindowSeconds: int("LOGIN_WINDOW_SECONDS", env.LOGIN_WINDOW_SECONDS, 900, 1, 86_400),
    trustProxy: trustProxy(env.TRUST_PROXY),
    publicBaseUrl: publicBaseUrl(env.PUBLIC_BASE_URL),
  };
}

/** The environment a child process inherits (the bench's servers), with `extra` on top: read here, like every variable. */
export const childEnvironment = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({ ...process.env, ...extra });
