import { selectPlanByCoverage } from "@bina/domain";
import { coverageNeeds } from "../src/modules/planning/candidate-value";
import { competencyNeeds } from "../src/modules/planning/competency-needs.sql";
import { startTestApp, type TestApp } from "./support/test-app";

let app: TestApp;
let admin: string;
let analyst: string;
const YEAR = 2027;

beforeAll(async () => {
  app = await startTestApp({ employees: 300 });
  [admin, analyst] = await Promise.all([app.login("admin"), app.login("analyst")]);
});
afterAll(() => app.close());

const RUN = `mutation ($y: Int!, $c: Rupiah!) { runPlan(year: $y, ceiling: $c) {
  id version status method ceiling totalCost totalValue remaining items { candidateId cost value mandatory selected reason } } }`;
const CANDIDATES = `query ($y: Int!) { programmeCandidates(filter: { year: $y }, first: 100) { edges { node { id cost value mandatory participants competencies { id } } } } }`;
type Item = { candidateId: string; cost: number; value: number; mandatory: boolean; selected: boolean; reason: string };
type Plan = { id: string; version: number; status: string; method: string; ceiling: number; totalCost: number; totalValue: number; remaining: number; items: Item[] };

describe("yearly plan", () => {
  it("chooses exactly what the domain's optimiser chooses, within the ceiling, mandatory always in, each left-out explained", async () => {
    const candidates = await app.gql(CANDIDATES, { y: YEAR }, analyst);
    const list = candidates.data!.programmeCandidates.edges.map((e: { node: unknown }) => e.node) as {
      id: string; cost: number; value: number; mandatory: boolean; participants: number; competencies: { id: string }[];
    }[];
    expect(list.length).toBeGreaterThan(10);
    expect(list.some((c) => c.value > 0)).toBe(true);
    const ceiling = 1_500_000_000;
    const r = await app.gql(RUN, { y: YEAR, c: ceiling }, admin);
    expect(r.errors).toBeUndefined();
    const plan = r.data!.runPlan as Plan;
    const needs = coverageNeeds(await competencyNeeds(app.ds, YEAR));
    const expected = selectPlanByCoverage({
      candidates: list.map((c) => ({ id: c.id, cost: c.cost, participants: c.participants, competencyIds: c.competencies.map((x) => x.id), mandatory: c.mandatory })),
      needs,
      ceiling,
    });
    if (!expected.ok) throw new Error("the domain refused the demo candidates");
    expect(plan.items.filter((i) => i.selected).map((i) => i.candidateId).sort()).toEqual([...expected.value.selectedIds].sort());
    expect(plan).toMatchObject({ version: 1, status: "DRAFT", method: "EXACT", totalCost: expected.value.totalCost, totalValue: expected.value.totalValue, remaining: ceiling - expected.value.totalCost });
    expect(plan.totalCost).toBeLessThanOrEqual(ceiling);
    expect(plan.items.filter((i) => i.mandatory).every((i) => i.selected && i.reason === "MANDATORY")).toBe(true);
    const out = plan.items.filter((i) => !i.selected);
    expect(out.length).toBeGreaterThan(0);
    for (const i of out) expect(["OVER_REMAINING_BUDGET", "LOWER_VALUE_FOR_COST", "COVERED_BY_CHOSEN"]).toContain(i.reason);
    for (const i of out.filter((x) => x.reason === "OVER_REMAINING_BUDGET")) expect(i.cost).toBeGreaterThan(plan.remaining);
  });

  it("keeps every version when re-run with another ceiling; adopting one supersedes the last adopted", async () => {
    const v1 = (await app.gql(RUN, { y: YEAR, c: 1_500_000_000 }, admin)).data!.runPlan as Plan;
    const a1 = await app.gql(`mutation ($id: ID!) { adoptPlan(id: $id) { status } }`, { id: v1.id }, admin);
    expect(a1.data!.adoptPlan.status).toBe("ADOPTED");
    const v2 = (await app.gql(RUN, { y: YEAR, c: 1_000_000_000 }, admin)).data!.runPlan as Plan;
    expect(v2.version).toBe(v1.version + 1);
    expect(v2.totalCost).toBeLessThanOrEqual(1_000_000_000);
    await app.gql(`mutation ($id: ID!) { adoptPlan(id: $id) { status } }`, { id: v2.id }, admin);
    const plans = await app.gql(`query ($y: Int!) { plans(filter: { year: $y }) { edges { node { id version status ceiling items { candidateId } } } } }`, { y: YEAR }, analyst);
    const list = plans.data!.plans.edges.map((e: { node: Plan }) => e.node) as Plan[];
    const byId = new Map(list.map((p) => [p.id, p]));
    expect(byId.get(v2.id)!.status).toBe("ADOPTED");
    expect(byId.get(v1.id)).toMatchObject({ status: "SUPERSEDED", ceiling: 1_500_000_000 });
    expect(byId.get(v1.id)!.items).toHaveLength(v1.items.length);
    expect(list.filter((p) => p.status === "ADOPTED")).toHaveLength(1);
    const again = await app.gql(`mutation ($id: ID!) { adoptPlan(id: $id) { status } }`, { id: v1.id }, admin);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", domainCode: "PLAN_NOT_DRAFT" });
  });

  it("refuses a ceiling below the mandatory programmes, naming the field, and stores nothing", async () => {
    const before = (await app.ds.query(`SELECT count(*)::int AS n FROM plans`))[0].n;
    const r = await app.gql(RUN, { y: YEAR, c: 1_000_000 }, admin);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "ceiling", domainCode: "MANDATORY_OVER_CEILING" });
    expect((await app.ds.query(`SELECT count(*)::int AS n FROM plans`))[0].n).toBe(before);
    const fraction = await app.gql(RUN, { y: YEAR, c: 1.5 }, admin);
    expect(fraction.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "ceiling" });
  });

  it("lets only an admin run or adopt a plan and change candidates", async () => {
    expect((await app.gql(RUN, { y: YEAR, c: 1_500_000_000 }, analyst)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const op = await app.login("operator");
    const [c] = await app.ds.query(`SELECT id FROM competencies LIMIT 1`);
    const create = await app.gql(
      `mutation ($i: CandidateInput!) { createCandidate(input: $i) { id } }`,
      { i: { year: YEAR, title: "Bimtek Uji", competencyIds: [c.id], participants: 10, jp: 16, cost: 9_000_000 } },
      op,
    );
    expect(create.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("values a new candidate from the needs it covers, and refuses a stale edit", async () => {
    const [c] = await app.ds.query(`SELECT id FROM competencies WHERE code LIKE 'T.%' ORDER BY code LIMIT 1`);
    const created = await app.gql(
      `mutation ($i: CandidateInput!) { createCandidate(input: $i) { id value version costPerParticipantJp competencies { id } } }`,
      { i: { year: YEAR, title: "Bimtek Uji Nilai", competencyIds: [c.id], participants: 10, jp: 16, cost: 8_000_000 } },
      admin,
    );
    const cand = created.data!.createCandidate;
    expect(cand).toMatchObject({ version: 1, costPerParticipantJp: 50_000, competencies: [{ id: c.id }] });
    expect(cand.value).toBeGreaterThanOrEqual(0);
    const U = `mutation ($i: UpdateCandidateInput!) { updateCandidate(input: $i) { participants version } }`;
    expect((await app.gql(U, { i: { id: cand.id, version: 1, participants: 12 } }, admin)).data!.updateCandidate).toEqual({ participants: 12, version: 2 });
    expect((await app.gql(U, { i: { id: cand.id, version: 1, participants: 14 } }, admin)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });
});
