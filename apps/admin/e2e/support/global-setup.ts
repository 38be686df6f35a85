import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";

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
    if (child.exitCode !== null) throw new Error(`The API exited with ${child.exitCode}:\n${log()}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The API did not become ready:\n${log()}`);
}

/**
 * Starts the built API (apps/api/dist) serving the built admin app on a free port, on a fresh database with the
 * demo data: a new database on DATABASE_URL's server, or a new embedded PGlite folder when it is unset.
 */
export default async function globalSetup(): Promise<void> {
  const root = path.resolve(__dirname, "..", "..", "..", "..");
  const apiMain = path.join(root, "apps", "api", "dist", "main.js");
  const adminDist = path.join(root, "apps", "admin", "dist");
  for (const f of [apiMain, path.join(adminDist, "index.html")]) {
    if (!fs.existsSync(f)) throw new Error(`${f} is missing: build first (pnpm build)`);
  }
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), ADMIN_DIST: adminDist, TOKEN_SECRET: randomBytes(32).toString("hex") };
  let dropDb: (() => Promise<void>) | null = null;
  const base = process.env.DATABASE_URL;
  if (base) {
    const name = `bina_e2e_${randomBytes(5).toString("hex")}`;
    const admin = new Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    env.DEMO_DATA = "always";
    dropDb = async () => {
      const c = new Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    };
  } else {
    delete env.DATABASE_URL;
    env.EMBEDDED_DATA_DIR = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bina-e2e-")), "pglite");
  }
  let output = "";
  const child = spawn(process.execPath, [apiMain], { env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitReady(baseUrl, child, () => output);
  process.env.BINA_E2E_URL = baseUrl;
  process.env.BINA_E2E_DATABASE_URL = env.DATABASE_URL ?? "";
  (globalThis as Record<string, unknown>).__binaE2E = { child, dropDb, output: () => output };
}
