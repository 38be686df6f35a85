import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { findRank } from "@bina/domain";
import { childEnvironment, readDatabaseUrl } from "../config";
import { createDataSource, openDatabase } from "../database/data-source";
import { loadDemoData } from "../seed/load-demo-data";

/**
 * The API under load beside PostGraphile 4 and a hand-written SQL floor (issue 7, goal 1), on the demo data in a
 * fresh database of DATABASE_URL's PostgreSQL server. Three child processes (the built API, PostGraphile from the
 * dev dependencies, bench-floor.js), loaded in turn by autocannon from this process: `ROUNDS` alternating rounds of
 * `SECONDS` s with `CONNECTIONS` connections per case, rotating which server goes first. Before timing, each
 * server's answer is checked equal in content (NIP, name, rank code, unit name of the 50 rows, and the total).
 * Server CPU per request is read from /proc (user + system time of the server process over its rounds).
 * Env: DATABASE_URL (required). Arguments: --rounds 5 --seconds 5 --connections 10 --only <part of a case name,...>.
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require("autocannon") as (opts: Record<string, unknown>) => Promise<AutocannonResult>;

interface AutocannonResult {
  requests: { total: number };
  latency: { p50: number; p99: number };
  duration: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

interface Target {
  readonly name: string;
  readonly url: string;
  readonly pid: () => number;
}

interface Case {
  readonly name: string;
  /** Body (and URL suffix) per target; a target without one is not run for this case. */
  readonly request: Partial<Record<"api" | "postgraphile" | "floor", { body: string; suffix?: string }>>;
  /** Normalises a target's answer for the equality check (null: only check it is an error-free 200). */
  readonly normalise: ((target: string, body: unknown) => unknown) | null;
}

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const ROUNDS = Number(arg("rounds") ?? 5);
const SECONDS = Number(arg("seconds") ?? 5);
const CONNECTIONS = Number(arg("connections") ?? 10);
const API_PORT = 4310;
const PG_PORT = 4311;
const FLOOR_PORT = 4312;

const gql = (query: string) => JSON.stringify({ query });
const API_PAGE = (total: boolean) => gql(`{ employees(first: 50) { ${total ? "totalCount " : ""}edges { node { nip name rank { code name } unit { name } } } } }`);
const PG_PAGE = (total: boolean) =>
  gql(`{ allEmployees(first: 50, condition: { active: true }, orderBy: [NAME_ASC, PRIMARY_KEY_ASC]) { ${total ? "totalCount " : ""}nodes { nip name rankCode unitByUnitId { name } } } }`);

interface Norm {
  total: number | null;
  rows: string[];
}
type Json = Record<string, unknown>;
const normalise = (target: string, body: unknown): Norm => {
  const data = (body as { data: Json }).data;
  if (target === "postgraphile") {
    const c = data.allEmployees as { totalCount?: number; nodes: { nip: string; name: string; rankCode: string; unitByUnitId: { name: string } }[] };
    return {
      total: c.totalCount ?? null,
      rows: c.nodes.map((n) => [n.nip, n.name, n.rankCode, findRank(n.rankCode)?.name, n.unitByUnitId.name].join("|")),
    };
  }
  const c = data.employees as { totalCount?: number; edges: { node: { nip: string; name: string; rank: { code: string; name: string }; unit: { name: string } } }[] };
  return { total: c.totalCount ?? null, rows: c.edges.map(({ node: n }) => [n.nip, n.name, n.rank.code, n.rank.name, n.unit.name].join("|")) };
};

const CASES: readonly Case[] = [
  {
    name: "employees page of 50 with totalCount",
    request: { api: { body: API_PAGE(true) }, postgraphile: { body: PG_PAGE(true) }, floor: { body: "{}", suffix: "?totalCount=1" } },
    normalise,
  },
  {
    name: "employees page of 50, no totalCount",
    request: { api: { body: API_PAGE(false) }, postgraphile: { body: PG_PAGE(false) }, floor: { body: "{}" } },
    normalise,
  },
  {
    name: "{ __typename }",
    request: { api: { body: gql("{ __typename }") }, postgraphile: { body: gql("{ __typename }") }, floor: { body: "{}", suffix: "?typename=1" } },
    normalise: (_t, body) => body,
  },
];

/** User + system CPU time of a process so far, in ms (Linux /proc; 0 elsewhere). */
function cpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return 0;
  }
}

