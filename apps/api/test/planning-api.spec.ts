import { startTestApp, type TestApp } from "./support/test-app";

/** The analyst's planning API after issue 6: money as Rupiah, filters and connections, facts instead of prose, free text checked. */
let app: TestApp;
let admin: string;
let analyst: string;
let competencyId: string;
const YEAR = 2027;

beforeAll(async () => {
  app = await startTestApp({ employees: 120 });
  [admin, analyst] = await Promise.all([app.login("admin"), app.login("analyst")]);
  competencyId = (await app.ds.query(`SELECT id FROM competencies WHERE code LIKE 'T.%' ORDER BY code LIMIT 1`))[0].id;
});
afterAll(() => app.close());

const CREATE = `mutation ($i: CandidateInput!) { createCandidate(input: $i) { id cost value costPerParticipantJp version } }`;
const RUN = `mutation ($y: Int!, $c: Rupiah!) { runPlan(year: $y, ceiling: $c) { id ceiling totalCost totalValue remaining method
  explanation { method candidateCount selectedCount mandatoryCount ceiling totalCost totalValue remaining upperBound leftOutByReason { reason count } }
  items { candidateId selected mandatory reason cost candidate { id title } } } }`;
const candidate = (over: Record<string, unknown> = {}) => ({ year: YEAR, title: "Bimtek Uji API", competencyIds: [competencyId], participants: 10, jp: 16, cost: 8_000_000, ...over });

describe("money is whole rupiah (defect 11)", () => {
  it("types every amount of planning as Rupiah, and the candidate's amount is `cost`", async () => {
    const r = await app.gql(`{ __schema { types { name fields { name type { name kind ofType { name } } } inputFields { name type { name ofType { name } } } } } }`, {}, analyst);
    const types = new Map((r.data!.__schema.types as { name: string; fields: { name: string; type: { name: string | null; ofType: { name: string } | null } }[] | null }[]).map((t) => [t.name, t]));
    const typeOf = (type: string, field: string) => {
      const f = types.get(type)!.fields!.find((x) => x.name === field)!;
      return f.type.name ?? f.type.ofType!.name;
    };
    for (const [type, field] of [["ProgrammeCandidate", "cost"], ["ProgrammeCandidate", "costPerParticipantJp"], ["Plan", "ceiling"], ["Plan", "totalCost"], ["Plan", "remaining"], ["PlanItem", "cost"], ["PlanExplanation", "remaining"]]) {
      expect(`${type}.${field}: ${typeOf(type!, field!)}`).toBe(`${type}.${field}: Rupiah`);
    }
    expect(types.get("ProgrammeCandidate")!.fields!.map((f) => f.name)).not.toContain("estimatedCost");
    const runPlan = (await app.gql(`{ __type(name: "Mutation") { fields { name args { name type { ofType { name } } } } } }`, {}, analyst)).data!.__type.fields.find((f: { name: string }) => f.name === "runPlan");
    expect(runPlan.args.find((a: { name: string }) => a.name === "ceiling").type.ofType.name).toBe("Rupiah");
  });

  it.each([
    ["a fraction", 1.5],
    ["an unsafe integer", 2 ** 53],
    ["a string", "1000"],
  ])("refuses %s as a ceiling or a cost with a field error, never storing it", async (_, amount) => {
    const before = (await app.ds.query(`SELECT count(*)::int AS n FROM plans`))[0].n;
    const run = await app.gql(RUN, { y: YEAR, c: amount }, admin);
    expect(run.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "ceiling" });
    const create = await app.gql(CREATE, { i: candidate({ cost: amount }) }, admin);
    expect(create.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "cost" });
    const literal = await app.gql(`mutation { runPlan(year: ${YEAR}, ceiling: ${typeof amount === "string" ? `"${amount}"` : amount}) { id } }`, {}, admin);
    expect(literal.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "ceiling" });
    expect((await app.ds.query(`SELECT count(*)::int AS n FROM plans`))[0].n).toBe(before);
  });

  it("keeps amounts beyond 32 bits exact, and the cost per participant-JP whole", async () => {
    const big = 3_000_000_000_123;
    const c = (await app.gql(CREATE, { i: candidate({ title: "Bimtek Mahal", cost: big, participants: 7, jp: 3 }) }, admin)).data!.createCandidate;
    expect(c.cost).toBe(big);
    expect(c.costPerParticipantJp).toBe(Math.round(big / 21));
    expect(Number.isInteger(c.costPerParticipantJp)).toBe(true);
    expect((await app.ds.query(`SELECT cost::text AS c FROM programme_candidates WHERE id = $1`, [c.id]))[0].c).toBe(String(big));
    await app.gql(`mutation ($id: ID!) { deleteCandidate(id: $id) }`, { id: c.id }, admin);
  });
});

