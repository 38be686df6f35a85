import "reflect-metadata";
import { Client } from "pg";
import { jakartaDate, SKM_ELEMENTS, surveyPeriodDates } from "@bina/domain";
import { loadConfig, readDatabaseUrl } from "../config";
import { createDataSource, openDatabase } from "../database/data-source";
import { loadDemoData } from "../seed/load-demo-data";
import { createServer } from "../server";

/**
 * Public survey form submissions per second (issue 9's closing figure): the whole path a citizen's POST takes (rate
 * limit, form parsing and checks, the service unit and period lookup, the duplicate guard under its advisory lock,
 * the insert and its tally trigger, the 303), in-process server and client on a fresh database of DATABASE_URL's
 * PostgreSQL server. Every submission comes from its own client address (X-Forwarded-For, TRUST_PROXY on), so the
 * per-address limit and the duplicate guard let them all in; at the end the stored rows and the tally must equal the
 * number sent. Arguments: --submissions 2000 --concurrency 10.
 * Run: pnpm --filter @bina/api build && DATABASE_URL=postgres://... node apps/api/dist/scripts/bench-survey.js
 */
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SUBMISSIONS = arg("submissions", 2000);
const CONCURRENCY = arg("concurrency", 10);

async function main(): Promise<void> {
  const serverUrl = readDatabaseUrl();
  if (!serverUrl) throw new Error("Set DATABASE_URL to a PostgreSQL server (a fresh database is made and dropped)");
  const name = `bina_bench_survey_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  const ds = createDataSource({ url, poolSize: 10 });
  try {
    await openDatabase(ds);
    await loadDemoData(ds, { employees: 200, delivery: false });
    const today = jakartaDate(Date.now());
    const year = Number(today.slice(0, 4));
    const half = Number(today.slice(5, 7)) <= 6 ? 1 : 2;
    const dates = surveyPeriodDates(year, half);
    const [{ id: periodId }] = await ds.query(`INSERT INTO survey_periods (code, year, half, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [dates.code, year, half, dates.startsOn, dates.endsOn]);
    const [{ id: serviceUnitId }] = await ds.query(
      `INSERT INTO service_units (code, name, kind, unit_id, yearly_users) SELECT 'disdukcapil', 'Disdukcapil', 'POPULATION_REGISTRY', id, 40000 FROM units WHERE code = '3373.DISDUKCAPIL' RETURNING id`,
    );
    const config = loadConfig({ DATABASE_URL: url, TOKEN_SECRET: "bench-secret-bench-secret-bench-secret", ADMIN_DIST: "", TRUST_PROXY: "true" });
    const server = await createServer({ config, dataSource: ds, tokenSecret: config.tokenSecret! });
    const port = await server.listen(0);
    const form = (i: number) =>
      new URLSearchParams({
        gender: i % 2 ? "L" : "P",
        age: "30_39",
        education: "SMA",
        occupation: "SWASTA",
        service: "Pembuatan KTP-el",
        ...Object.fromEntries(SKM_ELEMENTS.map((_, u) => [`u${u + 1}`, String(((i + u) % 4) + 1)])),
        suggestion: "Pelayanan cepat dan ramah.",
      }).toString();
    let sent = 0;
    const latencies: number[] = [];
    const submit = async (i: number): Promise<void> => {
      const started = performance.now();
      const res = await fetch(`http://127.0.0.1:${port}/survey/disdukcapil`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", "user-agent": "bench", "x-forwarded-for": `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
        body: form(i),
      });
      await res.arrayBuffer();
      if (res.status !== 303) throw new Error(`submission ${i}: HTTP ${res.status}`);
      latencies.push(performance.now() - started);
    };
    const run = async (from: number, count: number) => {
      let next = from;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < from + count) await submit(next++);
        }),
      );
      sent += count;
    };
    await run(1, 100); // warm-up
    latencies.length = 0;
    const started = performance.now();
    await run(1000, SUBMISSIONS);
    const seconds = (performance.now() - started) / 1000;
    const [{ rows, respondents }] = await ds.query(
      `SELECT (SELECT count(*)::int FROM survey_responses WHERE service_unit_id = $1) AS rows, (SELECT respondents FROM survey_tallies WHERE service_unit_id = $1 AND period_id = $2) AS respondents`,
      [serviceUnitId, periodId],
    );
    if (rows !== sent || respondents !== sent) throw new Error(`stored ${rows} rows, tally ${respondents}, sent ${sent}`);
    latencies.sort((a, b) => a - b);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
    console.log(`public survey submissions: ${SUBMISSIONS} in ${seconds.toFixed(2)} s with ${CONCURRENCY} concurrent clients`);
    console.log(`${(SUBMISSIONS / seconds).toFixed(0)} submissions/s; latency p50 ${pct(50)} ms, p99 ${pct(99)} ms; rows and tally = ${sent}`);
    await server.stop();
    await new Promise((resolve) => server.httpServer.close(resolve));
  } finally {
    await ds.destroy().catch(() => undefined);
    const c = new Client({ connectionString: serverUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
