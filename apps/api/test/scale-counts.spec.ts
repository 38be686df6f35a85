import { startTestApp, type TestApp } from "./support/test-app";

/**
 * `unit_employee_counts` (migration 1764600000100) stays equal to a full recount after every kind of write to employees,
 * and the employees page's totalCount read from it equals counting the rows (issue 7, item 3).
 */
let app: TestApp;
let admin: string;
let operator: string;

beforeAll(async () => {
  app = await startTestApp({ employees: 200 });
  admin = await app.login("admin");
  operator = await app.login("operator");
});
afterAll(() => app.close());

/** Units whose kept counts differ from a recount: [] when they agree. */
const drift = async (): Promise<unknown[]> =>
  app.ds.query(`
    SELECT u.code, COALESCE(c.active, 0) AS kept_active, COALESCE(c.inactive, 0) AS kept_inactive, r.active, r.inactive
      FROM units u
      LEFT JOIN unit_employee_counts c ON c.unit_id = u.id
      CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE e.active)::int AS active, count(*) FILTER (WHERE NOT e.active)::int AS inactive
                            FROM employees e WHERE e.unit_id = u.id) r
     WHERE COALESCE(c.active, 0) <> r.active OR COALESCE(c.inactive, 0) <> r.inactive`);

const TOTAL = `query ($filter: EmployeeFilter) { employees(first: 1, filter: $filter) { totalCount } }`;
const total = async (filter: Record<string, unknown>, token = admin): Promise<number> => {
  const r = await app.gql<{ employees: { totalCount: number } }>(TOTAL, { filter }, token);
  expect(r.errors).toBeUndefined();
  return r.data!.employees.totalCount;
};
const recount = async (where: string, params: unknown[] = []): Promise<number> =>
  Number(((await app.ds.query(`SELECT count(*) AS n FROM employees e JOIN units u ON u.id = e.unit_id WHERE ${where}`, params)) as { n: string }[])[0]?.n);

it("matches a recount after the demo load, moves, deactivations, inserts and deletions", async () => {
  expect(await drift()).toEqual([]);
  const [a, b] = (await app.ds.query(`SELECT id FROM units WHERE code IN ('3373.DINKES', '3373.DISDIK') ORDER BY code`)) as { id: string }[];
  // Move some employees, deactivate others, both in one statement and one by one.
  await app.ds.query(`UPDATE employees SET unit_id = $1 WHERE id IN (SELECT id FROM employees WHERE unit_id <> $1 ORDER BY nip LIMIT 7)`, [a!.id]);
  await app.ds.query(`UPDATE employees SET active = false WHERE id IN (SELECT id FROM employees ORDER BY nip DESC LIMIT 5)`);
  await app.ds.query(`UPDATE employees SET active = NOT active, unit_id = $1 WHERE id = (SELECT id FROM employees ORDER BY name LIMIT 1)`, [b!.id]);
  await app.ds.query(`UPDATE employees SET name = name || ' ' WHERE id IN (SELECT id FROM employees LIMIT 3)`);
  expect(await drift()).toEqual([]);
  // Insert a copy of some employees (new NIPs) and delete them again.
  await app.ds.query(`
    INSERT INTO employees (nip, name, gender, birth_date, employment_type, rank_code, rank_order, position_kind, position_title, functional_grade, unit_id, active)
    SELECT '9' || substr(nip, 2), name, gender, birth_date, employment_type, rank_code, rank_order, position_kind, position_title, functional_grade, unit_id, active
      FROM employees ORDER BY nip LIMIT 11`);
  expect(await drift()).toEqual([]);
  await app.ds.query(`DELETE FROM employees WHERE nip LIKE '9%' AND id IN (SELECT id FROM employees WHERE nip LIKE '9%' ORDER BY nip LIMIT 6)`);
  expect(await drift()).toEqual([]);
});

it("answers totalCount from the kept counts equal to counting the rows, for every scope and activity", async () => {
  const [dinkes] = (await app.ds.query(`SELECT id, path FROM units WHERE code = '3373.DINKES'`)) as { id: string; path: string }[];
  expect(await total({})).toBe(await recount(`e.active`));
  expect(await total({ active: false })).toBe(await recount(`NOT e.active`));
  expect(await total({ active: null })).toBe(await recount(`TRUE`));
  expect(await total({ unitId: dinkes!.id })).toBe(await recount(`e.active AND u.path LIKE $1`, [`${dinkes!.path}%`]));
  expect(await total({}, operator)).toBe(await recount(`e.active AND u.path LIKE $1`, [`${dinkes!.path}%`]));
  expect(await total({ search: "a" })).toBe(await recount(`e.active AND e.name ILIKE '%a%'`));
});

it("empties the kept counts when employees are truncated", async () => {
  await app.ds.query(`TRUNCATE employees CASCADE`);
  expect(await drift()).toEqual([]);
  expect(await total({})).toBe(0);
});
