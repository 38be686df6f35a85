import { randomBytes } from "node:crypto";
import { computeIkm, ikmBand, nrrBand, roundHalfUp, skmSampleSize, SKM_ELEMENTS, type SkmResponse } from "@bina/domain";
import { requiredSampleSql } from "../src/modules/survey/ikm.sql";
import { SqlParams } from "../src/kit/sql";
import { startTestApp, type TestApp } from "./support/test-app";

let app: TestApp;
let admin: string;
let operator: string;
let analyst: string;
const periods: Record<string, string> = {};
/** Service unit id → its responses per period code. */
const responses = new Map<string, Record<string, SkmResponse[]>>();
const unitInfo = new Map<string, { code: string; yearlyUsers: number; dinkes: boolean }>();

/** A small deterministic PRNG (mulberry32), so a failure can be replayed. */
const rng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const random = rng(Number(process.env.SURVEY_SEED ?? 20261130));

async function insertResponses(serviceUnitId: string, period: string, rows: SkmResponse[]): Promise<void> {
  if (rows.length === 0) return;
  const cols = Array.from({ length: 9 }, (_, u) => rows.map((r) => r[u]));
  await app.ds.query(
    `INSERT INTO survey_responses (service_unit_id, period_id, u1, u2, u3, u4, u5, u6, u7, u8, u9, client_key)
     SELECT $1, $2, a1, a2, a3, a4, a5, a6, a7, a8, a9, k
       FROM unnest($3::smallint[], $4::smallint[], $5::smallint[], $6::smallint[], $7::smallint[], $8::smallint[], $9::smallint[], $10::smallint[], $11::smallint[], $12::text[])
         AS x(a1, a2, a3, a4, a5, a6, a7, a8, a9, k)`,
    [serviceUnitId, periods[period], ...cols, rows.map(() => randomBytes(32).toString("hex"))],
  );
  const mine = responses.get(serviceUnitId)!;
  mine[period] = [...(mine[period] ?? []), ...rows];
}

