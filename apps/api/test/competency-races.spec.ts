import { startTestApp, type TestApp, type GqlResponse } from "./support/test-app";

/**
 * Issue 6 §2.9: races end in CONFLICT, never INTERNAL_SERVER_ERROR. Several identical requests are sent at once, so
 * that at least two of them insert the same new key; the unique index lets one win and the others get CONFLICT (or,
 * when they happen to run after the winner, the answer a sequential request gets).
 */
let app: TestApp;
let admin: string;
let operator: string;

beforeAll(async () => {
  app = await startTestApp({ employees: 60 });
  [admin, operator] = await Promise.all([app.login("admin"), app.login("operator")]);
});
afterAll(() => app.close());

const PARALLEL = 6;
const all = <T>(n: number, send: () => Promise<T>): Promise<T[]> => Promise.all(Array.from({ length: n }, send));
const codes = (rs: GqlResponse[]) => rs.map((r) => (r.errors ? String(r.errors[0]?.extensions?.code) : "OK"));

describe("parallel writes of one new key", () => {
  it.each([0, 1, 2])("createCompetency with one code (round %i): one created, the others CONFLICT DUPLICATE_CODE", async (round) => {
    const code = `T.RACE_${round}_${Date.now()}`;
    const rs = await all(PARALLEL, () =>
      app.gql(`mutation ($i: CompetencyInput!) { createCompetency(input: $i) { id } }`, { i: { code, kind: "TECHNICAL", name: "Balapan" } }, admin),
    );
    expect(codes(rs).filter((c) => c === "OK")).toHaveLength(1);
    expect(codes(rs).filter((c) => c !== "OK")).toEqual(Array(PARALLEL - 1).fill("CONFLICT"));
    for (const r of rs.filter((r) => r.errors)) expect(r.errors![0]!.extensions).toMatchObject({ field: "code", domainCode: "DUPLICATE_CODE" });
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM competencies WHERE code = $1`, [code]);
    expect(n).toBe(1);
  });

  it.each([0, 1, 2])("setCompetencyStandard for one new key (round %i): one row, no 500, a loser is CONFLICT", async (round) => {
    const c = await app.gql(
      `mutation ($i: CompetencyInput!) { createCompetency(input: $i) { id } }`,
      { i: { code: `T.STD_RACE_${round}_${Date.now()}`, kind: "TECHNICAL", name: "Standar Balapan" } },
      admin,
    );
    const competencyId = c.data!.createCompetency.id;
    const rs = await all(PARALLEL, () =>
      app.gql(`mutation ($i: SetStandardInput!) { setCompetencyStandard(input: $i) { id } }`, { i: { competencyId, positionKind: "PELAKSANA", level: 2 } }, admin),
    );
    expect(codes(rs).every((c) => c === "OK" || c === "CONFLICT")).toBe(true);
    expect(codes(rs)).toContain("OK");
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM competency_standards WHERE competency_id = $1`, [competencyId]);
    expect(n).toBe(1);
  });

  it.each([2031, 2032, 2033])("recordSkpResult for one employee and a new year (%i): one row, no 500, a loser is CONFLICT", async (year) => {
    const [e] = await app.ds.query(`SELECT e.id FROM employees e JOIN units u ON u.id = e.unit_id WHERE u.code LIKE '3373.DINKES%' ORDER BY e.nip LIMIT 1`);
    const rs = await all(PARALLEL, () =>
      app.gql(
        `mutation ($i: RecordSkpInput!) { recordSkpResult(input: $i) { id } }`,
        { i: { employeeId: e.id, year, resultRating: "MEETS", behaviourRating: "MEETS" } },
        operator,
      ),
    );
    expect(codes(rs).every((c) => c === "OK" || c === "CONFLICT")).toBe(true);
    expect(codes(rs)).toContain("OK");
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM skp_results WHERE employee_id = $1 AND year = $2`, [e.id, year]);
    expect(n).toBe(1);
  });
});

describe("ids that are not ids", () => {
  it.each([
    ["needsHeatmap(parentUnitId)", `{ needsHeatmap(filter: { year: 2026 }, parentUnitId: "not-a-uuid") { rows { employeesInNeed } } }`, "parentUnitId"],
    ["needsByUnit(parentUnitId)", `{ needsByUnit(filter: { year: 2026 }, parentUnitId: "not-a-uuid") { employeesInNeed } }`, "parentUnitId"],
    ["needsHeatmap(parentUnitId: \"\")", `{ needsHeatmap(filter: { year: 2026 }, parentUnitId: "") { rows { employeesInNeed } } }`, "parentUnitId"],
    ["rankedNeeds(filter.unitId)", `{ rankedNeeds(filter: { year: 2026, unitId: "x" }) { totalCount } }`, "unitId"],
    ["jobPersonMatches(filter.competencyId)", `{ jobPersonMatches(filter: { year: 2026, competencyId: "'; drop table x" }) { totalCount } }`, "competencyId"],
  ])("%s is BAD_USER_INPUT naming the field", async (_what, query, field) => {
    const r = await app.gql(query, {}, admin);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  it.each([
    ["employeeNeeds(id)", `{ employeeNeeds(id: "nope", year: 2026) { year } }`, (d: Record<string, unknown>) => d.employeeNeeds, null],
    ["employeeNeeds(employeeId)", `{ employeeNeeds(employeeId: "nope", year: 2026) { year } }`, (d: Record<string, unknown>) => d.employeeNeeds, null],
    ["competencyStandards(competencyId)", `{ competencyStandards(competencyId: "nope") { id } }`, (d: Record<string, unknown>) => d.competencyStandards, []],
  ])("%s is an empty answer", async (_what, query, pick, expected) => {
    const r = await app.gql(query, {}, admin);
    expect(r.errors).toBeUndefined();
    expect(pick(r.data!)).toEqual(expected);
  });

  it.each([
    ["deleteCompetencyStandard(id)", `mutation { deleteCompetencyStandard(id: "nope") }`, "NOT_FOUND"],
    ["updateCompetency(input.id)", `mutation { updateCompetency(input: { id: "nope", version: 1, name: "X Y" }) { id } }`, "BAD_USER_INPUT"],
    ["employeeNeeds without an id", `{ employeeNeeds(year: 2026) { year } }`, "BAD_USER_INPUT"],
    ["recordSkpResult(input.employeeId)", `mutation { recordSkpResult(input: { employeeId: "nope", year: 2026, resultRating: MEETS, behaviourRating: MEETS }) { id } }`, "BAD_USER_INPUT"],
  ])("%s is a client error, never a 500", async (_what, query, code) => {
    const r = await app.gql(query, {}, admin);
    expect(r.errors?.[0]?.extensions?.code).toBe(code);
  });

  it("a heatmap parent outside an operator's scope gives no rows", async () => {
    const [other] = await app.ds.query(`SELECT id FROM units WHERE code = '3373.BKPSDM'`);
    const r = await app.gql(`query ($p: ID) { needsHeatmap(filter: { year: 2026 }, parentUnitId: $p) { parent { id } rows { employeesInNeed } total { employeesInNeed } } }`, { p: other.id }, operator);
    expect(r.errors).toBeUndefined();
    expect(r.data!.needsHeatmap).toEqual({ parent: null, rows: [], total: [] });
  });
});
