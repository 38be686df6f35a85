import { getNullableType, isListType } from "graphql";
import { FIELD_COSTS } from "../src/graphql/cost-table";
import { createSchema } from "../src/graphql/schema";
import { startTestApp, type GqlResponse, type TestApp } from "./support/test-app";

let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startTestApp({ employees: 30 });
  token = await app.login("analyst");
});
afterAll(() => app.close());

/** Sends a raw query; returns the HTTP status, the body and how many SQL statements the request ran. */
async function send(query: string): Promise<{ status: number; body: GqlResponse; statements: number }> {
  app.counter.reset();
  const res = await fetch(`${app.baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as GqlResponse;
  return { status: res.status, body, statements: app.counter.count };
}
const first = (r: { body: GqlResponse }) => r.body.errors?.[0]?.extensions ?? {};

const HEATMAP = `needsByUnit(filter: { year: 2026 }) { unit { id name } competency { id name } employeesInNeed meanGap maxPriority }`;
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${HEATMAP}`).join(" ")} }`;

describe("query cost", () => {
  it("answers one heatmap", async () => {
    const r = await send(`{ ${HEATMAP} }`);
    expect([r.status, r.body.errors]).toEqual([200, undefined]);
  });

  it("refuses 500 aliases of needsByUnit with 400 before any SQL (the document is over the token limit)", async () => {
    const r = await send(aliases(500));
    expect(r.status).toBe(400);
    expect(first(r).code).toBe("GRAPHQL_PARSE_FAILED");
    expect(r.statements).toBe(0);
  });

  it("refuses more than 30 aliases, however cheap, with 400 before any SQL", async () => {
    const r = await send(`{ ${Array.from({ length: 31 }, (_, i) => `m${i}: me { id }`).join(" ")} }`);
    expect(r.status).toBe(400);
    expect(first(r)).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", domainCode: "QUERY_TOO_COMPLEX", reason: "ALIASES" });
    expect(r.statements).toBe(0);
  });

  it("refuses 25 aliases of needsByUnit (under the alias limit) by cost, with 400 and no SQL", async () => {
    const r = await send(aliases(25));
    expect(r.status).toBe(400);
    expect(first(r)).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "QUERY_TOO_COMPLEX", limit: 5000 });
    expect(first(r).complexity as number).toBeGreaterThan(5000);
    expect(first(r)).not.toHaveProperty("http");
    expect(r.statements).toBe(0);
  });

  it("refuses twenty heatmaps next to a negative page size: a `first` below 1 cannot lower the cost (400, no SQL)", async () => {
    for (const neg of ["employees(first: -100000) { totalCount }", "rankedNeeds(filter: { year: 2026 }, first: -100000) { totalCount }"]) {
      const r = await send(`{ ${Array.from({ length: 20 }, (_, i) => `a${i}: ${HEATMAP}`).join(" ")} neg: ${neg} }`);
      expect(r.status).toBe(400);
      expect(first(r)).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "QUERY_TOO_COMPLEX" });
      expect(r.statements).toBe(0);
    }
  });

  it("refuses twenty-five aliases of programmeCandidates by cost: each values candidates on the city-wide needs", async () => {
    const r = await send(`{ ${Array.from({ length: 25 }, (_, i) => `c${i}: programmeCandidates(filter: { year: 2027 }, first: 1) { edges { node { value } } }`).join(" ")} }`);
    expect(r.status).toBe(400);
    expect(first(r)).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "QUERY_TOO_COMPLEX" });
    expect(r.statements).toBe(0);
    const one = await send(`{ programmeCandidates(filter: { year: 2027 }, first: 100) { totalCount edges { node { id title value cost competencies { id name } } } } }`);
    expect([one.status, one.body.errors]).toEqual([200, undefined]);
  });

  it("gives every unpaged list and aggregate root field a cost (a new one must be added to the table)", async () => {
    const schema = await createSchema();
    const unpriced = Object.values(schema.getQueryType()!.getFields())
      .filter((f) => isListType(getNullableType(f.type)) && !f.args.some((a) => a.name === "first"))
      .map((f) => `Query.${f.name}`)
      .filter((c) => !FIELD_COSTS[c] && !schema.getQueryType()!.getFields()[c.slice(6)]!.extensions?.complexity);
    expect(unpriced).toEqual([]);
  });
});

describe("GraphQL errors answer 400 with a code, never 500", () => {
  it.each([
    ["a fragment cycle", `{ me { ...A } } fragment A on User { id ...B } fragment B on User { id ...A }`, "GRAPHQL_VALIDATION_FAILED"],
    ["a self-referencing fragment", `{ units { ...U } } fragment U on Unit { id parent { ...U } }`, "GRAPHQL_VALIDATION_FAILED"],
    ["an unknown fragment", `{ me { ...Nowhere } }`, "GRAPHQL_VALIDATION_FAILED"],
    ["a query nested too deeply", `{ units { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } } }`, "GRAPHQL_VALIDATION_FAILED"],
    ["a syntax error", `{ me { id `, "GRAPHQL_PARSE_FAILED"],
  ])("%s", async (_label, query, code) => {
    const r = await send(query);
    expect(r.status).toBe(400);
    expect(first(r).code).toBe(code);
    expect(r.statements).toBe(0);
  });

  it("a 4 MB query of 400,000 fields (refused at the token limit)", async () => {
    const query = `{ me { ${"username ".repeat(400_000)} } }`;
    expect(query.length).toBeGreaterThan(3_500_000);
    const r = await send(query);
    expect(r.status).toBe(400);
    expect(first(r)).toMatchObject({ code: "GRAPHQL_PARSE_FAILED" });
    expect(r.body.errors?.[0]?.message).toMatch(/tokens/);
  });

  it("a list variable with more bad values than graphql-js reports (it stops at 50): every error BAD_USER_INPUT", async () => {
    app.counter.reset();
    const res = await fetch(`${app.baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `query ($k: [PositionKind!]) { employees(filter: { positionKinds: $k }) { totalCount } }`, variables: { k: Array(60).fill("NOPE") } }),
    });
    const body = (await res.json()) as GqlResponse;
    expect(res.status).toBe(400);
    expect(body.errors!.length).toBeGreaterThan(50);
    expect([...new Set(body.errors!.map((e) => e.extensions?.code))]).toEqual(["BAD_USER_INPUT"]);
    expect(app.counter.count).toBe(0);
  });

  it("reports the depth limit with its reason", async () => {
    const r = await send(`{ units { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } } }`);
    expect(first(r)).toMatchObject({ domainCode: "QUERY_TOO_COMPLEX", reason: "DEPTH" });
  });
});
