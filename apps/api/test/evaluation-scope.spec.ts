import { createCompletedBatch, type CompletedBatch } from "./support/evaluation-fixture";
import { startTestApp, type TestApp } from "./support/test-app";

let app: TestApp;
let admin: string;
let operator: string;
let b: CompletedBatch;
let dinkesId: string;
/** The root of Dinas Kesehatan's path (the city): an ancestor of the operator's unit. */
let rootId: string;

const UNITS = `query ($b: ID!) { batchEvaluation(batchId: $b) { results { units { serviceUnit { id code name yearlyUsers } before { period { code } ikm } after { period { code } ikm } change } } } }`;
const EFFECTIVENESS = `query { programmeEffectiveness(year: 2026, first: 100) { edges { node { programme { id } ikmChange } } } }`;

interface UnitRow {
  serviceUnit: { id: string; code: string; name: string; yearlyUsers: number };
  before: { period: { code: string }; ikm: number | null } | null;
  after: { period: { code: string }; ikm: number | null } | null;
  change: number | null;
}

const PERIODS: Record<string, readonly [number, number, string, string]> = {
  "2025-1": [2025, 1, "2025-01-01", "2025-06-30"],
  "2025-2": [2025, 2, "2025-07-01", "2025-12-31"],
  "2026-1": [2026, 1, "2026-01-01", "2026-06-30"],
  "2026-2": [2026, 2, "2026-07-01", "2026-12-31"],
  "2027-1": [2027, 1, "2027-01-01", "2027-06-30"],
};

async function period(code: string): Promise<string> {
  const [year, half, from, to] = PERIODS[code]!;
  const [row] = (await app.ds.query(
    `INSERT INTO survey_periods (code, year, half, starts_on, ends_on, status) VALUES ($1, $2, $3, $4, $5, 'CLOSED')
     ON CONFLICT (code) DO UPDATE SET code = EXCLUDED.code RETURNING id`,
    [code, year, half, from, to],
  )) as { id: string }[];
  return row!.id;
}

async function serviceUnit(code: string, name: string, unitId: string): Promise<string> {
  const [su] = (await app.ds.query(`INSERT INTO service_units (code, name, kind, unit_id, yearly_users) VALUES ($1, $2, 'HEALTH_CENTRE', $3, 12000) RETURNING id`, [code, name, unitId])) as {
    id: string;
  }[];
  return su!.id;
}

/** Stores responses (rows of nine answers, null for a skipped element); the tallies follow by trigger. */
async function respond(serviceUnitId: string, periodCode: string, rows: (number | null)[][]): Promise<void> {
  await app.ds.query(
    `INSERT INTO survey_responses (service_unit_id, period_id, client_key, u1, u2, u3, u4, u5, u6, u7, u8, u9)
     SELECT $1, $2, md5(random()::text) || md5(random()::text), (a->>0)::smallint, (a->>1)::smallint, (a->>2)::smallint, (a->>3)::smallint, (a->>4)::smallint,
            (a->>5)::smallint, (a->>6)::smallint, (a->>7)::smallint, (a->>8)::smallint
       FROM jsonb_array_elements($3::jsonb) AS a`,
    [serviceUnitId, await period(periodCode), JSON.stringify(rows)],
  );
}

/** Every one of `count` respondents answers every element with `value`. */
const uniform = (value: number, count: number): number[][] => Array.from({ length: count }, () => Array.from({ length: 9 }, () => value));

/** Responses whose tally has exactly `n[u]` answers summing to `s[u]` per element (answers 1..4, blanks after). */
function responsesFor(n: readonly number[], s: readonly number[]): (number | null)[][] {
  const respondents = Math.max(...n);
  const columns = n.map((count, u) => {
    const base = Math.floor(s[u]! / count);
    const extra = s[u]! - base * count;
    return Array.from({ length: respondents }, (_, r) => (r < count ? base + (r < extra ? 1 : 0) : null));
  });
  return Array.from({ length: respondents }, (_, r) => columns.map((c) => c[r]!));
}

const unitsOf = async (batchId: string, token: string): Promise<UnitRow[]> => {
  const r = await app.gql(UNITS, { b: batchId }, token);
  expect(r.errors).toBeUndefined();
  return r.data!.batchEvaluation.results.units as UnitRow[];
};

const ikmChangeOf = async (programmeId: string, token: string): Promise<number | null> => {
  const r = await app.gql(EFFECTIVENESS, {}, token);
  expect(r.errors).toBeUndefined();
  return r.data!.programmeEffectiveness.edges.find((e: { node: { programme: { id: string } } }) => e.node.programme.id === programmeId)!.node.ikmChange;
};

