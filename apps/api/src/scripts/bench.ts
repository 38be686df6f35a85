import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Client } from "pg";
import { readDatabaseUrl } from "../config";
import { createDataSource, openDatabase, SqlCounter } from "../database/data-source";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../database/embedded-postgres";
import { loadDemoData } from "../seed/load-demo-data";
import { startBenchServer } from "./bench-server";

/**
 * Times typical GraphQL requests on the Salatiga demo data (2,000 employees): median and p95 latency and the SQL
 * statements each request runs. Uses a fresh database: a new one on DATABASE_URL's server, or an embedded PGlite.
 */
const CASES: readonly { name: string; query: string }[] = [
  { name: "employees page of 20 (unit, rank)", query: `{ employees(first: 20) { totalCount edges { node { nip name rank { code name } unit { name } } } } }` },
  { name: "employees page of 100 (unit, rank)", query: `{ employees(first: 100) { totalCount edges { node { nip name rank { code name } unit { name } } } } }` },
  { name: "employees search by name", query: `{ employees(first: 20, filter: { search: "sri" }) { totalCount edges { node { nip name } } } }` },
  { name: "employees of a unit + sub-units, by rank", query: `{ employees(first: 50, filter: { unitId: "$DINKES" }, sort: { field: RANK, direction: DESC }) { totalCount edges { node { nip name } } } }` },
  { name: "unit tree with employee counts", query: `{ units { id name parentId employeeCount } }` },
  { name: "needs per unit × competency (heatmap, 2026)", query: `{ needsByUnit(filter: { year: 2026 }) { unit { name } competency { code } employeesAssessed employeesInNeed meanGap maxPriority } }` },
  { name: "ranked needs, page of 50 with parts", query: `{ rankedNeeds(filter: { year: 2026 }, first: 50) { totalCount edges { node { employee { name } competency { code } unit { name } score parts { factor contribution } } } } }` },
  { name: "one employee's needs (gaps, JPM, history)", query: `{ employeeNeeds(employeeId: "$EMPLOYEE", year: 2026) { gaps { standard actual gap competency { code } } jobPersonMatch { percent } assessments { level } } }` },
  { name: "candidates with values (2027)", query: `{ programmeCandidates(filter: { year: 2027 }, first: 100) { edges { node { title cost value } } } }` },
  { name: "JP compliance of the city (ledger rollup, 2026)", query: `{ jpCompliance(year: 2026) { total { pnsCount pnsMet share atRisk meanJp pppkOverCap } units { unit { name } pnsCount pnsMet share atRisk meanJp pppkOverCap } } }` },
  { name: "JP early warnings, page of 50 (2026)", query: `{ jpEarlyWarnings(year: 2026, first: 50) { totalCount edges { node { earnedJp pendingJp plannedJp warning employee { name unit { name } } } } } }` },
  { name: "IKM of the city for a period (SKM 2026-2)", query: `{ ikmSummary(periodId: "$PERIOD") { respondents units unitsMeetingSample ikm band elements { code nrr band } } }` },
  { name: "IKM per service unit, page of 20 with elements", query: `{ ikmResults(periodId: "$PERIOD", first: 20) { edges { node { serviceUnit { name } respondents requiredSample sampleMet ikm band elements { code nrr band } } } } }` },
  { name: "IKM before and after training (2026)", query: `{ ikmBeforeAfterTraining(year: 2026, first: 20) { edges { node { serviceUnit { name } trainedStaff completedBatches before { ikm } after { ikm } change } } } }` },
  { name: "one batch's evaluation, four levels", query: `{ batchEvaluation(batchId: "$BATCH") { reaction { answered overall aspects { aspect mean } speakers { speaker { name } mean } } learning { withScores meanNGain high medium low } behaviour { invited answered } results { skp { improved worsened } units { serviceUnit { name } change } } } }` },
  { name: "programme effectiveness, page of 20 (2026)", query: `{ programmeEffectiveness(year: 2026, first: 20) { edges { node { programme { title } participants reactionMean meanNGain behaviourMean skpImprovedShare ikmChange } } } }` },
  { name: "the year's budget (lines, months, programme costs, 2026)", query: `{ budget(fiscalYear: 2026) { totals { ceiling committed spent remaining absorptionPercent } lines { accountCode name ceiling committed spent remaining absorptionPercent unit { name } programme { title } } months { month cumulativePlanned cumulativeSpent absorptionPercent } programmes { programme { title } cost participantJp costPerParticipantJp meanNGain gainPerMillionRupiah } pendingRevisions } }` },
  { name: "one budget line with 50 spendings and their batches", query: `{ budgetLine(id: "$LINE") { ceiling spent remaining spendings(first: 50) { totalCount edges { node { amount spentOn description category batch { name } } } } } }` },
  { name: "the year's realisation report as XLSX (2026)", query: `{ budgetRealisationXlsx(fiscalYear: 2026) { fileName size } }` },
];

