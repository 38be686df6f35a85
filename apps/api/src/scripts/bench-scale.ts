import "reflect-metadata";
import { performance } from "node:perf_hooks";
import { Client } from "pg";
import { readDatabaseUrl } from "../config";
import { createDataSource, openDatabase, SqlCounter } from "../database/data-source";
import { loadDemoData } from "../seed/load-demo-data";
import { isEmptyForScale, loadScaleData } from "../seed/scale/load-scale-data";
import { startBenchServer } from "./bench-server";

/**
 * `pnpm bench --scale [--sizes city,100000,1000000] [--iterations 10]`: latency of the list and needs requests at a
 * city's size (the Salatiga demo data) and on generated regional data. Needs DATABASE_URL (a PostgreSQL server). Each
 * size has its own database, `bina_scale_<size>`, generated on first use and reused while it is complete (loading a
 * million employees takes minutes; drop the database to regenerate it).
 */
const CASES: readonly { name: string; query: string }[] = [
  { name: "employees page of 50 with total", query: `{ employees(first: 50) { totalCount edges { node { nip name rank { code } unit { name } } } } }` },
  { name: "employees of a unit subtree with total", query: `{ employees(first: 50, filter: { unitId: "$UNIT" }) { totalCount edges { node { nip name } } } }` },
  { name: "name search (partial word) with total", query: `{ employees(first: 50, filter: { search: "wati" }) { totalCount edges { node { nip name } } } }` },
  { name: "NIP prefix search with total", query: `{ employees(first: 50, filter: { search: "19850" }) { totalCount edges { node { nip name } } } }` },
  { name: "needsByUnit for the root (heatmap)", query: `{ needsByUnit(filter: { year: $YEAR }) { unit { id } competency { id } employeesInNeed meanGap maxPriority } }` },
  { name: "needsByUnit for a unit", query: `{ needsByUnit(filter: { year: $YEAR }, parentUnitId: "$UNIT") { unit { id } competency { id } employeesInNeed } }` },
  { name: "rankedNeeds first 50 with total", query: `{ rankedNeeds(filter: { year: $YEAR }, first: 50) { totalCount pageInfo { endCursor } edges { node { employee { name } competency { code } score } } } }` },
  { name: "rankedNeeds next 50 (keyset)", query: `{ rankedNeeds(filter: { year: $YEAR }, first: 50, after: "$RANKED_CURSOR") { edges { node { score } } } }` },
  { name: "rankedNeeds of a unit, first 50", query: `{ rankedNeeds(filter: { year: $YEAR, unitId: "$UNIT" }, first: 50) { totalCount edges { node { score } } } }` },
  { name: "jobPersonMatches first 50 with total", query: `{ jobPersonMatches(filter: { year: $YEAR }, first: 50) { totalCount edges { node { employee { name } percent } } } }` },
  { name: "jpCompliance for the root (JP ledger rollup)", query: `{ jpCompliance(year: $YEAR) { total { pnsCount pnsMet share atRisk } units { unit { name } pnsCount pnsMet share atRisk meanJp } } }` },
  { name: "jpEarlyWarnings first 50 with total", query: `{ jpEarlyWarnings(year: $YEAR, first: 50) { totalCount edges { node { earnedJp plannedJp warning employee { name } } } } }` },
  { name: "one employee's needs", query: `{ employeeNeeds(employeeId: "$EMPLOYEE", year: $YEAR) { gaps { gap } jobPersonMatch { percent } } }` },
];

function argument(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/** The database of one size, generated when missing or incomplete. */
async function databaseFor(serverUrl: string, size: string): Promise<string> {
  const name = `bina_scale_${size}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount === 1;
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  let complete = false;
  if (exists) {
    const c = new Client({ connectionString: url });
    await c.connect();
    const marker = await c.query(`SELECT to_regclass('public.bench_scale_complete') IS NOT NULL AS yes`).catch(() => ({ rows: [{ yes: false }] }));
    complete = marker.rows[0]!.yes === true;
    await c.end();
  }
  if (!complete) {
    if (exists) await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  }
  await admin.end();
  if (!complete) {
    const ds = createDataSource({ url, poolSize: 2 });
    await openDatabase(ds);
    const started = performance.now();
    if (size === "city") await loadDemoData(ds);
    else {
      if (!(await isEmptyForScale(ds))) throw new Error(`${name} is not empty`);
      await loadScaleData({ ds, employees: Number(size), log: (line) => console.log(`  ${line}`) });
    }
    await ds.query(`CREATE TABLE bench_scale_complete ()`);
    console.log(`${name}: generated in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    await ds.destroy();
  }
  return url;
}