async function waitFor(url: string, child: ChildProcess, name: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    try {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: gql("{ __typename }") });
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not start`);
}

function start(name: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, args, { env: childEnvironment(env), stdio: ["ignore", "pipe", "pipe"] });
  let tail = "";
  const keep = (b: Buffer) => {
    tail = (tail + b.toString()).slice(-4000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  child.on("exit", (code) => {
    if (code && code !== 0 && code !== 143) console.error(`[${name}] exited ${code}:\n${tail}`);
  });
  return child;
}

async function post(url: string, body: string, headers: Record<string, string>): Promise<unknown> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  const json = (await res.json()) as { errors?: unknown };
  if (res.status !== 200 || json.errors) throw new Error(`${url}: ${res.status} ${JSON.stringify(json).slice(0, 500)}`);
  return json;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};

async function main(): Promise<void> {
  const serverUrl = readDatabaseUrl();
  if (!serverUrl) {
    console.log("bench-load: set DATABASE_URL to a PostgreSQL server (PostGraphile needs one); skipped.");
    return;
  }
  const dbName = `bina_bench_load_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
  const u = new URL(serverUrl);
  u.pathname = `/${dbName}`;
  const url = u.toString();
  const children: ChildProcess[] = [];
  try {
    const ds = createDataSource({ url, poolSize: 4 });
    await openDatabase(ds);
    const summary = await loadDemoData(ds);
    await ds.query("VACUUM ANALYZE");
    await ds.destroy();
    console.log(`bench-load: demo data (${summary.employees} employees) in ${dbName}; ${ROUNDS} rounds × ${SECONDS} s, ${CONNECTIONS} connections`);

    const dist = path.resolve(__dirname, "..");
    const api = start("api", [path.join(dist, "main.js")], {
      DATABASE_URL: url,
      DEMO_DATA: "never",
      TOKEN_SECRET: randomBytes(36).toString("base64"),
      PORT: String(API_PORT),
      ADMIN_DIST: "",
      NODE_ENV: "production",
    });
    const pgl = start(
      "postgraphile",
      [require.resolve("postgraphile/cli.js"), "-c", url, "--port", String(PG_PORT), "--disable-graphiql", "--no-setof-functions-contain-nulls", "--disable-query-log"],
      { NODE_ENV: "production" },
    );
    const floor = start("floor", [path.join(__dirname, "bench-floor.js"), url, String(FLOOR_PORT)], {});
    children.push(api, pgl, floor);
    const targets: Record<string, Target> = {
      api: { name: "api", url: `http://127.0.0.1:${API_PORT}/graphql`, pid: () => api.pid! },
      postgraphile: { name: "postgraphile", url: `http://127.0.0.1:${PG_PORT}/graphql`, pid: () => pgl.pid! },
      floor: { name: "floor", url: `http://127.0.0.1:${FLOOR_PORT}/graphql`, pid: () => floor.pid! },
    };
    await Promise.all(Object.values(targets).map((t, i) => waitFor(t.url, children[i]!, t.name)));

    const login = (await post(targets.api!.url, gql(`mutation { login(username: "admin", password: "bina-demo") { token } }`), {})) as { data: { login: { token: string } } };
    const headers: Record<string, Record<string, string>> = { api: { authorization: `Bearer ${login.data.login.token}` }, postgraphile: {}, floor: {} };

    const only = arg("only")?.split(",");
    const rows: string[] = [];
    for (const c of CASES) {
      if (only && !only.some((o) => c.name.includes(o))) continue;
      const names = Object.keys(c.request) as (keyof Case["request"])[];
      // Same content from every server before anything is timed.
      let reference: string | null = null;
      for (const n of names) {
        const r = c.request[n]!;
        const body = await post(targets[n]!.url + (r.suffix ?? ""), r.body, headers[n]!);
        const norm = JSON.stringify(c.normalise ? c.normalise(n, body) : body);
        reference ??= norm;
        if (norm !== reference) throw new Error(`${c.name}: ${n} answers differently:\n${norm.slice(0, 400)}\nvs\n${reference.slice(0, 400)}`);
      }
      // Warm-up.
      for (const n of names) {
        const r = c.request[n]!;
        await autocannon({ url: targets[n]!.url + (r.suffix ?? ""), method: "POST", headers: { "content-type": "application/json", ...headers[n] }, body: r.body, connections: CONNECTIONS, duration: 1 });
      }
      const stats: Record<string, { requests: number; seconds: number; p50: number[]; p99: number[]; cpu: number; bad: number }> = {};
      for (let round = 0; round < ROUNDS; round++) {
        const order = names.map((_, i) => names[(i + round) % names.length]!);
        for (const n of order) {
          const r = c.request[n]!;
          const before = cpuMs(targets[n]!.pid());
          const result = await autocannon({
            url: targets[n]!.url + (r.suffix ?? ""),
            method: "POST",
            headers: { "content-type": "application/json", ...headers[n] },
            body: r.body,
            connections: CONNECTIONS,
            duration: SECONDS,
          });
          const s = (stats[n] ??= { requests: 0, seconds: 0, p50: [], p99: [], cpu: 0, bad: 0 });
          s.cpu += cpuMs(targets[n]!.pid()) - before;
          s.requests += result.requests.total;
          s.seconds += result.duration;
          s.p50.push(result.latency.p50);
          s.p99.push(result.latency.p99);
          s.bad += result.non2xx + result.errors + result.timeouts;
        }
      }
      const rps = (n: string) => (stats[n] ? stats[n].requests / stats[n].seconds : NaN);
      for (const n of names) {
        const s = stats[n]!;
        const ratio = (other: string) => (stats[other] && n !== other ? `${(rps(n) / rps(other)).toFixed(2)}×` : "");
        rows.push(
          `| ${c.name} | ${n} | ${Math.round(rps(n))} | ${median(s.p50).toFixed(1)} | ${median(s.p99).toFixed(1)} | ${(s.cpu / s.requests).toFixed(2)} | ${ratio("postgraphile")} | ${ratio("floor")} |${s.bad ? ` ${s.bad} failed` : ""}`,
        );
      }
    }
    console.log(`\n| case | server | req/s | p50 ms | p99 ms | server CPU ms/req | ÷ PostGraphile 4 | ÷ SQL floor |\n|---|---|---|---|---|---|---|---|`);
    for (const r of rows) console.log(r);
    console.log(
      "\nGoals (issue 7): api ≥ 1.25× PostGraphile 4 (≈ 1.0× PostGraphile 5) and ≥ 0.5× the SQL floor on the employees page. " +
        "Note: the API checks a bearer token (one user lookup) per request; PostGraphile and the floor run anonymous.",
    );
  } finally {
    for (const c of children) c.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    const drop = new Client({ connectionString: serverUrl });
    await drop.connect();
    await drop.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await drop.end();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
