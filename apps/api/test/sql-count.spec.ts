import { startTestApp, type TestApp } from "./support/test-app";

let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startTestApp({ employees: 300 });
  token = await app.login("admin");
});
afterAll(() => app.close());

const PAGE = `query ($first: Int) {
  employees(first: $first) { totalCount edges { node { nip name rank { code name } unit { code name parent { name } employeeCount } } } }
}`;

async function statementsFor(first: number): Promise<{ statements: number; rows: number }> {
  app.counter.reset();
  const r = await app.gql(PAGE, { first }, token);
  return { statements: app.counter.count, rows: r.data!.employees.edges.length };
}

describe("SQL statements per request", () => {
  it("are the same for 10 and 100 employees on a page that also selects each employee's unit and rank", async () => {
    const small = await statementsFor(10);
    const large = await statementsFor(100);
    expect([small.rows, large.rows]).toEqual([10, 100]);
    expect(large.statements).toBe(small.statements);
    // the caller's token check (one lookup by id) + the page with its count (and each employee's unit) + parent units batch + employee counts batch
    expect(large.statements).toBe(4);
  });
});