describe("the plan's explanation is facts (§3)", () => {
  it("counts what the items say, with the totals of the plan and no prose", async () => {
    const r = await app.gql(RUN, { y: YEAR, c: 1_500_000_000 }, admin);
    expect(r.errors).toBeUndefined();
    const p = r.data!.runPlan;
    const items = p.items as { selected: boolean; mandatory: boolean; reason: string }[];
    const out = items.filter((i) => !i.selected);
    const byReason = new Map<string, number>();
    for (const i of out) byReason.set(i.reason, (byReason.get(i.reason) ?? 0) + 1);
    expect(p.explanation).toEqual({
      method: p.method,
      candidateCount: items.length,
      selectedCount: items.length - out.length,
      mandatoryCount: items.filter((i) => i.mandatory).length,
      ceiling: 1_500_000_000,
      totalCost: p.totalCost,
      totalValue: p.totalValue,
      remaining: 1_500_000_000 - p.totalCost,
      upperBound: null,
      leftOutByReason: expect.arrayContaining([...byReason].map(([reason, count]) => ({ reason, count }))),
    });
    expect(p.explanation.leftOutByReason).toHaveLength(byReason.size);
    const stored = (await app.ds.query(`SELECT jsonb_typeof(explanation) AS t FROM plans WHERE id = $1`, [p.id]))[0].t;
    expect(stored).toBe("object");
  });
});