/** The mean change of the pairs with both periods known, or null: what programmeEffectiveness reports over those units. */
const meanChange = (units: readonly UnitRow[]): number | null => {
  const known = units.map((u) => u.change).filter((c): c is number => c !== null);
  return known.length === 0 ? null : known.reduce((a, c) => a + c, 0) / known.length;
};

const expectCents = (actual: number | null, expected: number | null): void => {
  if (expected === null) return expect(actual).toBeNull();
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(0.005 + 1e-9);
};

beforeAll(async () => {
  app = await startTestApp({ employees: 80 });
  [admin, operator] = await Promise.all([app.login("admin"), app.login("operator")]);
  b = await createCompletedBatch(app.ds, { title: "Pelatihan Pelayanan Prima" });
  const [dinkes] = (await app.ds.query(`SELECT id FROM units WHERE code = '3373.DINKES'`)) as { id: string }[];
  dinkesId = dinkes!.id;
  const [root] = (await app.ds.query(
    `SELECT r.id FROM units d JOIN units r ON d.path LIKE r.path || '%' AND r.id <> d.id WHERE d.code = '3373.DINKES' ORDER BY length(r.path) LIMIT 1`,
  )) as { id: string }[];
  rootId = root!.id;
});
afterAll(() => app.close());

describe("level 4 for a unit operator", () => {
  it("leaves out a service unit of the operator's ancestor unit, in batchEvaluation and programmeEffectiveness; the administrator has it", async () => {
    const city = await serviceUnit("mpp-kota", "Mal Pelayanan Publik Kota", rootId);
    await respond(city, "2025-2", uniform(1, 12)); // IKM 25
    await respond(city, "2026-2", uniform(4, 12)); // IKM 100: a change of +75
    const adminUnits = await unitsOf(b.batchId, admin);
    const seen = adminUnits.find((u) => u.serviceUnit.id === city);
    expect(seen).toMatchObject({ serviceUnit: { code: "mpp-kota", name: "Mal Pelayanan Publik Kota", yearlyUsers: 12000 }, before: { ikm: 25 }, after: { ikm: 100 }, change: 75 });
    const operatorUnits = await unitsOf(b.batchId, operator);
    expect(operatorUnits.map((u) => u.serviceUnit.id)).not.toContain(city);
    expect(operatorUnits.map((u) => u.serviceUnit.name)).not.toContain("Mal Pelayanan Publik Kota");
    // The operator's programme figure counts the units it sees, the administrator's every unit.
    expectCents(await ikmChangeOf(b.programmeId, operator), meanChange(operatorUnits));
    expectCents(await ikmChangeOf(b.programmeId, admin), meanChange(adminUnits));
    expect(await ikmChangeOf(b.programmeId, operator)).not.toBe(await ikmChangeOf(b.programmeId, admin));
    await app.ds.query(`UPDATE service_units SET active = false WHERE id = $1`, [city]);
  });
});

describe("programmeEffectiveness pairs a unit with its own batch's dates", () => {
  it("does not pair a unit whose staff attended batch 1 with batch 2's dates", async () => {
    const one = await createCompletedBatch(app.ds, { title: "Pelatihan Dua Angkatan" });
    // Batch 2 of the same programme, in the second half, without anyone of Dinas Kesehatan.
    const [two] = (await app.ds.query(
      `INSERT INTO batches (programme_id, name, starts_on, ends_on, capacity, status, credited_jp, pass_mark)
       VALUES ($1, 'Angkatan II', '2026-09-01', '2026-09-02', 30, 'COMPLETED', 10, 70) RETURNING id`,
      [one.programmeId],
    )) as { id: string }[];
    await app.ds.query(
      `INSERT INTO nominations (batch_id, employee_id, unit_id, status, outcome, completed_at, attended_jp, pre_score, post_score)
       SELECT $1, n.employee_id, n.unit_id, 'APPROVED', 'COMPLETED', now(), 10, 50, 80 FROM nominations n
        WHERE n.batch_id = $2 AND n.status = 'APPROVED' AND n.employee_id <> ALL($3::uuid[])`,
      [two!.id, one.batchId, one.participants.slice(0, 2).map((p) => p.employeeId)],
    );
    const puskesmas = await serviceUnit("pkm-dua-angkatan", "Puskesmas Dua Angkatan", dinkesId);
    await respond(puskesmas, "2025-2", uniform(2, 10)); // 50: before batch 1
    await respond(puskesmas, "2026-1", uniform(4, 10)); // 100: around batch 1, before batch 2
    await respond(puskesmas, "2026-2", uniform(3, 10)); // 75: after batch 1, around batch 2
    await respond(puskesmas, "2027-1", uniform(1, 10)); // 25: after batch 2
    const first = await unitsOf(one.batchId, admin);
    const second = await unitsOf(two!.id, admin);
    expect(first.find((u) => u.serviceUnit.id === puskesmas)).toMatchObject({ before: { period: { code: "2025-2" } }, after: { period: { code: "2026-2" } }, change: 25 });
    expect(second.map((u) => u.serviceUnit.id)).not.toContain(puskesmas);
    expectCents(await ikmChangeOf(one.programmeId, admin), meanChange([...first, ...second]));
    await app.ds.query(`UPDATE service_units SET active = false WHERE id = $1`, [puskesmas]);
  });
});

