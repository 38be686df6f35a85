import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/** Without DATABASE_URL, the suite runs on an in-memory PGlite served over the PostgreSQL protocol. */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) return;
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm"); // the name search index, as the embedded server loads it
  const db = await PGlite.create({ extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 8 });
  await server.start();
  process.env.DATABASE_URL = `postgres://postgres@${server.getServerConn()}/postgres`;
  process.env.BINA_TEST_EMBEDDED = "1";
  (globalThis as Record<string, unknown>).__binaEmbedded = { db, server };
}
