import { aggregateNeeds, jobPersonMatch, priorityScore, type MappingBand, type SkpPredikat } from "@bina/domain";
import { startTestApp, type TestApp } from "./support/test-app";

let app: TestApp;
let admin: string;
let operator: string;
let analyst: string;
const YEAR = 2026;

beforeAll(async () => {
  app = await startTestApp({ employees: 300 });
  [admin, operator, analyst] = await Promise.all([app.login("admin"), app.login("operator"), app.login("analyst")]);
});
afterAll(() => app.close());

interface GapRow { employeeId: string; unitPath: string; competencyId: string; standard: number; actual: number | null; gap: number | null; mandatory: boolean }

/** The gaps recomputed in TypeScript from the raw tables, independently of the API's SQL. */
async function recomputeGaps(): Promise<GapRow[]> {
  const employees: { id: string; path: string; position_kind: string; functional_grade: string | null; position_title: string }[] = await app.ds.query(
    `SELECT e.id, u.path, e.position_kind, e.functional_grade, e.position_title FROM employees e JOIN units u ON u.id = e.unit_id WHERE e.active`,
  );
  const standards: { competency_id: string; position_kind: string; functional_grade: string; position_title: string; level: number; mandatory_programme: boolean }[] =
    await app.ds.query(`SELECT s.* FROM competency_standards s JOIN competencies c ON c.id = s.competency_id WHERE c.active`);
  const assessments: { employee_id: string; competency_id: string; level: number; assessed_on: string; recorded_at: Date }[] = await app.ds.query(
    `SELECT a.employee_id, a.competency_id, a.level, a.assessed_on::text, a.recorded_at FROM competency_assessments a JOIN assessment_cycles y ON y.id = a.cycle_id WHERE y.year = $1`,
    [YEAR],
  );
  const latest = new Map<string, (typeof assessments)[number]>();
  for (const a of assessments) {
    const key = `${a.employee_id}|${a.competency_id}`;
    const cur = latest.get(key);
    if (!cur || a.assessed_on > cur.assessed_on || (a.assessed_on === cur.assessed_on && a.recorded_at > cur.recorded_at)) latest.set(key, a);
  }
  const rows: GapRow[] = [];
  for (const e of employees) {
    const best = new Map<string, { rank: number; s: (typeof standards)[number] }>();
    for (const s of standards) {
      if (s.position_kind !== e.position_kind) continue;
      if (s.functional_grade !== "" && s.functional_grade !== (e.functional_grade ?? "")) continue;
      if (s.position_title !== "" && s.position_title !== e.position_title) continue;
      const rank = (s.position_title !== "" ? 2 : 0) + (s.functional_grade !== "" ? 1 : 0);
      const cur = best.get(s.competency_id);
      if (!cur || rank > cur.rank) best.set(s.competency_id, { rank, s });
    }
    for (const [competencyId, { s }] of best) {
      const a = latest.get(`${e.id}|${competencyId}`);
      rows.push({ employeeId: e.id, unitPath: e.path, competencyId, standard: s.level, actual: a?.level ?? null, gap: a ? s.level - a.level : null, mandatory: s.mandatory_programme });
    }
  }
  return rows;
}

