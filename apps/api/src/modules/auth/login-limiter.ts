import { createHash } from "node:crypto";
import type { DataSource } from "typeorm";
import { AppError } from "../../kit/errors";

export interface LoginLimits {
  /** Failed logins per username within the window before that username is refused. */
  readonly perUsername: number;
  /** Failed logins per client address within the window before that client is refused. */
  readonly perClient: number;
  readonly windowSeconds: number;
}

/**
 * Counts failed logins per username and per client address in PostgreSQL (table `login_rate_limits`), so the
 * limits hold across API processes and restarts. Refused attempts cost nothing more (no password hashing) and do
 * not count, so a locked username does not lock its client out of other accounts.
 */
export interface LoginLimiter {
  /** Throws TOO_MANY_REQUESTS (domainCode LOGIN_RATE_LIMITED, retryAfterSeconds) while either limit is reached. */
  assertAllowed(username: string, clientIp: string): Promise<void>;
  failed(username: string, clientIp: string): Promise<void>;
  succeeded(username: string): Promise<void>;
}

/** Usernames are hashed: the key column is bounded and a megabyte "username" must still make a valid key. */
const usernameKey = (username: string): string => createHash("sha256").update(username.trim().toLowerCase()).digest("base64url");

interface CounterRow {
  readonly points: number;
  readonly expire: string;
}

/**
 * Fixed-window counters in one table, one statement each (no named prepared statements, so the embedded
 * database's single session is fine): `key` is `user:<hash>` or `client:<address>`, `expire` epoch milliseconds.
 */
export function createLoginLimiter(ds: DataSource, limits: LoginLimits): LoginLimiter {
  const windowMs = limits.windowSeconds * 1000;
  const waitFor = async (key: string, points: number, now: number): Promise<number> => {
    const [row] = (await ds.query(`SELECT points, expire FROM login_rate_limits WHERE key = $1`, [key])) as CounterRow[];
    return row && Number(row.expire) > now && row.points >= points ? Number(row.expire) - now : 0;
  };
  const count = (key: string, now: number) =>
    ds.query(
      `INSERT INTO login_rate_limits (key, points, expire) VALUES ($1, 1, $2)
       ON CONFLICT (key) DO UPDATE SET
         points = CASE WHEN login_rate_limits.expire > $3 THEN login_rate_limits.points + 1 ELSE 1 END,
         expire = CASE WHEN login_rate_limits.expire > $3 THEN login_rate_limits.expire ELSE EXCLUDED.expire END`,
      [key, now + windowMs, now],
    );
  const userKey = (username: string) => `user:${usernameKey(username)}`;
  const clientKey = (clientIp: string) => `client:${clientIp.slice(0, 200)}`;

  return {
    async assertAllowed(username, clientIp) {
      const now = Date.now();
      const waitMs = Math.max(await waitFor(userKey(username), limits.perUsername, now), await waitFor(clientKey(clientIp), limits.perClient, now));
      if (waitMs <= 0) return;
      const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
      throw new AppError("TOO_MANY_REQUESTS", `Too many failed logins; try again in ${retryAfterSeconds} seconds`, {
        domainCode: "LOGIN_RATE_LIMITED",
        retryAfterSeconds,
        // Apollo turns this into the response's Retry-After header and drops it from the error.
        http: { headers: new Map([["retry-after", String(retryAfterSeconds)]]) },
      });
    },
    async failed(username, clientIp) {
      const now = Date.now();
      await count(userKey(username), now);
      await count(clientKey(clientIp), now);
    },
    async succeeded(username) {
      await ds.query(`DELETE FROM login_rate_limits WHERE key = $1`, [userKey(username)]);
    },
  };
}
