import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";

/** What the teardown needs; kept on globalThis (jest runs setup and teardown in the same context). */
export interface E2EState {
  readonly child: ChildProcess;
  readonly cleanup: () => Promise<void>;
  readonly output: () => string;
}

const MAX_LOG = 64_000;

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });

async function waitReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The API exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${log()}`);
    }
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The API did not become ready within 180 s:\n${log()}`);
}

/** Stops the API: SIGTERM (graceful, closes PGlite cleanly), SIGKILL after 10 s. */
export async function stopApi(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  // The timer is cleared (not merely outraced): a pending one would keep jest alive for its full 10 s.
  await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 10_000)))]);
  clearTimeout(timer);
  if (child.exitCode === null && child.signalCode === null) {
    child.kill("SIGKILL");
    await exited;
  }
}

/**
 * Starts the built API (apps/api/dist) serving the built admin app on a free port, on a fresh database with the
 * demo data: a new database on DATABASE_URL's server (dropped afterwards), or a new embedded PGlite folder (removed
 * afterwards) when it is unset.
 */
export default async function globalSetup(): Promise<void> {
  const root = path.resolve(__dirname, "..", "..", "..", "..");
  const apiMain = path.join(root, "apps", "api", "dist", "main.js");
  const adminDist = path.join(root, "apps", "admin", "dist");
  for (const f of [apiMain, path.join(adminDist, "index.html")]) {
    if (!fs.existsSync(f)) throw new Error(`${f} is missing: build first (pnpm build)`);
  }
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    ADMIN_DIST: adminDist,
    TOKEN_SECRET: randomBytes(32).toString("hex"),
    // Whatever the caller's shell says: the tests need the demo data, loaded into the empty database.
    DEMO_DATA: "always",
    LOG_SQL: "",
  };
  const cleanups: (() => Promise<void>)[] = [];
  const cleanup = async () => {
    for (const c of cleanups.splice(0).reverse()) await c().catch((e: unknown) => console.error("[e2e] cleanup failed:", e));
  };

  const base = process.env.DATABASE_URL?.trim();
  if (base) {
    const name = `bina_e2e_${randomBytes(5).toString("hex")}`;
    const admin = new Client({ connectionString: base });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
    } finally {
      await admin.end();
    }
    cleanups.push(async () => {
      const c = new Client({ connectionString: base });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    });
    const url = new URL(base);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
  } else {
    delete env.DATABASE_URL;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bina-e2e-"));
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    env.EMBEDDED_DATA_DIR = path.join(dir, "pglite");
  }

  let output = "";
  const log = (d: Buffer) => {
    output += d.toString();
    if (output.length > MAX_LOG) output = output.slice(-MAX_LOG);
  };
  const child = spawn(process.execPath, [apiMain], { env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.on("data", log);
  child.stderr?.on("data", log);
  // Should jest die without running the teardown, the API must not outlive it.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  cleanups.push(async () => {
    await stopApi(child);
    process.removeListener("exit", killOnExit);
  });

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitReady(baseUrl, child, () => output);
  } catch (e) {
    await cleanup();
    throw e;
  }
  process.env.BINA_E2E_URL = baseUrl;
  process.env.BINA_E2E_DATABASE_URL = env.DATABASE_URL ?? "";
  const state: E2EState = { child, cleanup, output: () => output };
  (globalThis as Record<string, unknown>).__binaE2E = state;
}
