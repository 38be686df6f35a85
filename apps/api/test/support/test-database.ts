import { randomBytes } from "node:crypto";
import { Client } from "pg";

/**
 * A database of its own for one test file. On PostgreSQL: a new database, dropped afterwards, so files run in
 * parallel. On the embedded PGlite (one database, files run one at a time): the public schema, emptied first.
 */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("DATABASE_URL is not set (the jest global setup sets it)");
  const admin = new Client({ connectionString: base });
  await admin.connect();
  try {
    if (process.env.BINA_TEST_EMBEDDED) {
      await admin.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
      return { url: base, drop: async () => undefined };
    }
    const name = `bina_test_${randomBytes(6).toString("hex")}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      async drop() {
        const c = new Client({ connectionString: base });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      },
    };
  } finally {
    await admin.end();
  }
}