async function main(): Promise<void> {
  const iterations = Number(process.argv[2] ?? 50);
  let embedded: EmbeddedPostgres | null = null;
  let dropDb: (() => Promise<void>) | null = null;
  const serverUrl = readDatabaseUrl();
  let url: string;
  if (serverUrl) {
    const name = `bina_bench_${process.pid}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    url = u.toString();
    dropDb = async () => {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    };
  } else {
    embedded = await startEmbeddedPostgres(fs.mkdtempSync(path.join(os.tmpdir(), "bina-bench-")));
    url = embedded.url;
  }
  const counter = new SqlCounter();
  const ds = createDataSource({ url, counter, poolSize: embedded?.poolSize ?? 10 });
  await openDatabase(ds);
  const seedStart = performance.now();
  await loadDemoData(ds);
  console.log(`database: ${embedded ? "embedded PGlite" : "PostgreSQL"}; demo data loaded in ${Math.round(performance.now() - seedStart)} ms`);
  const { server, post } = await startBenchServer(ds, url);
  const login = (await post(`mutation { login(username: "admin", password: "bina-demo") { token } }`)) as { login: { token: string } };
  const token = login.login.token;
  const [dinkes] = await ds.query(`SELECT id FROM units WHERE code = '3373.DINKES'`);
  const [employee] = await ds.query(`SELECT employee_id AS id FROM competency_assessments LIMIT 1`);
  const [period] = await ds.query(`SELECT id FROM survey_periods WHERE code = '2026-2'`);
  // The completed batch with the most participants: the largest evaluation page of the demo.
  const [batch] = await ds.query(
    `SELECT b.id FROM batches b JOIN nominations n ON n.batch_id = b.id WHERE b.status IN ('COMPLETED', 'EVALUATED') GROUP BY b.id ORDER BY count(*) DESC, b.id LIMIT 1`,
  );

  // The line with the most spending entries: the longest page of the budget demo.
  const [line] = await ds.query(`SELECT budget_line_id AS id FROM budget_spendings GROUP BY budget_line_id ORDER BY count(*) DESC, budget_line_id LIMIT 1`);

  console.log(`\n| request | median ms | p95 ms | SQL statements |\n|---|---|---|---|`);
  for (const c of CASES) {
    const query = c.query.replace("$DINKES", dinkes.id).replace("$EMPLOYEE", employee.id).replace("$PERIOD", period.id).replace("$BATCH", batch.id).replace("$LINE", line.id);
    for (let i = 0; i < 5; i++) await post(query, token);
    const times: number[] = [];
    let statements = 0;
    for (let i = 0; i < iterations; i++) {
      counter.reset();
      const t = performance.now();
      await post(query, token);
      times.push(performance.now() - t);
      statements = counter.count;
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
    console.log(`| ${c.name} | ${at(0.5)} | ${at(0.95)} | ${statements} |`);
  }
  await server.stop();
  await ds.destroy();
  await embedded?.stop();
  await dropDb?.();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
