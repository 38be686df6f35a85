import type { DataSource } from "typeorm";
import { loadConfig } from "../config";
import { createServer, type BinaServer } from "../server";

/** The API on a random port over an open data source, for the benchmarks: `post` sends one query and returns its data. */
export async function startBenchServer(ds: DataSource, url: string): Promise<{ server: BinaServer; post: (query: string, token?: string) => Promise<Record<string, unknown>> }> {
  const config = loadConfig({ DATABASE_URL: url, TOKEN_SECRET: "bench-secret-bench-secret-bench-secret", ADMIN_DIST: "" });
  const server = await createServer({ config, dataSource: ds, tokenSecret: config.tokenSecret! });
  const port = await server.listen(0);
  const post = async (query: string, token?: string) => {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  return { server, post };
}
