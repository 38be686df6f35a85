import "reflect-metadata";
import type { DataSource } from "typeorm";
import { loadConfig } from "../../src/config";
import { createDataSource, EMBEDDED_POOL_SIZE, openDatabase, SqlCounter } from "../../src/database/data-source";
import { loadDemoData } from "../../src/seed/load-demo-data";
import { createServer, type BinaServer } from "../../src/server";
import { createTestDatabase } from "./test-database";

export interface GqlResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> & { code?: string; field?: string } }[];
}

export interface TestApp {
  readonly ds: DataSource;
  readonly counter: SqlCounter;
  readonly baseUrl: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  login(username: "admin" | "operator" | "analyst" | string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * A real server on a fresh database with the demo data (a smaller staff by default), listening on a random port.
 * The 2026 delivery demo (batches, attendance, learning records, the JP ledger) only with `delivery: true`: it is
 * tuned for the full staff, and most tests build their own batches. Its evaluation and budget demos come with it
 * (`budget: false` leaves the budget out, for tests that build their own lines).
 */
export async function startTestApp(opts: { employees?: number; delivery?: boolean; budget?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const counter = new SqlCounter();
  // On the embedded database, the pool the API uses there (one connection).
  const ds = createDataSource({ url: db.url, counter, poolSize: process.env.BINA_TEST_EMBEDDED ? EMBEDDED_POOL_SIZE : 4 });
  await openDatabase(ds);
  await loadDemoData(ds, { employees: opts.employees ?? 300, delivery: opts.delivery ?? false, budget: opts.budget ?? true });
  const config = loadConfig({ DATABASE_URL: db.url, TOKEN_SECRET: "test-secret-test-secret-test-secret", ADMIN_DIST: "", ...opts.env });
  const server: BinaServer = await createServer({ config, dataSource: ds, tokenSecret: config.tokenSecret! });
  const port = await server.listen(0);
  const baseUrl = `http://127.0.0.1:${port}`;

  const gql: TestApp["gql"] = async (query, variables = {}, token) => {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResponse<never>;
  };

  return {
    ds,
    counter,
    baseUrl,
    gql,
    async login(username, password = "bina-demo") {
      const r = await gql<{ login: { token: string } }>(
        `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
        { u: username, p: password },
      );
      if (!r.data?.login) throw new Error(`login as ${username} failed: ${JSON.stringify(r.errors)}`);
      return r.data.login.token;
    },
    async close() {
      await server.stop();
      await ds.destroy();
      await db.drop();
    },
  };
}
