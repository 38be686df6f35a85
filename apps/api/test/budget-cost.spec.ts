import { readdirSync, readFileSync } from "node:fs";
import { Kind, parse, print, visit, type FieldNode } from "graphql";
import { join } from "node:path";
import { MAX_LINES_PER_YEAR } from "../src/modules/budget/budget-limits";
import { startTestApp, type GqlResponse, type TestApp } from "./support/test-app";

/**
 * The budget's unpaged lists are priced at their real maxima (MAX_LINES_PER_YEAR lines, MAX_PROGRAMME_COSTS
 * programmes): the admin's overview query fits the limit, and a query asking something per line that costs per row is
 * refused before any SQL.
 */
let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startTestApp({ employees: 20, delivery: false, budget: false });
  token = await app.login("admin");
});
afterAll(() => app.close());

async function send(query: string, variables: Record<string, unknown>, operationName?: string): Promise<{ status: number; body: GqlResponse; statements: number }> {
  app.counter.reset();
  const res = await fetch(`${app.baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return { status: res.status, body: (await res.json()) as GqlResponse, statements: app.counter.count };
}
const ext = (r: { body: GqlResponse }) => r.body.errors?.[0]?.extensions ?? {};

it("answers the admin's budget overview query (lines, months, programmes) under the cost limit", async () => {
  const doc = readFileSync(join(__dirname, "../../admin/src/features/budget/pages/budget-overview.graphql"), "utf8");
  const r = await send(doc, { fiscalYear: 2026 }, "BudgetOverview");
  expect([r.status, r.body.errors]).toEqual([200, undefined]);
});

/** The document as Apollo Client sends it: `__typename` asked of every object. */
const withTypename = (text: string): string =>
  print(
    visit(parse(text), {
      SelectionSet: (node) =>
        node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === "__typename")
          ? undefined
          : { ...node, selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: "__typename" } } as FieldNode] },
    }),
  );

it("answers the overview as Apollo Client sends it (__typename on every object costs nothing)", async () => {
  const doc = readFileSync(join(__dirname, "../../admin/src/features/budget/pages/budget-overview.graphql"), "utf8");
  const r = await send(withTypename(doc), { fiscalYear: 2026 }, "BudgetOverview");
  expect([r.status, r.body.errors]).toEqual([200, undefined]);
});

it("prices every query of the admin's budget pages under the limit", async () => {
  const dir = join(__dirname, "../../admin/src/features/budget/pages");
  const docs = readdirSync(dir).filter((f) => f.endsWith(".graphql"));
  const asked: string[] = [];
  for (const file of docs) {
    const text = readFileSync(join(dir, file), "utf8");
    for (const op of parse(text).definitions) {
      if (op.kind !== "OperationDefinition" || op.operation !== "query" || !op.name) continue;
      asked.push(op.name.value);
      const r = await send(withTypename(text), { fiscalYear: 2026, id: "00000000-0000-4000-8000-000000000000", first: 20 }, op.name.value);
      expect([op.name.value, ext(r).domainCode]).toEqual([op.name.value, undefined]);
    }
  }
  expect(asked).toEqual(expect.arrayContaining(["BudgetOverview", "BudgetLineDetail", "RevisionLines"]));
});

it(`refuses even two spendings of every line (${MAX_LINES_PER_YEAR} lines × a page each) by cost, with 400 and no SQL`, async () => {
  const r = await send(`query ($y: Int!) { budget(fiscalYear: $y) { lines { id spendings(first: 2) { edges { node { id amount } } } } } }`, { y: 2026 });
  expect(r.status).toBe(400);
  expect(ext(r)).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "QUERY_TOO_COMPLEX" });
  expect(ext(r).complexity as number).toBeGreaterThan(MAX_LINES_PER_YEAR * 10);
  expect(r.statements).toBe(0);
});

it("refuses the batches of every cost-effectiveness row's programme by cost", async () => {
  const r = await send(`query ($y: Int!) { budget(fiscalYear: $y) { programmes { cost programme { id batches { id name } } } } }`, { y: 2026 });
  expect(r.status).toBe(400);
  expect(ext(r)).toMatchObject({ domainCode: "QUERY_TOO_COMPLEX" });
  expect(r.statements).toBe(0);
});