describe("filters, lookups and connections (§4)", () => {
  it("serves candidates and plans of a year as connections with a filter, and a plan item's candidate as an object", async () => {
    const page1 = await app.gql(`{ programmeCandidates(filter: { year: ${YEAR} }, first: 5) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id mandatory title } } } }`, {}, analyst);
    const c1 = page1.data!.programmeCandidates;
    expect(c1.edges).toHaveLength(5);
    expect(c1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: c1.edges[0].cursor, endCursor: c1.edges[4].cursor });
    const all = await app.gql(`{ programmeCandidates(filter: { year: ${YEAR} }, first: 100) { edges { node { id } } } }`, {}, analyst);
    const page2 = await app.gql(`query ($a: String) { programmeCandidates(filter: { year: ${YEAR} }, first: 100, after: $a) { pageInfo { hasPreviousPage } edges { node { id } } } }`, { a: c1.pageInfo.endCursor }, analyst);
    expect([...c1.edges, ...page2.data!.programmeCandidates.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual(all.data!.programmeCandidates.edges.map((e: { node: { id: string } }) => e.node.id));
    expect(all.data!.programmeCandidates.edges).toHaveLength(c1.totalCount);

    const extra = (await app.gql(CREATE, { i: candidate({ title: "Bimtek Akan Dihapus" }) }, admin)).data!.createCandidate;
    const plan = (await app.gql(RUN, { y: YEAR, c: 1_500_000_000 }, admin)).data!.runPlan;
    await app.gql(`mutation ($id: ID!, $v: Int) { deleteCandidate(id: $id, version: $v) }`, { id: extra.id, v: extra.version }, admin);
    const read = await app.gql(`query ($id: ID!) { plan(id: $id) { items { candidateId title candidate { id title } } } }`, { id: plan.id }, analyst);
    for (const item of read.data!.plan.items as { candidateId: string; title: string; candidate: { id: string; title: string } | null }[]) {
      if (item.candidateId === extra.id) expect(item.candidate).toBeNull();
      else expect(item.candidate).toEqual({ id: item.candidateId, title: item.title });
    }
    const plans = await app.gql(`{ plans(filter: { year: ${YEAR} }, first: 1) { totalCount pageInfo { hasNextPage } edges { node { id version } } } }`, {}, analyst);
    expect(plans.data!.plans.edges[0].node.id).toBe(plan.id);
    expect(plans.data!.plans.pageInfo.hasNextPage).toBe(plans.data!.plans.totalCount > 1);
  });

  it("runs as many SQL statements for a page of 5 as for a page of 30, nested candidates, competencies and proposals included", async () => {
    for (const c of [1_200_000_000, 1_100_000_000, 1_000_000_000, 900_000_000]) await app.gql(RUN, { y: YEAR, c }, admin);
    const statements = async (query: string) => {
      app.counter.reset();
      const r = await app.gql(query, {}, analyst);
      expect(r.errors).toBeUndefined();
      return app.counter.count;
    };
    const candidates = (n: number) => `{ programmeCandidates(filter: { year: ${YEAR} }, first: ${n}) { totalCount edges { node { title value competencies { code } proposal { title } } } } }`;
    expect(await statements(candidates(30))).toBe(await statements(candidates(5)));
    const plans = (n: number) => `{ plans(filter: { year: ${YEAR} }, first: ${n}) { edges { node { version items { title candidate { title value competencies { code } } } } } } }`;
    expect(await statements(plans(4))).toBe(await statements(plans(1)));
  });

  it("answers a lookup by id, null for an unknown one", async () => {
    const [{ id }] = await app.ds.query(`SELECT id FROM programme_candidates LIMIT 1`);
    expect((await app.gql(`query ($id: ID!) { programmeCandidate(id: $id) { id } }`, { id }, analyst)).data!.programmeCandidate).toEqual({ id });
    expect((await app.gql(`{ programmeCandidate(id: "not-a-uuid") { id } }`, {}, analyst)).data!.programmeCandidate).toBeNull();
  });

  it.each([0, -1, 99999])("refuses plan year %s with a field error", async (year) => {
    expect((await app.gql(RUN, { y: year, c: 1_000_000 }, admin)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "year" });
    expect((await app.gql(CREATE, { i: candidate({ year }) }, admin)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "year" });
    expect((await app.gql(`{ programmeCandidates(filter: { year: ${year} }) { totalCount } }`, {}, analyst)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.year" });
    expect((await app.gql(`{ plans(filter: { year: ${year} }) { totalCount } }`, {}, analyst)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.year" });
  });
});

describe("candidate input (defect 5, §2.11)", () => {
  it("refuses a competency listed twice, naming competencyIds", async () => {
    const r = await app.gql(CREATE, { i: candidate({ competencyIds: [competencyId, competencyId] }) }, admin);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "competencyIds", domainCode: "DUPLICATE_COMPETENCY" });
    const c = (await app.gql(CREATE, { i: candidate({ title: "Bimtek Dua Kali" }) }, admin)).data!.createCandidate;
    const u = await app.gql(`mutation ($i: UpdateCandidateInput!) { updateCandidate(input: $i) { id } }`, { i: { id: c.id, version: c.version, competencyIds: [competencyId, competencyId] } }, admin);
    expect(u.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "competencyIds", domainCode: "DUPLICATE_COMPETENCY" });
  });

  it.each([
    [{ participants: 0 }, "participants", "INVALID_PARTICIPANTS"],
    [{ jp: 5000 }, "jp", "INVALID_JP"],
    [{ competencyIds: [] }, "competencyIds", "INVALID_COMPETENCIES"],
    [{ cost: -1 }, "cost", "INVALID_AMOUNT"],
  ])("refuses %o by the domain's candidate rules, naming the field", async (over, field, domainCode) => {
    const r = await app.gql(CREATE, { i: candidate(over) }, admin);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field, domainCode });
  });

  it.each([
    ["empty", "", "EMPTY"],
    ["whitespace only", "   \t ", "EMPTY"],
    ["a control character", "Bimtek\u0007Uji", "CONTROL_CHARACTER"],
    ["a NUL byte", "Bimtek\u0000Uji", undefined],
    ["a bidi override", "Bimtek \u202Eiju", "BIDI_CONTROL"],
    ["a formula", "=HYPERLINK(\"http://x\")", "FORMULA"],
    ["a command formula", "+cmd|' /C calc'!A0", "FORMULA"],
  ])("refuses a title that is %s, naming the field", async (_, title, reason) => {
    const r = await app.gql(CREATE, { i: candidate({ title }) }, admin);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "title", ...(reason ? { reason } : {}) });
    expect(r.errors?.[0]?.extensions?.code).not.toBe("INTERNAL_SERVER_ERROR");
  });
});
