import { createHash } from "node:crypto";
import { defaultPriorityWeights } from "@bina/domain";
import { startTestApp, type TestApp } from "./support/test-app";

/**
 * The closed loop through the API (issue 9): a service unit's weak survey element in a period the admin closes moves the
 * PUBLIC_SERVICE part of its staff's ranked needs (value, contribution, reason); reopening the period or moving the
 * service unit to another organisational unit moves it back or along. Responses go in by SQL (the public form only
 * takes the period containing today).
 */
let app: TestApp;
let admin: string;
let analyst: string;

beforeAll(async () => {
  app = await startTestApp({ employees: 200 });
  admin = await app.login("admin");
  analyst = await app.login("analyst");
});
afterAll(() => app.close());

async function gql(query: string, variables: Record<string, unknown>, token = admin) {
  const r = await app.gql(query, variables, token);
  expect(r.errors).toBeUndefined();
  return r.data!;
}

type Part = { factor: string; weight: number; value: number; contribution: number; reason: string | null };
type Need = { employee: { id: string }; score: number; parts: Part[] };

/** The 2026 ranked needs for Pelayanan Publik of the staff under `unitId`, by employee. */
async function rankedPublicServiceNeeds(unitId: string, competencyId: string, token = admin): Promise<Map<string, Need>> {
  const data = await gql(
    `query ($f: NeedsFilter!) { rankedNeeds(filter: $f, first: 100) { totalCount edges { node { employee { id } score parts { factor weight value contribution reason } } } } }`,
    { f: { year: 2026, unitId, competencyId } },
    token,
  );
  const connection = data.rankedNeeds as { totalCount: number; edges: { node: Need }[] };
  expect(connection.edges.length).toBe(connection.totalCount);
  return new Map(connection.edges.map((e) => [e.node.employee.id, e.node]));
}

const publicService = (n: Need) => n.parts.find((p) => p.factor === "PUBLIC_SERVICE")!;

it("closing a period with a weak U7 raises the PUBLIC_SERVICE part of the unit's staff's ranked needs, with its reason; reopening and moving the service unit follow", async () => {
  const [competency] = (await app.ds.query(`SELECT id FROM competencies WHERE code = 'M.PELAYANAN_PUBLIK'`)) as { id: string }[];
  const units = (await app.ds.query(
    `SELECT u.id, u.path FROM need_gaps g JOIN units u ON u.id = g.unit_id
      WHERE g.year = 2026 AND g.competency_id = $1 AND g.gap > 0 AND u.parent_id IS NOT NULL
      GROUP BY u.id, u.path ORDER BY count(*) DESC, u.id`,
    [competency!.id],
  )) as { id: string; path: string }[];
  const unitA = units[0]!;
  const unitB = units.find((u) => !u.path.startsWith(unitA.path) && !unitA.path.startsWith(u.path))!;
  expect(unitB).toBeDefined();

  const created = await gql(
    `mutation ($i: ServiceUnitInput!) { createServiceUnit(input: $i) { id version } }`,
    { i: { code: "kec-loop", name: "Kantor Kecamatan Loop", kind: "SUBDISTRICT", unitId: unitA.id, yearlyUsers: 4000 } },
  );
  const serviceUnit = created.createServiceUnit as { id: string; version: number };
  const opened = await gql(`mutation { createSurveyPeriod(input: { year: 2026, half: 1 }) { id version status } }`, {});
  const period = opened.createSurveyPeriod as { id: string; version: number; status: string };
  expect(period.status).toBe("OPEN");
  // U7 answers 3,3,3,3,2,3,2: NRR 19/7 = 2.714..., band C; every other element 4 (band A).
  for (const [i, u7] of [3, 3, 3, 3, 2, 3, 2].entries()) {
    await app.ds.query(
      `INSERT INTO survey_responses (service_unit_id, period_id, u1, u2, u3, u4, u5, u6, u7, u8, u9, client_key) VALUES ($1, $2, 4, 4, 4, 4, 4, 4, $3, 4, 4, $4)`,
      [serviceUnit.id, period.id, u7, createHash("sha256").update(`loop-${i}`).digest("hex")],
    );
  }

  const beforeA = await rankedPublicServiceNeeds(unitA.id, competency!.id);
  const beforeB = await rankedPublicServiceNeeds(unitB.id, competency!.id);
  expect(beforeA.size).toBeGreaterThan(0);
  expect(beforeB.size).toBeGreaterThan(0);
  for (const n of [...beforeA.values(), ...beforeB.values()]) expect(publicService(n)).toMatchObject({ value: 0, contribution: 0, reason: null });

  const closed = await gql(`mutation ($id: ID!, $v: Int!) { closeSurveyPeriod(id: $id, version: $v) { status version } }`, { id: period.id, v: period.version });
  expect((closed.closeSurveyPeriod as { status: string }).status).toBe("CLOSED");

  const reason = "U7 staff behaviour, NRR 2.71, band C, period 2026-1";
  const weight = defaultPriorityWeights.PUBLIC_SERVICE;
  const afterA = await rankedPublicServiceNeeds(unitA.id, competency!.id);
  expect([...afterA.keys()].sort()).toEqual([...beforeA.keys()].sort());
  for (const [id, n] of afterA) {
    expect(publicService(n)).toEqual({ factor: "PUBLIC_SERVICE", weight, value: 0.5, contribution: weight * 0.5, reason });
    expect(n.score).toBeCloseTo(beforeA.get(id)!.score + weight * 0.5, 9);
    expect(n.parts.reduce((sum, p) => sum + p.contribution, 0)).toBeCloseTo(n.score, 9);
  }
  // Another unit's staff are untouched.
  expect(await rankedPublicServiceNeeds(unitB.id, competency!.id)).toEqual(beforeB);
  // An analyst reads the same reason.
  const asAnalyst = await rankedPublicServiceNeeds(unitA.id, competency!.id, analyst);
  expect([...asAnalyst.values()].every((n) => publicService(n).reason === reason)).toBe(true);

  // The service unit moves to unit B: the signal moves with it.
  await gql(`mutation ($i: UpdateServiceUnitInput!) { updateServiceUnit(input: $i) { version } }`, {
    i: { id: serviceUnit.id, version: serviceUnit.version, unitId: unitB.id },
  });
  expect(await rankedPublicServiceNeeds(unitA.id, competency!.id)).toEqual(beforeA);
  const movedB = await rankedPublicServiceNeeds(unitB.id, competency!.id);
  for (const [id, n] of movedB) {
    expect(publicService(n)).toMatchObject({ value: 0.5, reason });
    expect(n.score).toBeCloseTo(beforeB.get(id)!.score + weight * 0.5, 9);
  }

  // Reopened, the period no longer counts.
  await gql(`mutation ($id: ID!, $v: Int!) { reopenSurveyPeriod(id: $id, version: $v) { status } }`, { id: period.id, v: (closed.closeSurveyPeriod as { version: number }).version });
  expect(await rankedPublicServiceNeeds(unitB.id, competency!.id)).toEqual(beforeB);
});
