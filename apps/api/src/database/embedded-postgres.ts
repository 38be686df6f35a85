import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { EMBEDDED_POOL_SIZE } from "./data-source";

/** An embedded PostgreSQL (PGlite) in a local folder, reachable over the PostgreSQL protocol on 127.0.0.1. */
export interface EmbeddedPostgres {
  readonly url: string;
  /** Connections to pool: {@link EMBEDDED_POOL_SIZE}. */
  readonly poolSize: number;
  stop(): Promise<void>;
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** PGlite's files must have one user at a time: a lock file beside the data folder names the process holding it. */
function lockDataDir(dataDir: string): () => void {
  const lock = `${dataDir}.lock`;
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  if (fs.existsSync(lock)) {
    const pid = Number(fs.readFileSync(lock, "utf8"));
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(`The embedded database ${dataDir} is in use by another Bina process (pid ${pid}); stop it first or set EMBEDDED_DATA_DIR`);
    }
  }
  fs.writeFileSync(lock, String(process.pid));
  return () => fs.rmSync(lock, { force: true });
}

export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const unlock = lockDataDir(dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm"); // the name search index (migration 1764600000000)
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: EMBEDDED_POOL_SIZE });
  await server.start();
  const conn = server.getServerConn(); // "127.0.0.1:PORT"
  return {
    url: `postgres://postgres@${conn}/postgres`,
    poolSize: EMBEDDED_POOL_SIZE,
    async stop() {
      await server.stop();
      await db.close();
      unlock();
    },
  };
}