async function measure(url: string, iterations: number): Promise<Map<string, { median: number; p95: number; statements: number }>> {
  const counter = new SqlCounter();
  const ds = createDataSource({ url, counter, poolSize: 10 });
  await openDatabase(ds);
  const { server, post } = await startBenchServer(ds, url);
  const { login } = (await post(`mutation { login(username: "admin", password: "bina-demo") { token } }`)) as { login: { token: string } };
  const [unit] = (await ds.query(
    `SELECT u.id FROM units u JOIN unit_employee_counts c ON c.unit_id = u.id JOIN units r ON r.id = u.parent_id AND r.parent_id IS NULL
      ORDER BY u.code LIMIT 1`,
  )) as { id: string }[];
  const [cycle] = (await ds.query(`SELECT max(year) AS year FROM assessment_cycles`)) as { year: number }[];
  const [employee] = (await ds.query(`SELECT employee_id AS id FROM competency_assessments ORDER BY id LIMIT 1`)) as { id: string }[];
  const fill = (q: string, cursor = "") =>
    q.replaceAll("$UNIT", unit?.id ?? "").replaceAll("$YEAR", String(cycle!.year)).replaceAll("$EMPLOYEE", employee!.id).replace("$RANKED_CURSOR", cursor);
  const first = (await post(fill(CASES.find((c) => c.name.startsWith("rankedNeeds first"))!.query), login.token)) as {
    rankedNeeds: { pageInfo: { endCursor: string } };
  };
  const results = new Map<string, { median: number; p95: number; statements: number }>();
  for (const c of CASES) {
    const query = fill(c.query, first.rankedNeeds.pageInfo.endCursor);
    for (let i = 0; i < 2; i++) await post(query, login.token);
    const times: number[] = [];
    let statements = 0;
    for (let i = 0; i < iterations; i++) {
      counter.reset();
      const t = performance.now();
      await post(query, login.token);
      times.push(performance.now() - t);
      statements = counter.count;
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
    results.set(c.name, { median: at(0.5), p95: at(0.95), statements });
  }
  const [count] = (await ds.query(`SELECT count(*)::int AS n FROM employees`)) as { n: number }[];
  console.log(`  ${count!.n} employees, cycle ${cycle!.year}`);
  await server.stop();
  await ds.destroy();
  return results;
}

async function main(): Promise<void> {
  const serverUrl = readDatabaseUrl();
  if (!serverUrl) throw new Error("pnpm bench --scale needs DATABASE_URL (a PostgreSQL server): the embedded database is for a city");
  const sizes = argument("sizes", "city,100000").split(",");
  const iterations = Number(argument("iterations", "10"));
  const table = new Map<string, Map<string, { median: number; p95: number; statements: number }>>();
  for (const size of sizes) {
    if (size !== "city" && !/^\d+$/.test(size)) throw new Error(`--sizes: "${size}" is neither "city" nor a number of employees`);
    console.log(`size ${size}:`);
    table.set(size, await measure(await databaseFor(serverUrl, size), iterations));
  }
  console.log(`\nmedian ms (p95 ms) [SQL statements], ${iterations} requests each after 2 warm-ups\n`);
  console.log(`| request | ${sizes.join(" | ")} |\n|---|${sizes.map(() => "---").join("|")}|`);
  for (const c of CASES) {
    const cells = sizes.map((s) => {
      const r = table.get(s)!.get(c.name)!;
      return `${r.median.toFixed(1)} (${r.p95.toFixed(1)}) [${r.statements}]`;
    });
    console.log(`| ${c.name} | ${cells.join(" | ")} |`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