describe("the IKM of a tally", () => {
  it("rounds the exact value half up, as the survey's ikmResults on the same rows (65.625 → 65.63, 59.375 → 59.38)", async () => {
    const su = await serviceUnit("pkm-pembulatan", "Puskesmas Pembulatan", dinkesId);
    await respond(su, "2025-1", responsesFor([6, 9, 3, 8, 3, 3, 9, 6, 7], [23, 30, 4, 9, 12, 10, 27, 16, 7]));
    await respond(su, "2027-1", responsesFor([9, 8, 3, 8, 9, 8, 3, 3, 3], [10, 27, 11, 22, 29, 10, 4, 7, 7]));
    // Nothing between: 2025-2 and 2026-2 have no responses of this unit.
    const unit = (await unitsOf(b.batchId, admin)).find((u) => u.serviceUnit.id === su)!;
    expect(unit).toMatchObject({ before: { period: { code: "2025-1" }, ikm: 65.63 }, after: { period: { code: "2027-1" }, ikm: 59.38 }, change: -6.25 });
    const RESULTS = `query ($p: ID!, $u: ID) { ikmResults(periodId: $p, unitId: $u, first: 100) { edges { node { serviceUnit { id } ikm } } } }`;
    for (const [code, ikm] of [
      ["2025-1", 65.63],
      ["2027-1", 59.38],
    ] as const) {
      const r = await app.gql(RESULTS, { p: await period(code), u: dinkesId }, admin);
      expect(r.errors).toBeUndefined();
      expect(r.data!.ikmResults.edges.find((e: { node: { serviceUnit: { id: string } } }) => e.node.serviceUnit.id === su).node.ikm).toBe(ikm);
    }
    await app.ds.query(`UPDATE service_units SET active = false WHERE id = $1`, [su]);
  });
});

