import { startTestApp, type TestApp } from "./support/test-app";

let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startTestApp({ employees: 40, env: { MAX_QUERY_DEPTH: "6", MAX_QUERY_COMPLEXITY: "1000", BODY_LIMIT: "20kb" } });
  token = await app.login("analyst");
});
afterAll(() => app.close());

describe("server", () => {
  it("answers /healthz and /readyz", async () => {
    expect(await (await fetch(`${app.baseUrl}/healthz`)).json()).toEqual({ status: "ok" });
    expect(await (await fetch(`${app.baseUrl}/readyz`)).json()).toEqual({ status: "ready" });
  });

  it("refuses queries nested deeper than the limit", async () => {
    const r = await app.gql(`{ units { parent { parent { parent { parent { parent { parent { id } } } } } } } }`, {}, token);
    expect(r.errors?.[0]?.message).toMatch(/nested too deeply \(the limit is 6 levels\)/);
  });

  it("refuses queries whose estimated cost is over the limit", async () => {
    const r = await app.gql(`{ employees(first: 100) { edges { node { id name nip unit { name code parent { name code } } rank { code name } } } } }`, {}, token);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "QUERY_TOO_COMPLEX" });
    const small = await app.gql(`{ employees(first: 10) { edges { node { id name nip unit { name code parent { name code } } rank { code name } } } } }`, {}, token);
    expect(small.errors).toBeUndefined();
  });

  it("refuses a request body over the size limit", async () => {
    const res = await fetch(`${app.baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `{ me { id } }`, variables: { pad: "x".repeat(30_000) } }),
    });
    expect(res.status).toBe(413);
  });
});

describe("migrations", () => {
  it("match the entities (no schema change would be generated)", async () => {
    const sql = await app.ds.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });
});

describe("bad requests", () => {
  it("answers a missing required variable with BAD_USER_INPUT and HTTP 400", async () => {
    const res = await fetch(`${app.baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `query ($id: ID!) { employee(id: $id) { id } }` }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });

  it("treats an id that is not a UUID as not found, never as a server error", async () => {
    const read = await app.gql(`query ($id: ID!) { employee(id: $id) { id } unit(id: $id) { id } }`, { id: "not-a-uuid" }, token);
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({ employee: null, unit: null });
    const admin = await app.login("admin");
    const change = await app.gql(`mutation { deactivateEmployee(id: "42", version: 1) { id } }`, {}, admin);
    expect(change.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("never sends stack traces to clients", async () => {
    const r = await app.gql(`{ nope }`, {}, token);
    expect(r.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(JSON.stringify(r)).not.toMatch(/stacktrace|node_modules/);
  });
});
