import { startTestApp, type TestApp } from "./support/test-app";

/**
 * Defect 2 of issue 6: an employee's Job Person Match and SKP are properties of the employee, so every row of the needs
 * lists has the same JPM and score whatever filter narrows the list; a filter only chooses which rows come back.
 */
let app: TestApp;
let analyst: string;
const YEAR = 2026;

beforeAll(async () => {
  app = await startTestApp({ employees: 150 });
  analyst = await app.login("analyst");
});
afterAll(() => app.close());

interface Need {
  employee: { id: string; positionKind: string; unit: { id: string } };
  competency: { id: string; kind: string };
  jpmPercent: number | null;
  skpPredikat: string | null;
  score: number;
  gap: number;
  parts: { factor: string; contribution: number }[];
}
interface Jpm {
  employee: { id: string };
  percent: number;
  mappingBand: string;
  assessed: number;
  withStandard: number;
}
interface Cell {
  unit: { id: string };
  competency: { id: string };
  employeesWithStandard: number;
  employeesInNeed: number;
  maxPriority: number | null;
}
type Filter = Record<string, unknown>;

const RANKED = `query ($f: NeedsFilter!, $after: String) { rankedNeeds(filter: $f, first: 100, after: $after) {
  pageInfo { hasNextPage endCursor }
  edges { node { employee { id positionKind unit { id } } competency { id kind } jpmPercent skpPredikat score gap parts { factor contribution } } } } }`;
const JPM = `query ($f: NeedsFilter!, $after: String) { jobPersonMatches(filter: $f, first: 100, after: $after) {
  pageInfo { hasNextPage endCursor } edges { node { employee { id } percent mappingBand assessed withStandard } } } }`;
const CELLS = `query ($f: NeedsFilter!) { needsByUnit(filter: $f) { unit { id } competency { id } employeesWithStandard employeesInNeed maxPriority } }`;

async function all<T>(query: string, field: string, filter: Filter): Promise<T[]> {
  const rows: T[] = [];
  let after: string | null = null;
  for (;;) {
    const r = await app.gql(query, { f: { year: YEAR, ...filter }, after }, analyst);
    expect(r.errors).toBeUndefined();
    const conn = r.data![field] as { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: T }[] };
    rows.push(...conn.edges.map((e) => e.node));
    if (!conn.pageInfo.hasNextPage) return rows;
    after = conn.pageInfo.endCursor;
  }
}

const needKey = (n: Need) => `${n.employee.id}|${n.competency.id}`;

let unfiltered: { needs: Need[]; jpm: Jpm[]; cells: Cell[] };
/** Employee id → the top-level unit (child of the root) it rolls up to in the heatmap, and its unit path. */
let topUnitOf: Map<string, string>;
let pathOfUnit: Map<string, string>;

beforeAll(async () => {
  unfiltered = {
    needs: await all<Need>(RANKED, "rankedNeeds", {}),
    jpm: await all<Jpm>(JPM, "jobPersonMatches", {}),
    cells: ((await app.gql(CELLS, { f: { year: YEAR } }, analyst)).data!.needsByUnit as Cell[]),
  };
  const rows: { id: string; top: string }[] = await app.ds.query(
    `SELECT e.id, t.id AS top FROM employees e JOIN units u ON u.id = e.unit_id
       JOIN units t ON u.path LIKE t.path || '%' JOIN units r ON r.id = t.parent_id AND r.parent_id IS NULL`,
  );
  topUnitOf = new Map(rows.map((r) => [r.id, r.top]));
  pathOfUnit = new Map((await app.ds.query(`SELECT id, path FROM units`)).map((u: { id: string; path: string }) => [u.id, u.path]));
});

/** Every filter NeedsFilter has (besides the year), each with a value the demo data makes interesting. */
async function filters(): Promise<[string, Filter, (n: Need) => boolean][]> {
  const [technical] = await app.ds.query(`SELECT id FROM competencies WHERE kind = 'TECHNICAL' AND id IN (SELECT competency_id FROM competency_assessments) LIMIT 1`);
  const [integritas] = await app.ds.query(`SELECT id FROM competencies WHERE code = 'M.INTEGRITAS'`);
  const [dinkes] = await app.ds.query(`SELECT id FROM units WHERE code = '3373.DINKES'`);
  return [
    ["competencyKind TECHNICAL", { competencyKind: "TECHNICAL" }, (n) => n.competency.kind === "TECHNICAL"],
    ["competencyKind MANAGERIAL", { competencyKind: "MANAGERIAL" }, (n) => n.competency.kind === "MANAGERIAL"],
    ["competencyKind SOCIO_CULTURAL", { competencyKind: "SOCIO_CULTURAL" }, (n) => n.competency.kind === "SOCIO_CULTURAL"],
    ["competencyId (technical)", { competencyId: technical.id }, (n) => n.competency.id === technical.id],
    ["competencyId (managerial)", { competencyId: integritas.id }, (n) => n.competency.id === integritas.id],
    ["unitId", { unitId: dinkes.id }, (n) => pathOfUnit.get(n.employee.unit.id)!.startsWith(pathOfUnit.get(dinkes.id)!)],
    ["positionKind", { positionKind: "ADMINISTRATOR" }, (n) => n.employee.positionKind === "ADMINISTRATOR"],
    [
      "competencyKind and positionKind together",
      { competencyKind: "MANAGERIAL", positionKind: "PENGAWAS" },
      (n) => n.competency.kind === "MANAGERIAL" && n.employee.positionKind === "PENGAWAS",
    ],
  ];
}