describe("needs aggregates", () => {
  it("needs per unit × competency equal a recomputation with the domain's aggregateNeeds", async () => {
    const r = await app.gql(
      `query ($f: NeedsFilter!) { needsByUnit(filter: $f) { unit { id } competency { id } employeesAssessed employeesInNeed totalGap meanGap } }`,
      { f: { year: YEAR } },
      analyst,
    );
    expect(r.errors).toBeUndefined();
    const top: { id: string; path: string }[] = await app.ds.query(`SELECT c.id, c.path FROM units c JOIN units p ON p.id = c.parent_id WHERE p.parent_id IS NULL`);
    const gaps = await recomputeGaps();
    const expected = aggregateNeeds(
      gaps.flatMap((g) => top.filter((t) => g.unitPath.startsWith(t.path)).map((t) => ({ unitId: t.id, competencyCode: g.competencyId, gap: g.gap }))),
    );
    const got = (r.data!.needsByUnit as { unit: { id: string }; competency: { id: string }; employeesAssessed: number; employeesInNeed: number; totalGap: number; meanGap: number | null }[])
      .map((c) => ({ unitId: c.unit.id, competencyCode: c.competency.id, employeesAssessed: c.employeesAssessed, employeesInNeed: c.employeesInNeed, totalGap: c.totalGap, meanGap: c.meanGap }));
    const key = (x: { unitId: string; competencyCode: string }) => `${x.unitId}|${x.competencyCode}`;
    expect(got.length).toBeGreaterThan(50);
    expect(new Map(got.map((g) => [key(g), g]))).toEqual(
      new Map(expected.map((e) => [key(e), { unitId: e.unitId, competencyCode: e.competencyCode, employeesAssessed: e.employeesAssessed, employeesInNeed: e.employeesInNeed, totalGap: e.totalGap, meanGap: e.meanGap }])),
    );
  });

  it("ranks needs by a score equal to the domain's priorityScore, whose parts add up to it", async () => {
    const gaps = await recomputeGaps();
    const jpm = new Map<string, MappingBand>();
    for (const id of new Set(gaps.map((g) => g.employeeId))) {
      const pairs = gaps.filter((g) => g.employeeId === id && g.actual !== null).map((g) => ({ standard: g.standard, actual: g.actual! }));
      if (pairs.length) jpm.set(id, jobPersonMatch(pairs).mappingBand);
    }
    const skp = new Map<string, SkpPredikat>(
      (await app.ds.query(`SELECT DISTINCT ON (employee_id) employee_id, predikat FROM skp_results WHERE year < $1 ORDER BY employee_id, year DESC`, [YEAR])).map(
        (r: { employee_id: string; predikat: SkpPredikat }) => [r.employee_id, r.predikat],
      ),
    );
    const expectedScore = (g: GapRow) =>
      priorityScore({ gap: g.gap!, skpPredikat: skp.get(g.employeeId) ?? null, jpmBand: jpm.get(g.employeeId) ?? null, mandatoryForPosition: g.mandatory }).score;
    const byKey = new Map(gaps.filter((g) => (g.gap ?? 0) > 0).map((g) => [`${g.employeeId}|${g.competencyId}`, g]));

    type Node = { employee: { id: string }; competency: { id: string }; gap: number; score: number; parts: { contribution: number }[] };
    const seen: Node[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const r: { data?: { rankedNeeds: { totalCount: number; pageInfo: { endCursor: string }; edges: { node: Node }[] } } | null } = await app.gql(
        `query ($f: NeedsFilter!, $after: String) { rankedNeeds(filter: $f, first: 50, after: $after) { totalCount pageInfo { endCursor } edges { node { employee { id } competency { id } gap score parts { contribution } } } } }`,
        { f: { year: YEAR }, after },
        analyst,
      );
      expect(r.data!.rankedNeeds.totalCount).toBe(byKey.size);
      seen.push(...r.data!.rankedNeeds.edges.map((e) => e.node));
      after = r.data!.rankedNeeds.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(150);
    for (const n of seen) {
      const g = byKey.get(`${n.employee.id}|${n.competency.id}`);
      expect(g).toBeDefined();
      expect(n.score).toBe(expectedScore(g!));
      expect(n.parts.reduce((s, p) => s + p.contribution, 0)).toBeCloseTo(n.score, 6);
    }
    const scores = seen.map((n) => n.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const allExpected = [...byKey.values()].map(expectedScore).sort((a, b) => b - a).slice(0, 150);
    expect(scores).toEqual(allExpected);
  });

  it("lists every assessed employee's Job Person Match, lowest first, equal to the domain's jobPersonMatch", async () => {
    const gaps = await recomputeGaps();
    const expected = new Map<string, { percent: number; mappingBand: string }>();
    for (const id of new Set(gaps.map((g) => g.employeeId))) {
      const pairs = gaps.filter((g) => g.employeeId === id && g.actual !== null).map((g) => ({ standard: g.standard, actual: g.actual! }));
      if (pairs.length) expected.set(id, jobPersonMatch(pairs));
    }
    const r = await app.gql(
      `query ($f: NeedsFilter!) { jobPersonMatches(filter: $f, first: 100) { totalCount edges { node { employee { id } percent mappingBand } } } }`,
      { f: { year: YEAR } },
      analyst,
    );
    expect(r.data!.jobPersonMatches.totalCount).toBe(expected.size);
    const nodes = r.data!.jobPersonMatches.edges.map((e: { node: { employee: { id: string }; percent: number; mappingBand: string } }) => e.node);
    for (const n of nodes) expect({ percent: n.percent, mappingBand: n.mappingBand }).toEqual({ percent: expected.get(n.employee.id)!.percent, mappingBand: expected.get(n.employee.id)!.mappingBand });
    const lowest = [...expected.values()].map((e) => e.percent).sort((a, b) => a - b).slice(0, nodes.length);
    expect(nodes.map((n: { percent: number }) => n.percent)).toEqual(lowest);
  });

  it("measures an employee against a target position separately from the current one", async () => {
    const [e] = await app.ds.query(`SELECT id FROM employees WHERE position_kind = 'PENGAWAS' AND id IN (SELECT employee_id FROM competency_assessments) LIMIT 1`);
    const r = await app.gql(
      `query ($id: ID!, $y: Int!, $t: TargetPosition) { employeeNeeds(employeeId: $id, year: $y, target: $t) { gaps { competency { code } standard actual } targetGaps { competency { code } standard actual gap } } }`,
      { id: e.id, y: YEAR, t: { positionKind: "ADMINISTRATOR" } },
      analyst,
    );
    const current = new Map(r.data!.employeeNeeds.gaps.map((g: { competency: { code: string }; standard: number; actual: number | null }) => [g.competency.code, g]));
    const target = r.data!.employeeNeeds.targetGaps as { competency: { code: string }; standard: number; actual: number | null; gap: number | null }[];
    const integritas = target.find((g) => g.competency.code === "M.INTEGRITAS")!;
    expect(integritas.standard).toBe(3);
    expect((current.get("M.INTEGRITAS") as { standard: number }).standard).toBe(2);
    expect(integritas.actual).toBe((current.get("M.INTEGRITAS") as { actual: number | null }).actual);
    expect(integritas.gap).toBe(integritas.actual === null ? null : 3 - integritas.actual);
  });

  it("runs the same number of SQL statements for 10 and 50 ranked needs", async () => {
    const count = async (first: number) => {
      app.counter.reset();
      await app.gql(`query ($f: NeedsFilter!, $n: Int) { rankedNeeds(filter: $f, first: $n) { edges { node { employee { name unit { name } } competency { code } unit { name } score } } } }`, { f: { year: YEAR }, n: first }, analyst);
      return app.counter.count;
    };
    expect(await count(50)).toBe(await count(10));
  });

  it("keeps an operator's aggregates to their own unit", async () => {
    const r = await app.gql(`query ($f: NeedsFilter!) { rankedNeeds(filter: $f, first: 100) { edges { node { unit { code } } } } }`, { f: { year: YEAR } }, operator);
    const codes = (r.data!.rankedNeeds.edges as { node: { unit: { code: string } } }[]).map((e) => e.node.unit.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => c.startsWith("3373.DINKES"))).toBe(true);
  });
});

describe("assessments", () => {
  const RECORD = `mutation ($i: RecordAssessmentInput!) { recordAssessment(input: $i) { id level cycleYear } }`;
  let employee: { id: string };
  let competency: { id: string };

  beforeAll(async () => {
    [employee] = await app.ds.query(`SELECT e.id FROM employees e JOIN units u ON u.id = e.unit_id WHERE u.code LIKE '3373.DINKES%' ORDER BY e.nip LIMIT 1`);
    [competency] = await app.ds.query(`SELECT id FROM competencies WHERE code = 'M.INTEGRITAS'`);
  });

  it("keeps history: a new assessment is added, never overwrites, and the latest counts", async () => {
    const before = (await app.ds.query(`SELECT count(*)::int AS n FROM competency_assessments WHERE employee_id = $1`, [employee.id]))[0].n;
    const a = await app.gql(RECORD, { i: { employeeId: employee.id, competencyId: competency.id, year: YEAR, level: 1, source: "SUPERVISOR", assessedOn: "2026-11-01" } }, operator);
    expect(a.errors).toBeUndefined();
    const b = await app.gql(RECORD, { i: { employeeId: employee.id, competencyId: competency.id, year: YEAR, level: 3, source: "ASSESSMENT_CENTER", assessedOn: "2026-11-20" } }, admin);
    expect(b.data!.recordAssessment).toMatchObject({ level: 3, cycleYear: YEAR });
    const after = (await app.ds.query(`SELECT count(*)::int AS n FROM competency_assessments WHERE employee_id = $1`, [employee.id]))[0].n;
    expect(after).toBe(before + 2);
    const needs = await app.gql(
      `query ($id: ID!, $y: Int!) { employeeNeeds(employeeId: $id, year: $y) { gaps { competency { code } standard actual gap isNeed } assessments { level assessedOn } jobPersonMatch { percent mappingBand } } }`,
      { id: employee.id, y: YEAR },
      analyst,
    );
    const gap = needs.data!.employeeNeeds.gaps.find((g: { competency: { code: string } }) => g.competency.code === "M.INTEGRITAS");
    expect(gap).toMatchObject({ actual: 3, gap: gap.standard - 3, isNeed: gap.standard > 3 });
    expect(needs.data!.employeeNeeds.assessments.slice(0, 2)).toEqual([{ level: 3, assessedOn: "2026-11-20" }, { level: 1, assessedOn: "2026-11-01" }]);
  });

  it.each([
    ["a level of 6", { level: 6 }, "level"],
    ["a date outside the year", { assessedOn: "2025-12-31" }, "assessedOn"],
  ])("refuses %s, naming the field", async (_l, over, field) => {
    const r = await app.gql(RECORD, { i: { employeeId: employee.id, competencyId: competency.id, year: YEAR, level: 2, source: "SELF", assessedOn: "2026-05-05", ...over } }, admin);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  it("keeps an operator from assessing another unit's employee, and an analyst from assessing at all", async () => {
    const [other] = await app.ds.query(`SELECT e.id FROM employees e JOIN units u ON u.id = e.unit_id WHERE u.code NOT LIKE '3373.DINKES%' LIMIT 1`);
    const input = { employeeId: other.id, competencyId: competency.id, year: YEAR, level: 2, source: "SELF", assessedOn: "2026-05-05" };
    expect((await app.gql(RECORD, { i: input }, operator)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await app.gql(RECORD, { i: input }, analyst)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("imports assessments all or nothing, reporting every bad row", async () => {
    const [e] = await app.ds.query(`SELECT nip FROM employees LIMIT 1`);
    const csv = (...rows: string[]) => Buffer.from(["nip,competency_code,level,source,assessed_on", ...rows].join("\n")).toString("base64");
    const count = async () => (await app.ds.query(`SELECT count(*)::int AS n FROM competency_assessments`))[0].n;
    const before = await count();
    const bad = await app.gql(
      `mutation ($i: ImportAssessmentsInput!) { importAssessments(input: $i) { created errors { row field code } } }`,
      { i: { year: YEAR, fileName: "a.csv", contentBase64: csv(`${e.nip},M.KOMUNIKASI,2,SELF,2026-03-01`, `${e.nip},M.NOPE,2,SELF,2026-03-01`, `${e.nip},M.KOMUNIKASI,9,BOSS,2026-13-01`) } },
      admin,
    );
    expect(bad.data!.importAssessments.created).toBe(0);
    expect(bad.data!.importAssessments.errors).toEqual([
      { row: 3, field: "competency_code", code: "UNKNOWN_COMPETENCY" },
      expect.objectContaining({ row: 4, field: "level" }),
      { row: 4, field: "source", code: "INVALID_SOURCE" },
      { row: 4, field: "assessed_on", code: "INVALID_DATE" },
    ]);
    expect(await count()).toBe(before);
    const good = await app.gql(
      `mutation ($i: ImportAssessmentsInput!) { importAssessments(input: $i) { created errors { row } } }`,
      { i: { year: YEAR, fileName: "a.csv", contentBase64: csv(`${e.nip},M.KOMUNIKASI,2,SELF,2026-03-01`, `${e.nip},m.kerja_sama,3,supervisor,2026-03-02`) } },
      admin,
    );
    expect(good.data!.importAssessments).toEqual({ created: 2, errors: [] });
    expect(await count()).toBe(before + 2);
  });

  it("derives the SKP predikat with the domain's matrix and replaces a year's result", async () => {
    const SKP = `mutation ($i: RecordSkpInput!) { recordSkpResult(input: $i) { predikat version } }`;
    const first = await app.gql(SKP, { i: { employeeId: employee.id, year: 2026, resultRating: "ABOVE", behaviourRating: "BELOW" } }, operator);
    expect(first.data!.recordSkpResult).toEqual({ predikat: "KURANG", version: 1 });
    const second = await app.gql(SKP, { i: { employeeId: employee.id, year: 2026, resultRating: "BELOW", behaviourRating: "ABOVE" } }, operator);
    expect(second.data!.recordSkpResult).toEqual({ predikat: "BUTUH_PERBAIKAN", version: 2 });
  });
});

describe("training proposals", () => {
  const SUBMIT = `mutation ($i: SubmitProposalInput!) { submitProposal(input: $i) { id status version unit { code } } }`;
  const DECIDE = `mutation ($i: DecideProposalInput!) { decideProposal(input: $i) { status decisionReason version } }`;
  const unitId = async (code: string) => (await app.ds.query(`SELECT id FROM units WHERE code = $1`, [code]))[0].id as string;
  const input = async (code: string) => ({
    unitId: await unitId(code),
    year: 2027,
    competencyId: (await app.ds.query(`SELECT id FROM competencies WHERE code = 'M.KOMUNIKASI'`))[0].id,
    title: "Pelatihan Komunikasi Publik",
    participants: 20,
    jp: 24,
    justification: "Pengaduan layanan meningkat; gap komunikasi pada staf loket.",
  });

  it("lets an operator propose for their own unit only, and see only their unit's proposals", async () => {
    const own = await app.gql(SUBMIT, { i: await input("3373.DINKES.YANKES") }, operator);
    expect(own.data!.submitProposal).toMatchObject({ status: "SUBMITTED", unit: { code: "3373.DINKES.YANKES" } });
    const other = await app.gql(SUBMIT, { i: await input("3373.BKPSDM") }, operator);
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const list = await app.gql(`{ trainingProposals(first: 100) { totalCount edges { node { unit { code } } } } }`, {}, operator);
    const codes = list.data!.trainingProposals.edges.map((e: { node: { unit: { code: string } } }) => e.node.unit.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c: string) => c.startsWith("3373.DINKES"))).toBe(true);
    const all = await app.gql(`{ trainingProposals(first: 100) { totalCount } }`, {}, admin);
    expect(all.data!.trainingProposals.totalCount).toBeGreaterThan(list.data!.trainingProposals.totalCount);
  });

  it("lets only an admin decide; returning needs a reason; a decided proposal cannot be decided again", async () => {
    const p = (await app.gql(SUBMIT, { i: await input("3373.DINKES") }, operator)).data!.submitProposal;
    expect((await app.gql(DECIDE, { i: { id: p.id, version: p.version, decision: "ACCEPT" } }, operator)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const noReason = await app.gql(DECIDE, { i: { id: p.id, version: p.version, decision: "RETURN" } }, admin);
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "reason" });
    const returned = await app.gql(DECIDE, { i: { id: p.id, version: p.version, decision: "RETURN", reason: "Gabungkan dengan usulan RSUD." } }, admin);
    expect(returned.data!.decideProposal).toEqual({ status: "RETURNED", decisionReason: "Gabungkan dengan usulan RSUD.", version: p.version + 1 });
    const again = await app.gql(DECIDE, { i: { id: p.id, version: p.version + 1, decision: "ACCEPT" } }, admin);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", domainCode: "PROPOSAL_ALREADY_DECIDED" });
    const audit = await app.gql(`query ($id: String) { auditLog(filter: { entityId: $id }) { edges { node { action actor { username } } } } }`, { id: p.id }, admin);
    expect(audit.data!.auditLog.edges.map((e: { node: { action: string; actor: { username: string } } }) => [e.node.action, e.node.actor.username])).toEqual([
      ["DECIDE", "admin"],
      ["CREATE", "operator"],
    ]);
  });
});