beforeAll(async () => {
  app = await startTestApp({ employees: 120 });
  [admin, operator, analyst] = await Promise.all([app.login("admin"), app.login("operator"), app.login("analyst")]);
  for (const [code, year, half, starts, ends, status] of [
    ["2025-2", 2025, 2, "2025-07-01", "2025-12-31", "CLOSED"],
    ["2026-1", 2026, 1, "2026-01-01", "2026-06-30", "CLOSED"],
    ["2026-2", 2026, 2, "2026-07-01", "2026-12-31", "OPEN"],
  ] as const) {
    const [{ id }] = await app.ds.query(`INSERT INTO survey_periods (code, year, half, starts_on, ends_on, status) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, [code, year, half, starts, ends, status]);
    periods[code] = id;
  }
  const orgUnits = (await app.ds.query(
    `SELECT u.id, u.code, u.path LIKE (SELECT path FROM units WHERE code = '3373.DINKES') || '%' AS dinkes FROM units u
      WHERE u.code IN ('3373.DISDUKCAPIL', '3373.DPMPTSP', '3373.RSUD', '3373.DINKES.PKM-SIDOREJOLOR', '3373.DINKES.PKM-CEBONGAN', '3373.DINKES.PKM-KALICACING') ORDER BY u.code`,
  )) as { id: string; code: string; dinkes: boolean }[];
  expect(orgUnits.length).toBe(6);
  for (let i = 0; i < 14; i++) {
    const org = orgUnits[i % orgUnits.length]!;
    // A few small units so some meet their required sample.
    const yearlyUsers = i % 3 === 0 ? 12 + i : 1000 + Math.floor(random() * 50_000);
    const code = `unit-${String(i).padStart(2, "0")}`;
    const [{ id }] = await app.ds.query(`INSERT INTO service_units (code, name, kind, unit_id, yearly_users) VALUES ($1, $2, 'OTHER', $3, $4) RETURNING id`, [
      code,
      `Layanan ${String.fromCharCode(90 - i)}`,
      org.id,
      yearlyUsers,
    ]);
    responses.set(id, {});
    unitInfo.set(id, { code, yearlyUsers, dinkes: org.dinkes });
    for (const period of Object.keys(periods)) {
      if (i === 13) continue; // one unit without any response
      const n = Math.floor(random() * 40) + 1;
      const skew = random();
      const rows: SkmResponse[] = Array.from({ length: n }, () =>
        Array.from({ length: 9 }, (_, u) => {
          if (i === 12 && u === 4) return null; // nobody answers U5 here: no IKM
          if (random() < 0.08) return null;
          return Math.min(4, 1 + Math.floor(random() * 3 + skew * 1.5));
        }),
      );
      await insertResponses(id, period, rows);
    }
  }
});
afterAll(() => app.close());

const ELEMENTS = `elements { element code topic question nrr band answers }`;
const RESULTS = `query ($p: ID!, $first: Int, $after: String, $unit: ID) {
  ikmResults(periodId: $p, first: $first, after: $after, unitId: $unit) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { serviceUnit { id code requiredSample } period { code } respondents requiredSample sampleMet ikm band ${ELEMENTS} } }
  }
}`;
const SUMMARY = `query ($p: ID!) { ikmSummary(periodId: $p) { period { code } respondents units unitsWithResponses unitsMeetingSample ikm band ${ELEMENTS} } }`;
const TREND = `query ($s: ID!) { ikmTrend(serviceUnitId: $s) { period { code } ikm band respondents } }`;
const BEFORE_AFTER = `query ($year: Int!, $first: Int, $after: String) {
  ikmBeforeAfterTraining(year: $year, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { serviceUnit { id code } trainedStaff completedBatches before { period { code } ikm band respondents } after { period { code } ikm band respondents } change } }
  }
}`;

type Element = { element: string; code: string; topic: string; question: string; nrr: number | null; band: string | null; answers: number };
type Result = { serviceUnit: { id: string; code: string; requiredSample: number }; respondents: number; requiredSample: number; sampleMet: boolean; ikm: number | null; band: string | null; elements: Element[] };

/** What the domain says of the same rows: computeIkm, nrrBand per element. */
function expected(rows: SkmResponse[]) {
  const r = rows.length > 0 ? computeIkm(rows) : null;
  const ikm = r?.ok ? r.value.ikm : null;
  const elements = SKM_ELEMENTS.map((e, u) => {
    const answered = rows.map((x) => x[u]).filter((v): v is number => v !== null);
    const nrr = answered.length > 0 ? answered.reduce((a, b) => a + b, 0) / answered.length : null;
    return { element: e.element, code: e.element, topic: e.topic, question: e.question, nrr, band: nrr === null ? null : nrrBand(nrr), answers: answered.length };
  });
  return { ikm, band: ikm === null ? null : ikmBand(ikm), respondents: rows.length, elements };
}

async function allResults(token: string, period: string, first: number, unit?: string): Promise<{ nodes: Result[]; total: number }> {
  const nodes: Result[] = [];
  let after: string | null = null;
  let total = -1;
  for (;;) {
    const r: any = await app.gql(RESULTS, { p: periods[period], first, after, unit }, token); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(r.errors).toBeUndefined();
    total = r.data.ikmResults.totalCount;
    nodes.push(...r.data.ikmResults.edges.map((e: { node: Result }) => e.node));
    if (!r.data.ikmResults.pageInfo.hasNextPage) break;
    after = r.data.ikmResults.pageInfo.endCursor;
  }
  return { nodes, total };
}

describe("IKM results", () => {
  it("equal computeIkm of each unit's rows (IKM, band, NRR per element, respondents against the sample)", async () => {
    for (const period of Object.keys(periods)) {
      const { nodes, total } = await allResults(admin, period, 100);
      expect(nodes).toHaveLength(14);
      expect(total).toBe(14);
      for (const n of nodes) {
        const rows = responses.get(n.serviceUnit.id)![period] ?? [];
        const want = expected(rows);
        expect({ ikm: n.ikm, band: n.band, respondents: n.respondents, elements: n.elements }).toEqual(want);
        const sample = skmSampleSize(unitInfo.get(n.serviceUnit.id)!.yearlyUsers);
        expect(n.requiredSample).toBe(sample);
        expect(n.serviceUnit.requiredSample).toBe(sample);
        expect(n.sampleMet).toBe(rows.length >= sample);
      }
      // Weakest first, units without an IKM last.
      const withIkm = nodes.filter((n) => n.ikm !== null);
      expect(withIkm.map((n) => n.ikm)).toEqual([...withIkm.map((n) => n.ikm!)].sort((a, b) => a - b));
      expect(nodes.slice(withIkm.length).every((n) => n.ikm === null)).toBe(true);
      expect(nodes.filter((n) => n.ikm === null).length).toBe(2);
    }
  });

  it("pages the same rows in the same order with small pages", async () => {
    const whole = await allResults(admin, "2026-1", 100);
    const paged = await allResults(admin, "2026-1", 3);
    expect(paged.nodes.map((n) => n.serviceUnit.id)).toEqual(whole.nodes.map((n) => n.serviceUnit.id));
    expect(paged.total).toBe(14);
  });

  it("shows a unit operator its subtree's units only, and filters by an organisational unit", async () => {
    const mine = [...unitInfo.entries()].filter(([, u]) => u.dinkes).map(([id]) => id).sort();
    const { nodes, total } = await allResults(operator, "2026-2", 100);
    expect(nodes.map((n) => n.serviceUnit.id).sort()).toEqual(mine);
    expect(total).toBe(mine.length);
    const [{ id: disdukcapil }] = await app.ds.query(`SELECT id FROM units WHERE code = '3373.DISDUKCAPIL'`);
    const filtered = await allResults(analyst, "2026-2", 100, disdukcapil);
    expect(filtered.nodes.length).toBeGreaterThan(0);
    const ids = new Set((await app.ds.query(`SELECT id FROM service_units WHERE unit_id = $1`, [disdukcapil])).map((r: { id: string }) => r.id));
    expect(filtered.nodes.every((n) => ids.has(n.serviceUnit.id))).toBe(true);
    expect(filtered.nodes.length).toBe(ids.size);
  });

  it("refuses an unknown period and a forged cursor", async () => {
    const unknown = await app.gql(RESULTS, { p: "00000000-0000-4000-8000-000000000000" }, admin);
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const forged = await app.gql(RESULTS, { p: periods["2026-1"], after: Buffer.from(JSON.stringify(["0", "x; DROP", "a", "b"])).toString("base64url") }, admin);
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "INVALID_CURSOR" });
  });

  it("run a number of statements that does not grow with the units on the page", async () => {
    const count = async (first: number) => {
      app.counter.reset();
      const r = await app.gql(RESULTS, { p: periods["2026-1"], first }, admin);
      expect(r.data!.ikmResults.edges).toHaveLength(first);
      return app.counter.count;
    };
    const small = await count(2);
    const large = await count(14);
    expect(large).toBe(small);
    // token check + the period + the page with its total
    expect(large).toBe(3);
  });
});

describe("the IKM summary", () => {
  it("equals computeIkm over every response of the period (and of the operator's subtree)", async () => {
    for (const period of Object.keys(periods)) {
      const all = [...responses.values()].flatMap((r) => r[period] ?? []);
      const r = await app.gql(SUMMARY, { p: periods[period] }, analyst);
      expect(r.errors).toBeUndefined();
      const s = r.data!.ikmSummary;
      const want = expected(all);
      expect({ ikm: s.ikm, band: s.band, respondents: s.respondents, elements: s.elements }).toEqual(want);
      expect(s.units).toBe(14);
      expect(s.unitsWithResponses).toBe(13);
      const meeting = [...unitInfo.entries()].filter(([id, u]) => (responses.get(id)![period]?.length ?? 0) >= skmSampleSize(u.yearlyUsers) && (responses.get(id)![period]?.length ?? 0) > 0);
      expect(s.unitsMeetingSample).toBe(meeting.length);
      const mine = [...unitInfo.entries()].filter(([, u]) => u.dinkes).flatMap(([id]) => responses.get(id)![period] ?? []);
      const op = await app.gql(SUMMARY, { p: periods[period] }, operator);
      expect(op.data!.ikmSummary.ikm).toBe(expected(mine).ikm);
      expect(op.data!.ikmSummary.respondents).toBe(mine.length);
    }
  });

  it("counts units and units with responses over one set: active units and inactive ones with responses", async () => {
    const period = "2026-2";
    const before = (await app.gql(SUMMARY, { p: periods[period] }, analyst)).data!.ikmSummary;
    const answered = [...unitInfo.keys()].find((id) => (responses.get(id)![period]?.length ?? 0) > 0)!;
    const [{ unit_id: orgUnit }] = await app.ds.query(`SELECT unit_id FROM service_units WHERE id = $1`, [answered]);
    await app.ds.query(`UPDATE service_units SET active = false WHERE id = $1`, [answered]);
    const [{ id: idle }] = await app.ds.query(`INSERT INTO service_units (code, name, kind, unit_id, yearly_users, active) VALUES ('tutup-sepi', 'Tutup tanpa jawaban', 'OTHER', $1, 100, false) RETURNING id`, [orgUnit]);
    try {
      const s = (await app.gql(SUMMARY, { p: periods[period] }, analyst)).data!.ikmSummary;
      // The inactive unit with responses still counts (its answers are in the IKM); the idle inactive one does not.
      expect(s.respondents).toBe(before.respondents);
      expect(s.unitsWithResponses).toBe(before.unitsWithResponses);
      expect(s.units).toBe(before.units);
      expect(s.units).toBeGreaterThanOrEqual(s.unitsWithResponses);
      expect(s.unitsWithResponses).toBeGreaterThanOrEqual(s.unitsMeetingSample);
    } finally {
      await app.ds.query(`DELETE FROM service_units WHERE id = $1`, [idle]);
      await app.ds.query(`UPDATE service_units SET active = true WHERE id = $1`, [answered]);
    }
  });

  it("follows a new response at once (the tally is kept on write)", async () => {
    const id = [...unitInfo.keys()][0]!;
    await insertResponses(id, "2026-2", [[4, 4, 4, 4, 4, 4, 4, 4, 4]]);
    const all = [...responses.values()].flatMap((r) => r["2026-2"] ?? []);
    const r = await app.gql(SUMMARY, { p: periods["2026-2"] }, admin);
    expect(r.data!.ikmSummary.ikm).toBe(expected(all).ikm);
    expect(r.data!.ikmSummary.respondents).toBe(all.length);
  });
});

describe("the IKM trend", () => {
  it("lists every period oldest first with the unit's IKM there", async () => {
    const id = [...unitInfo.keys()][3]!;
    const r = await app.gql(TREND, { s: id }, analyst);
    expect(r.errors).toBeUndefined();
    expect(r.data!.ikmTrend.map((p: { period: { code: string } }) => p.period.code)).toEqual(["2025-2", "2026-1", "2026-2"]);
    for (const point of r.data!.ikmTrend) {
      const rows = responses.get(id)![point.period.code] ?? [];
      expect({ ikm: point.ikm, respondents: point.respondents }).toEqual({ ikm: expected(rows).ikm, respondents: rows.length });
    }
    const none = [...unitInfo.keys()][13]!;
    const empty = await app.gql(TREND, { s: none }, analyst);
    expect(empty.data!.ikmTrend.every((p: { ikm: number | null; respondents: number }) => p.ikm === null && p.respondents === 0)).toBe(true);
    const outside = [...unitInfo.entries()].find(([, u]) => !u.dinkes)![0];
    expect((await app.gql(TREND, { s: outside }, operator)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("IKM before and after training", () => {
  it("takes the last period before the first completed batch and the first after the last one", async () => {
    const [{ id: disdukcapil, path }] = await app.ds.query(`SELECT id, path FROM units WHERE code = '3373.DISDUKCAPIL'`);
    const staff = (await app.ds.query(`SELECT e.id, e.unit_id FROM employees e JOIN units u ON u.id = e.unit_id WHERE u.path LIKE $1 || '%' ORDER BY e.nip LIMIT 3`, [path])) as {
      id: string;
      unit_id: string;
    }[];
    expect(staff.length).toBe(3);
    const [{ id: programme }] = await app.ds.query(`INSERT INTO programmes (year, title, kind, organiser, status) VALUES (2026, 'Pelayanan Publik', 'TECHNICAL_TRAINING', 'BKPSDM', 'COMPLETED') RETURNING id`);
    const [{ id: batch }] = await app.ds.query(
      `INSERT INTO batches (programme_id, name, starts_on, ends_on, capacity, status) VALUES ($1, 'Angkatan I', '2026-03-02', '2026-03-04', 30, 'COMPLETED') RETURNING id`,
      [programme],
    );
    for (const [i, e] of staff.entries()) {
      await app.ds.query(`INSERT INTO nominations (batch_id, employee_id, unit_id, status, outcome) VALUES ($1, $2, $3, 'APPROVED', $4)`, [batch, e.id, e.unit_id, i < 2 ? "COMPLETED" : "NOT_COMPLETED"]);
    }
    const nodes: any[] = []; // eslint-disable-line @typescript-eslint/no-explicit-any
    let after: string | null = null;
    for (;;) {
      const r: any = await app.gql(BEFORE_AFTER, { year: 2026, first: 4, after }, analyst); // eslint-disable-line @typescript-eslint/no-explicit-any
      expect(r.errors).toBeUndefined();
      expect(r.data.ikmBeforeAfterTraining.totalCount).toBe(14);
      nodes.push(...r.data.ikmBeforeAfterTraining.edges.map((e: { node: unknown }) => e.node));
      if (!r.data.ikmBeforeAfterTraining.pageInfo.hasNextPage) break;
      after = r.data.ikmBeforeAfterTraining.pageInfo.endCursor;
    }
    expect(nodes).toHaveLength(14);
    const suIds = new Set((await app.ds.query(`SELECT id FROM service_units WHERE unit_id = $1`, [disdukcapil])).map((r: { id: string }) => r.id));
    for (const n of nodes) {
      if (!suIds.has(n.serviceUnit.id)) {
        expect(n).toMatchObject({ trainedStaff: 0, completedBatches: 0, before: null, after: null, change: null });
        continue;
      }
      const rows = responses.get(n.serviceUnit.id)!;
      const before = expected(rows["2025-2"] ?? []).ikm;
      const afterIkm = expected(rows["2026-2"] ?? []).ikm;
      expect(n).toMatchObject({ trainedStaff: 2, completedBatches: 1 });
      expect(n.before).toMatchObject({ period: { code: "2025-2" }, ikm: before, respondents: rows["2025-2"]!.length });
      expect(n.after).toMatchObject({ period: { code: "2026-2" }, ikm: afterIkm, respondents: rows["2026-2"]!.length });
      expect(n.change).toBe(before === null || afterIkm === null ? null : roundHalfUp(afterIkm - before, 2));
    }
    const bad = await app.gql(BEFORE_AFTER, { year: 1900 }, analyst);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "year" });
  });

  it("runs a number of statements that does not grow with the units on the page", async () => {
    const count = async (first: number) => {
      app.counter.reset();
      const r = await app.gql(BEFORE_AFTER, { year: 2026, first }, analyst);
      expect(r.data!.ikmBeforeAfterTraining.edges).toHaveLength(first);
      return app.counter.count;
    };
    const small = await count(2);
    expect(await count(14)).toBe(small);
    // token check + the page with its laterals and total
    expect(small).toBe(2);
  });
});

describe("the required sample in SQL", () => {
  it("is the domain's skmSampleSize for every population up to 20000 and a spread of larger ones", async () => {
    const large = Array.from({ length: 2000 }, () => 20_000 + Math.floor(random() * 99_980_000));
    const p = new SqlParams();
    const populations = p.add([...Array.from({ length: 20_000 }, (_, i) => i + 1), ...large, 100_000_000], "int[]");
    const rows = (await app.ds.query(`SELECT n, ${requiredSampleSql("n", p)} AS s FROM unnest(${populations}) AS x(n)`, p.values)) as { n: number; s: number }[];
    expect(rows).toHaveLength(22_001);
    const wrong = rows.filter((r) => r.s !== skmSampleSize(r.n));
    expect(wrong).toEqual([]);
  });
});