describe("needs filters choose rows and never change an employee's JPM or a need's score", () => {
  it("has a meaningful unfiltered baseline", () => {
    expect(unfiltered.needs.length).toBeGreaterThan(200);
    expect(unfiltered.jpm.length).toBeGreaterThan(50);
  });

  it.each([0, 1, 2, 3, 4, 5, 6, 7])("rankedNeeds under filter #%i: same rows as the unfiltered list narrowed, same JPM, SKP and score", async (i) => {
    const [, filter, keep] = (await filters())[i]!;
    const got = await all<Need>(RANKED, "rankedNeeds", filter);
    const expected = unfiltered.needs.filter(keep);
    expect(expected.length).toBeGreaterThan(0);
    expect(got.map(needKey).sort()).toEqual(expected.map(needKey).sort());
    const byKey = new Map(expected.map((n) => [needKey(n), n]));
    for (const n of got) {
      const u = byKey.get(needKey(n))!;
      expect({ key: needKey(n), jpm: n.jpmPercent, skp: n.skpPredikat, score: n.score, parts: n.parts }).toEqual({
        key: needKey(u),
        jpm: u.jpmPercent,
        skp: u.skpPredikat,
        score: u.score,
        parts: u.parts,
      });
    }
    // Same order: the filtered list is the unfiltered ranking narrowed.
    expect(got.map(needKey)).toEqual(expected.map(needKey));
  });

  it.each([0, 1, 2, 3, 4, 5, 6, 7])("jobPersonMatches under filter #%i: every employee keeps the unfiltered JPM", async (i) => {
    const [, filter] = (await filters())[i]!;
    const got = await all<Jpm>(JPM, "jobPersonMatches", filter);
    expect(got.length).toBeGreaterThan(0);
    const byId = new Map(unfiltered.jpm.map((j) => [j.employee.id, j]));
    for (const j of got) expect(j).toEqual(byId.get(j.employee.id));
    // The filter chooses the employees: those of the unit / position kind with a standard for a matching competency.
    const chosen: { id: string }[] = await app.ds.query(
      `SELECT DISTINCT e.id FROM employees e JOIN units u ON u.id = e.unit_id
         JOIN competency_standards s ON s.position_kind = e.position_kind
          AND (s.functional_grade = '' OR s.functional_grade = coalesce(e.functional_grade, ''))
          AND (s.position_title = '' OR s.position_title = e.position_title)
         JOIN competencies c ON c.id = s.competency_id AND c.active
        WHERE e.active
          AND ($1::text IS NULL OR c.kind = $1) AND ($2::uuid IS NULL OR c.id = $2)
          AND ($3::text IS NULL OR e.position_kind = $3)
          AND ($4::uuid IS NULL OR u.path LIKE (SELECT path FROM units WHERE id = $4) || '%')`,
      [filter.competencyKind ?? null, filter.competencyId ?? null, filter.positionKind ?? null, filter.unitId ?? null],
    );
    const chosenIds = new Set(chosen.map((c) => c.id));
    expect(got.map((j) => j.employee.id).sort()).toEqual(unfiltered.jpm.filter((j) => chosenIds.has(j.employee.id)).map((j) => j.employee.id).sort());
  });

  it.each([0, 1, 2, 3, 4, 5, 6, 7])("needsByUnit under filter #%i: each cell's maxPriority is the highest unfiltered score of its rows", async (i) => {
    const [, filter, keep] = (await filters())[i]!;
    const r = await app.gql(CELLS, { f: { year: YEAR, ...filter } }, analyst);
    expect(r.errors).toBeUndefined();
    const cells = r.data!.needsByUnit as Cell[];
    // The rows are the city's top-level units (no parentUnitId); a unit filter narrows the employees counted.
    const rowUnitOf = (n: Need): string | null => topUnitOf.get(n.employee.id) ?? null;
    const expected = new Map<string, number>();
    for (const n of unfiltered.needs.filter(keep)) {
      const unit = rowUnitOf(n);
      if (!unit) continue;
      const key = `${unit}|${n.competency.id}`;
      expected.set(key, Math.max(expected.get(key) ?? 0, n.score));
    }
    const got = new Map(cells.filter((c) => c.maxPriority !== null).map((c) => [`${c.unit.id}|${c.competency.id}`, c.maxPriority]));
    expect(got.size).toBeGreaterThan(0);
    expect(got).toEqual(expected);
  });

  it("a competency filter leaves the unfiltered heatmap cells of those competencies unchanged", async () => {
    const r = await app.gql(CELLS, { f: { year: YEAR, competencyKind: "TECHNICAL" } }, analyst);
    const kinds = new Map((await app.ds.query(`SELECT id, kind FROM competencies`)).map((c: { id: string; kind: string }) => [c.id, c.kind]));
    const key = (c: Cell) => `${c.unit.id}|${c.competency.id}`;
    const expected = unfiltered.cells.filter((c) => kinds.get(c.competency.id) === "TECHNICAL");
    expect(new Map((r.data!.needsByUnit as Cell[]).map((c) => [key(c), c]))).toEqual(new Map(expected.map((c) => [key(c), c])));
  });
});
