import { startTestApp, type TestApp } from "./support/test-app";

/**
 * A filtered employee count (a search, ranks, position kinds, type, gender) stops at the cap, and the connection says
 * so: at a million employees a common name fragment matched a large share of them and counting took 0.75 s. Counts
 * the per-unit totals answer (no filter, a subtree) stay exact whatever the cap.
 */
let app: TestApp;
let admin: string;
const CAP = 20;

beforeAll(async () => {
  app = await startTestApp({ employees: 120, env: { EMPLOYEE_COUNT_CAP: String(CAP) } });
  admin = await app.login("admin");
});
afterAll(() => app.close());

const Q = `query ($f: EmployeeFilter) { employees(first: 5, filter: $f) { totalCount totalCountCapped edges { node { id } } } }`;

async function count(filter: Record<string, unknown> | null) {
  const r = await app.gql<{ employees: { totalCount: number; totalCountCapped: boolean; edges: unknown[] } }>(Q, { f: filter }, admin);
  expect(r.errors).toBeUndefined();
  return r.data!.employees;
}

const exact = async (where: string, params: unknown[] = []) =>
  Number(((await app.ds.query(`SELECT count(*) AS n FROM employees e WHERE e.active AND ${where}`, params)) as { n: string }[])[0]!.n);

describe("employee totals with a count cap", () => {
  it("a search matching more than the cap gives the cap and says it is capped", async () => {
    const matching = await exact(`e.name ILIKE '%a%'`);
    expect(matching).toBeGreaterThan(CAP);
    expect(await count({ search: "a" })).toMatchObject({ totalCount: CAP, totalCountCapped: true });
  });

  it("a search matching the cap or fewer is exact and not capped", async () => {
    const [row] = (await app.ds.query(`SELECT name FROM employees WHERE active ORDER BY name LIMIT 1`)) as { name: string }[];
    const matching = await exact(`e.name ILIKE $1`, [`%${row!.name}%`]);
    expect(matching).toBeLessThanOrEqual(CAP);
    expect(await count({ search: row!.name })).toEqual(expect.objectContaining({ totalCount: matching, totalCountCapped: false }));
  });

  it("a rank filter is capped the same way", async () => {
    const [rank] = (await app.ds.query(`SELECT rank_code FROM employees WHERE active GROUP BY rank_code ORDER BY count(*) DESC LIMIT 1`)) as { rank_code: string }[];
    const matching = await exact(`e.rank_code = $1`, [rank!.rank_code]);
    const r = await count({ rankCodes: [rank!.rank_code] });
    expect(r).toMatchObject(matching > CAP ? { totalCount: CAP, totalCountCapped: true } : { totalCount: matching, totalCountCapped: false });
  });

  it("without such a filter the kept per-unit counts stay exact beyond the cap", async () => {
    const all = await exact("TRUE");
    expect(all).toBeGreaterThan(CAP);
    expect(await count(null)).toMatchObject({ totalCount: all, totalCountCapped: false });
  });
});
