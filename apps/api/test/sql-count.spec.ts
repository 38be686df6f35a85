import { startTestApp, type TestApp } from "./support/test-app";

let app: TestApp;
let token: string;
beforeAll(async () => {
  // This file counts the statements of deliberately deep queries (the budget with every line's spendings and their
  // history); the cost limit would refuse that one first (test/budget-cost.spec.ts checks it does), so it is raised here.
  app = await startTestApp({ employees: 300, env: { MAX_QUERY_COMPLEXITY: "100000" } });
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

describe("SQL statements per budget request", () => {
  const BUDGET = `query ($y: Int!) { budget(fiscalYear: $y) {
    totals { spent } months { spent } pendingRevisions
    lines { id committed unit { name } programme { title }
      spendings(first: 2) { totalCount edges { node { id budgetLine { id } batch { id } history { kind actorName } } } } }
  } }`;

  async function budgetOf(year: number, lines: number): Promise<{ statements: number; lines: number; spendings: number }> {
    const unit: { id: string } = (await app.ds.query(`SELECT id FROM units WHERE parent_id IS NOT NULL ORDER BY code LIMIT 1`))[0];
    const programme: { id: string } = (await app.ds.query(`INSERT INTO programmes (year, title, kind, organiser) VALUES ($1, 'Pelatihan Hitung', 'TECHNICAL_TRAINING', 'BKPSDM') RETURNING id`, [year]))[0];
    for (let i = 0; i < lines; i++) {
      const made = await app.gql(
        `mutation ($i: CreateBudgetLineInput!) { createBudgetLine(input: $i) { id } }`,
        { i: { fiscalYear: year, accountCode: "5.1.02.02.12.0001", name: `Baris ${i}`, ceiling: 10_000_000, unitId: unit.id, programmeId: i === 0 ? programme.id : null } },
        token,
      );
      const lineId = made.data!.createBudgetLine.id as string;
      for (let k = 0; k < 2; k++) {
        const s = await app.gql(
          `mutation ($i: RecordSpendingInput!) { recordSpending(input: $i) { id version } }`,
          { i: { budgetLineId: lineId, amount: 1_000 + k, spentOn: `${year}-0${k + 1}-10`, description: "Belanja", documentNumber: `SPJ/${i}/${k}` } },
          token,
        );
        await app.gql(`mutation ($i: UpdateSpendingInput!) { updateSpending(input: $i) { id } }`, { i: { id: s.data!.recordSpending.id, version: s.data!.recordSpending.version, amount: 2_000 } }, token);
      }
    }
    app.counter.reset();
    const r = await app.gql(BUDGET, { y: year }, token);
    expect(r.errors).toBeUndefined();
    const read = r.data!.budget.lines as { spendings: { edges: unknown[] } }[];
    return { statements: app.counter.count, lines: read.length, spendings: read.reduce((n, l) => n + l.spendings.edges.length, 0) };
  }

  it("are the same for a budget of 2 and of 12 lines with their spendings, units, programmes and history", async () => {
    const small = await budgetOf(2041, 2);
    const large = await budgetOf(2042, 12);
    expect([small.lines, small.spendings, large.lines, large.spendings]).toEqual([2, 4, 12, 24]);
    expect(large.statements).toBe(small.statements);
    // token check + totals + months + pending revisions + lines + units + programmes + spendings + their lines + history + actors
    expect(large.statements).toBe(11);
  });
});