describe("improvement actions of a unit operator", () => {
  const OPEN = `mutation ($i: OpenImprovementActionInput!) { openImprovementAction(input: $i) { id serviceUnit { id name } batch { id name } } }`;
  const LIST = `query { improvementActions(first: 100) { edges { node { id serviceUnit { id name } batch { id name } programme { id } } } } }`;
  const input = (over: Record<string, unknown> = {}) => ({
    source: "WEAK_ELEMENT",
    title: "Perbaiki waktu pelayanan",
    finding: "Unsur waktu pelayanan terendah.",
    ownerName: "Kepala Puskesmas",
    ownerUnitId: dinkesId,
    element: "U3",
    dueOn: "2027-03-31",
    ...over,
  });
  const MISSING = "00000000-0000-4000-8000-000000000000";

  it("refuses a service unit or a batch outside its scope exactly as a missing one, and the administrator may", async () => {
    const city = await serviceUnit("mpp-tindak", "Mal Pelayanan Publik Tindak Lanjut", rootId);
    const mine = await serviceUnit("pkm-tindak", "Puskesmas Tindak Lanjut", dinkesId);
    const other = await createCompletedBatch(app.ds, { title: "Pelatihan tanpa Dinas Kesehatan" });
    await app.ds.query(`DELETE FROM nominations WHERE batch_id = $1 AND employee_id = ANY($2::uuid[])`, [other.batchId, other.participants.slice(0, 2).map((p) => p.employeeId)]);

    const outside = await app.gql(OPEN, { i: input({ serviceUnitId: city }) }, operator);
    const missing = await app.gql(OPEN, { i: input({ serviceUnitId: MISSING }) }, operator);
    expect(outside.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "serviceUnitId", domainCode: "UNKNOWN_REFERENCE" });
    expect(outside.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect(outside.errors?.[0]?.extensions).toEqual(missing.errors?.[0]?.extensions);

    const foreignBatch = await app.gql(OPEN, { i: input({ serviceUnitId: mine, batchId: other.batchId }) }, operator);
    const missingBatch = await app.gql(OPEN, { i: input({ serviceUnitId: mine, batchId: MISSING }) }, operator);
    expect(foreignBatch.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "batchId", domainCode: "UNKNOWN_REFERENCE" });
    expect(foreignBatch.errors?.[0]?.message).toBe(missingBatch.errors?.[0]?.message);
    expect(foreignBatch.errors?.[0]?.extensions).toEqual(missingBatch.errors?.[0]?.extensions);
    const stored = Number((await app.ds.query(`SELECT count(*) AS n FROM improvement_actions WHERE service_unit_id = $1 OR batch_id = $2`, [city, other.batchId]))[0].n);
    expect(stored).toBe(0);

    const ok = await app.gql(OPEN, { i: input({ serviceUnitId: mine, batchId: b.batchId }) }, operator);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.openImprovementAction).toMatchObject({ serviceUnit: { id: mine }, batch: { id: b.batchId } });
    const byAdmin = await app.gql(OPEN, { i: input({ serviceUnitId: city, batchId: other.batchId, title: "Tindak lanjut kota" }) }, admin);
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data!.openImprovementAction).toMatchObject({ serviceUnit: { id: city }, batch: { id: other.batchId } });
  });

  it("hides an out-of-scope service unit and batch of an action it owns, and shows them to the administrator", async () => {
    const city = await serviceUnit("mpp-baca", "Mal Pelayanan Publik Baca", rootId);
    const mine = await serviceUnit("pkm-baca", "Puskesmas Baca", dinkesId);
    const other = await createCompletedBatch(app.ds, { title: "Pelatihan lain tanpa Dinas Kesehatan" });
    await app.ds.query(`DELETE FROM nominations WHERE batch_id = $1 AND employee_id = ANY($2::uuid[])`, [other.batchId, other.participants.slice(0, 2).map((p) => p.employeeId)]);
    // The administrator opens them, owned by Dinas Kesehatan: one about things outside the operator's scope, one inside.
    const hidden = (await app.gql(OPEN, { i: input({ serviceUnitId: city, batchId: other.batchId, title: "Tentang unit kota" }) }, admin)).data!.openImprovementAction.id;
    const shown = (await app.gql(OPEN, { i: input({ serviceUnitId: mine, batchId: b.batchId, title: "Tentang puskesmas" }) }, admin)).data!.openImprovementAction.id;
    type Node = { id: string; serviceUnit: { id: string; name: string } | null; batch: { id: string; name: string } | null };
    const list = async (token: string): Promise<Map<string, Node>> => {
      const r = await app.gql(LIST, {}, token);
      expect(r.errors).toBeUndefined();
      return new Map(r.data!.improvementActions.edges.map((e: { node: Node }) => [e.node.id, e.node]));
    };
    const ops = await list(operator);
    expect(ops.get(hidden)).toMatchObject({ serviceUnit: null, batch: null });
    expect(ops.get(shown)).toMatchObject({ serviceUnit: { id: mine }, batch: { id: b.batchId } });
    const all = await list(admin);
    expect(all.get(hidden)).toMatchObject({ serviceUnit: { id: city, name: "Mal Pelayanan Publik Baca" }, batch: { id: other.batchId } });
    // Reading the nested fields stays one statement per kind, whatever the number of actions.
    app.counter.reset();
    await list(operator);
    const few = app.counter.count;
    for (let i = 0; i < 3; i++) await app.gql(OPEN, { i: input({ serviceUnitId: city, batchId: other.batchId, title: `Tentang unit kota ${i}` }) }, admin);
    app.counter.reset();
    await list(operator);
    expect(app.counter.count).toBe(few);
  });

  it("refuses a cursor with an impossible date as INVALID_CURSOR naming after", async () => {
    const after = Buffer.from(JSON.stringify(["2026-02-31", "00000000-0000-4000-8000-000000000000"]), "utf8").toString("base64url");
    const r = await app.gql(`query ($a: String) { improvementActions(first: 10, after: $a) { edges { node { id } } } }`, { a: after }, admin);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after", domainCode: "INVALID_CURSOR" });
  });
});
