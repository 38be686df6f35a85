import { startTestApp, type GqlResponse, type TestApp } from "./support/test-app";

let app: TestApp;
let admin: string;
let operator: string;
let dinkes: { id: string; path: string; parent_id: string };
beforeAll(async () => {
  app = await startTestApp({ employees: 300 });
  [admin, operator] = await Promise.all([app.login("admin"), app.login("operator")]);
  [dinkes] = await app.ds.query(`SELECT id, path, parent_id FROM units WHERE code = '3373.DINKES'`);
});
afterAll(() => app.close());

const activeIn = async (path: string): Promise<number> =>
  (await app.ds.query(`SELECT count(*)::int AS n FROM employees e JOIN units u ON u.id = e.unit_id WHERE e.active AND u.path LIKE $1 || '%'`, [path]))[0].n;

describe("every field of a unit is scoped (2.6)", () => {
  it("hides the parent outside an operator's subtree, its id and its employee count", async () => {
    const r = await app.gql(`query ($id: ID!) { unit(id: $id) { id parentId parent { id name employeeCount } employeeCount } }`, { id: dinkes.id }, operator);
    expect(r.errors).toBeUndefined();
    expect(r.data!.unit).toEqual({ id: dinkes.id, parentId: null, parent: null, employeeCount: await activeIn(dinkes.path) });
    // The admin sees the same unit's parent, the city, and its whole count.
    const a = await app.gql(`query ($id: ID!) { unit(id: $id) { parentId parent { id employeeCount } } }`, { id: dinkes.id }, admin);
    const [city] = await app.ds.query(`SELECT id, path FROM units WHERE parent_id IS NULL`);
    expect(a.data!.unit).toEqual({ parentId: city.id, parent: { id: city.id, employeeCount: await activeIn(city.path) } });
  });

  it("reaches no unit outside the subtree through an employee's unit", async () => {
    const r = await app.gql(`{ employees(first: 100) { edges { node { unit { id parentId parent { id } } } } } }`, {}, operator);
    const units = r.data!.employees.edges.map((e: { node: { unit: { id: string; parentId: string | null; parent: { id: string } | null } } }) => e.node.unit);
    const visible = new Set((await app.ds.query(`SELECT id FROM units WHERE path LIKE $1 || '%'`, [dinkes.path])).map((u: { id: string }) => u.id));
    for (const u of units) {
      expect(visible.has(u.id)).toBe(true);
      if (u.parentId !== null) expect(visible.has(u.parentId)).toBe(true);
      if (u.parent !== null) expect(visible.has(u.parent.id)).toBe(true);
    }
    expect(units.some((u: { id: string }) => u.id === dinkes.id)).toBe(true);
  });

  it("gives the operator's top unit no parent id in the flat list, so the tree has one root", async () => {
    const r = await app.gql(`{ units { id parentId } }`, {}, operator);
    const roots = r.data!.units.filter((u: { parentId: string | null }) => u.parentId === null);
    expect(roots).toEqual([{ id: dinkes.id, parentId: null }]);
  });
});

describe("navigation (section 4)", () => {
  it("lists a unit's sub-units, scoped", async () => {
    const children: { id: string }[] = await app.ds.query(`SELECT id FROM units WHERE parent_id = $1 ORDER BY name, id`, [dinkes.id]);
    expect(children.length).toBeGreaterThan(0);
    const r = await app.gql(`query ($id: ID!) { unit(id: $id) { children { id parentId } } }`, { id: dinkes.id }, operator);
    expect(r.data!.unit.children).toEqual(children.map((c) => ({ id: c.id, parentId: dinkes.id })));
    const city = await app.gql(`{ units { id parentId children { id } } }`, {}, admin);
    const root = city.data!.units.find((u: { parentId: string | null }) => u.parentId === null);
    expect(root.children.length).toBe((await app.ds.query(`SELECT id FROM units WHERE parent_id = $1`, [root.id])).length);
  });

  it("pages a unit's employees as a connection agreeing with its count and the employees list", async () => {
    const Q = `query ($id: ID!, $after: String) { unit(id: $id) { employeeCount employees(first: 7, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }; edges: { cursor: string; node: { id: string } }[] };
      const r: GqlResponse<{ unit: { employeeCount: number; employees: Page } }> = await app.gql(Q, { id: dinkes.id, after }, operator);
      expect(r.errors).toBeUndefined();
      const c: Page = r.data!.unit.employees;
      expect(c.totalCount).toBe(r.data!.unit.employeeCount);
      expect(c.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(c.pageInfo.startCursor).toBe(c.edges[0]?.cursor ?? null);
      seen.push(...c.edges.map((e: { node: { id: string } }) => e.node.id));
      pages++;
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(pages).toBeGreaterThan(1);
    expect(new Set(seen).size).toBe(await activeIn(dinkes.path));
    const list = await app.gql(`query ($u: ID!) { employees(first: 100, filter: { unitId: $u }) { edges { node { id } } } }`, { u: dinkes.id }, operator);
    expect(list.data!.employees.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(seen);
  });
});

describe("the employee import is no oracle of other units' NIPs (2.6)", () => {
  const IMPORT = `mutation ($input: ImportEmployeesInput!) { importEmployees(input: $input) { created updated errors { row field code message } } }`;
  const HEADER = "nip,name,employment_type,rank,position_kind,position_title,functional_grade,unit_code";

  it("refuses a foreign NIP in the words of a foreign unit, without saying whose it is, and audits the attempt", async () => {
    const [foreign] = await app.ds.query(
      `SELECT e.nip, e.employment_type FROM employees e JOIN units u ON u.id = e.unit_id WHERE u.path NOT LIKE $1 || '%' AND e.employment_type = 'PNS' LIMIT 1`,
      [dinkes.path],
    );
    const row = (nip: string, unit: string) => `${nip},Nama Uji,PNS,III/a,PELAKSANA,Pengelola Data,,${unit}`;
    const file = [HEADER, row(foreign.nip, "3373.DINKES"), row("199001012015031006", "3373.BKPSDM")].join("\n");
    const before = (await app.ds.query(`SELECT count(*)::int AS n FROM audit_entries WHERE entity_type = 'EmployeeFile'`))[0].n;
    const r = await app.gql(IMPORT, { input: { fileName: "uji.csv", contentBase64: Buffer.from(file).toString("base64"), dryRun: true } }, operator);
    expect(r.errors).toBeUndefined();
    const [nipRow, unitRow] = r.data!.importEmployees.errors;
    expect(nipRow).toMatchObject({ row: 2, field: "nip", code: "FORBIDDEN" });
    expect(unitRow).toMatchObject({ row: 3, field: "unit_code", code: "FORBIDDEN" });
    expect(nipRow.message).toBe(unitRow.message);
    expect(nipRow.message).not.toMatch(/belongs|exists|employee of/i);
    const audit = await app.ds.query(`SELECT action, after FROM audit_entries WHERE entity_type = 'EmployeeFile' ORDER BY id DESC LIMIT 1`);
    expect((await app.ds.query(`SELECT count(*)::int AS n FROM audit_entries WHERE entity_type = 'EmployeeFile'`))[0].n).toBe(before + 1);
    expect(audit[0]).toMatchObject({ action: "IMPORT", after: { dryRun: true, refused: true, rowsOutsideScope: [2, 3] } });
  });
});
