import { startTestApp, type TestApp } from "./support/test-app";

/**
 * Issue 6 §4: navigation from an employee to its needs (`needs(year)`, `skp(year)`, `assessments` as a connection),
 * batched so the SQL statements of a request do not grow with its rows; the heatmap's total row; §2.3 / item 7: the
 * aggregate fields cost their work.
 */
let app: TestApp;
let analyst: string;
let operator: string;
const YEAR = 2026;

beforeAll(async () => {
  app = await startTestApp({ employees: 120 });
  [analyst, operator] = await Promise.all([app.login("analyst"), app.login("operator")]);
});
afterAll(() => app.close());

const EMPLOYEES = `query ($first: Int, $y: Int!) { employees(first: $first) { edges { node {
  id
  needs(year: $y) { year gaps { competency { code } standard actual gap isNeed } jobPersonMatch { percent mappingBand selectionBand } skp { year predikat } }
  skp(year: 2025) { year predikat }
  assessments(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { level assessedOn cycleYear } } }
} } } }`;

describe("Employee.needs, Employee.skp, Employee.assessments", () => {
  // Competencies are asked for under one field only: loads from two fields that resolve at different moments may
  // make two batches (bounded, whatever the rows), which would make the count depend on timing, not on rows.
  it("run the same number of SQL statements for 5 and 20 employees", async () => {
    const count = async (first: number) => {
      app.counter.reset();
      const r = await app.gql(EMPLOYEES, { first, y: YEAR }, analyst);
      expect(r.errors).toBeUndefined();
      expect(r.data!.employees.edges).toHaveLength(first);
      return app.counter.count;
    };
    const small = await count(5);
    expect(await count(20)).toBe(small);
    // Login check, employees page, gaps (scored needs), latest SKP, SKP of the year, assessment pages, their totals, competencies.
    expect(small).toBe(8);
  });

  it("Employee.needs equals employeeNeeds for the same employee and year", async () => {
    const [e] = await app.ds.query(`SELECT employee_id AS id FROM competency_assessments a JOIN skp_results s USING (employee_id) WHERE s.year < $1 LIMIT 1`, [YEAR]);
    const FIELDS = `year gaps { competency { code } standard actual gap isNeed } jobPersonMatch { percent mappingBand selectionBand } skp { year predikat }`;
    const viaEmployee = await app.gql(`query ($id: ID!, $y: Int!) { employee(id: $id) { needs(year: $y) { ${FIELDS} } } }`, { id: e.id, y: YEAR }, analyst);
    const direct = await app.gql(`query ($id: ID!, $y: Int!) { employeeNeeds(id: $id, year: $y) { ${FIELDS} } }`, { id: e.id, y: YEAR }, analyst);
    expect(viaEmployee.errors).toBeUndefined();
    expect(direct.data!.employeeNeeds.jobPersonMatch).not.toBeNull();
    expect(viaEmployee.data!.employee.needs).toEqual(direct.data!.employeeNeeds);
  });

  it("Employee.skp(year) is that year's SKP, or null", async () => {
    const [s] = await app.ds.query(`SELECT employee_id AS id, year, predikat FROM skp_results LIMIT 1`);
    const r = await app.gql(`query ($id: ID!, $y: Int!, $none: Int!) { employee(id: $id) { skp(year: $y) { year predikat } none: skp(year: $none) { year } } }`, { id: s.id, y: s.year, none: 1999 }, analyst);
    expect(r.data!.employee).toEqual({ skp: { year: s.year, predikat: s.predikat }, none: null });
  });

  it("Employee.assessments pages through the whole history, newest first, without overlap", async () => {
    const [e] = await app.ds.query(`SELECT employee_id AS id, count(*)::int AS n FROM competency_assessments GROUP BY employee_id HAVING count(*) >= 5 ORDER BY n DESC LIMIT 1`);
    const expected: { id: string }[] = await app.ds.query(
      `SELECT id FROM competency_assessments WHERE employee_id = $1 ORDER BY assessed_on DESC, recorded_at DESC, id DESC`,
      [e.id],
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const r: { data?: { employee: { assessments: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } } } | null } =
        await app.gql(`query ($id: ID!, $after: String) { employee(id: $id) { assessments(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`, { id: e.id, after }, analyst);
      const conn = r.data!.employee.assessments;
      expect(conn.totalCount).toBe(expected.length);
      seen.push(...conn.edges.map((x) => x.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected.map((x) => x.id));
  });

  it("Employee.assessments refuses a foreign cursor with INVALID_CURSOR", async () => {
    const [e] = await app.ds.query(`SELECT employee_id AS id FROM competency_assessments LIMIT 1`);
    const employeesCursor = (await app.gql(`{ employees(first: 1) { pageInfo { endCursor } } }`, {}, analyst)).data!.employees.pageInfo.endCursor;
    for (const after of [employeesCursor, "garbage", Buffer.from(JSON.stringify(["not-a-date", "2026-01-01T00:00:00Z", e.id])).toString("base64url")]) {
      const r = await app.gql(`query ($id: ID!, $after: String) { employee(id: $id) { assessments(after: $after) { totalCount } } }`, { id: e.id, after }, analyst);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after", domainCode: "INVALID_CURSOR" });
    }
  });
});

describe("the heatmap's total", () => {
  const HEATMAP = `query ($f: NeedsFilter!, $p: ID) { needsHeatmap(filter: $f, parentUnitId: $p) {
    parent { id code }
    rows { unit { id } competency { id } employeesWithStandard employeesAssessed employeesInNeed totalGap maxPriority }
    total { unit { id } competency { id } employeesWithStandard employeesAssessed employeesInNeed totalGap meanGap maxPriority } } }`;
  type Cell = { unit: { id: string }; competency: { id: string }; employeesWithStandard: number; employeesAssessed: number; employeesInNeed: number; totalGap: number; meanGap?: number | null; maxPriority: number | null };

  it.each([
    ["the city (no parent)", null, "analyst"],
    ["a unit's sub-units", "3373.DINKES", "analyst"],
    ["an operator's root", null, "operator"],
  ])("for %s adds up the rows per competency", async (_what, parentCode, who) => {
    const p = parentCode ? (await app.ds.query(`SELECT id FROM units WHERE code = $1`, [parentCode]))[0].id : null;
    const r = await app.gql(HEATMAP, { f: { year: YEAR }, p }, who === "operator" ? operator : analyst);
    expect(r.errors).toBeUndefined();
    const h = r.data!.needsHeatmap as { parent: { id: string; code: string }; rows: Cell[]; total: Cell[] };
    expect(h.rows.length).toBeGreaterThan(0);
    if (parentCode) expect(h.parent.code).toBe(parentCode);
    if (who === "operator") expect(h.parent.code).toBe("3373.DINKES");
    const byCompetency = new Map<string, Cell[]>();
    for (const c of h.rows) byCompetency.set(c.competency.id, [...(byCompetency.get(c.competency.id) ?? []), c]);
    expect(new Set(h.total.map((t) => t.competency.id))).toEqual(new Set(byCompetency.keys()));
    for (const t of h.total) {
      const rows = byCompetency.get(t.competency.id)!;
      const sum = (k: "employeesWithStandard" | "employeesAssessed" | "employeesInNeed" | "totalGap") => rows.reduce((s, c) => s + c[k], 0);
      expect(t.unit.id).toBe(h.parent.id);
      expect([t.employeesWithStandard, t.employeesAssessed, t.employeesInNeed, t.totalGap]).toEqual([
        sum("employeesWithStandard"),
        sum("employeesAssessed"),
        sum("employeesInNeed"),
        sum("totalGap"),
      ]);
      const maxes = rows.map((c) => c.maxPriority).filter((m): m is number => m !== null);
      expect(t.maxPriority).toBe(maxes.length ? Math.max(...maxes) : null);
      expect(t.meanGap).toBe(t.employeesAssessed ? Math.round((t.totalGap / t.employeesAssessed) * 100) / 100 : null);
    }
  });

  it("gives an operator nothing for a parent outside its subtree: neither the city (its ancestor) nor a sibling", async () => {
    for (const code of ["3373", "3373.INSPEKTORAT"]) {
      const p = (await app.ds.query(`SELECT id FROM units WHERE code = $1`, [code]))[0].id;
      const r = await app.gql(`query ($f: NeedsFilter!, $p: ID) { needsHeatmap(filter: $f, parentUnitId: $p) { parent { id name } rows { unit { id } } total { unit { id name } } } }`, { f: { year: YEAR }, p }, operator);
      expect(r.errors).toBeUndefined();
      expect(r.data!.needsHeatmap).toEqual({ parent: null, rows: [], total: [] });
      const old = await app.gql(`query ($f: NeedsFilter!, $p: ID) { needsByUnit(filter: $f, parentUnitId: $p) { unit { id } } }`, { f: { year: YEAR }, p }, operator);
      expect(old.data!.needsByUnit).toEqual([]);
    }
  });

  it("needsByUnit (deprecated) still gives the rows", async () => {
    const a = await app.gql(`query ($f: NeedsFilter!) { needsByUnit(filter: $f) { unit { id } competency { id } employeesInNeed } }`, { f: { year: YEAR } }, analyst);
    const b = await app.gql(`query ($f: NeedsFilter!) { needsHeatmap(filter: $f) { rows { unit { id } competency { id } employeesInNeed } } }`, { f: { year: YEAR } }, analyst);
    expect(a.data!.needsByUnit).toEqual(b.data!.needsHeatmap.rows);
  });
});

describe("the aggregates cost their work (issue 6 §2.3)", () => {
  const alias = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(" ")} }`;
  it.each([
    ["needsHeatmap", `needsHeatmap(filter: { year: 2026 }) { rows { employeesInNeed } total { employeesInNeed } }`],
    ["needsByUnit", `needsByUnit(filter: { year: 2026 }) { employeesInNeed }`],
    ["rankedNeeds", `rankedNeeds(filter: { year: 2026 }, first: 1) { totalCount }`],
    ["jobPersonMatches", `jobPersonMatches(filter: { year: 2026 }, first: 1) { totalCount }`],
  ])("one %s is answered; twenty aliases of it are refused before any SQL", async (_name, field) => {
    expect((await app.gql(`{ ${field} }`, {}, analyst)).errors).toBeUndefined();
    app.counter.reset();
    const r = await app.gql(alias(20, field), {}, analyst);
    expect(r.errors?.[0]?.extensions).toMatchObject({ domainCode: "QUERY_TOO_COMPLEX" });
    expect(app.counter.count).toBe(0);
  });

  it("a page of 100 employees with their needs is within the limit", async () => {
    const r = await app.gql(`{ employees(first: 100) { edges { node { needs(year: 2026) { gaps { gap } jobPersonMatch { percent } } } } } }`, {}, analyst);
    expect(r.errors).toBeUndefined();
  });
});
