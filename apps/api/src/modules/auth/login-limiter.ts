import { createHash } from "node:crypto";
import { RateLimiterPostgres, type RateLimiterRes } from "rate-limiter-flexible";
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

export function createLoginLimiter(ds: DataSource, limits: LoginLimits): LoginLimiter {
  const pool = (ds.driver as unknown as { master: unknown }).master;
  const store = (keyPrefix: string, points: number) =>
    new RateLimiterPostgres({ storeClient: pool, storeType: "pool", tableName: "login_rate_limits", tableCreated: true, keyPrefix, points, duration: limits.windowSeconds });
  const users = store("login-user", limits.perUsername);
  const clients = store("login-client", limits.perClient);
  const exhausted = (res: RateLimiterRes | null, points: number) => (res && res.consumedPoints >= points ? res.msBeforeNext : 0);

  return {
    async assertAllowed(username, clientIp) {
      const [u, c] = await Promise.all([users.get(usernameKey(username)), clients.get(clientIp)]);
      const waitMs = Math.max(exhausted(u, limits.perUsername), exhausted(c, limits.perClient));
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
      await Promise.all([users.penalty(usernameKey(username), 1), clients.penalty(clientIp, 1)]);
    },
    async succeeded(username) {
      await users.delete(usernameKey(username));
    },
  };
}
