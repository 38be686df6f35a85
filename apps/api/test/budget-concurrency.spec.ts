import { startTestApp, type TestApp } from "./support/test-app";

/**
 * Issue 10, the concurrency test: 50 parallel recordSpending requests of 3% of a line's ceiling each, through real
 * GraphQL HTTP requests (half by the administrator, half by the line's unit operator), never push `spent` above the ceiling. Exactly 33 fit (33 × 3% = 99%; a 34th would be 102%),
 * every refusal is BUDGET_EXCEEDED with the remaining amount, and the audit log has one row per accepted spend. Run five
 * times, each on a fresh line.
 */
let app: TestApp;
let admin: string;
let operator: string;
/** The operator's unit: the lines are its, so both the administrator and the unit operator spend on them. */
let unitId: string;
const YEAR = 2030;
const CEILING = 100_000_000;
const SHARE = CEILING * 0.03;
const PARALLEL = 50;
const RUNS = 5;

beforeAll(async () => {
  app = await startTestApp({ employees: 40 });
  [admin, operator] = await Promise.all([app.login("admin"), app.login("operator")]);
  unitId = (await app.ds.query(`SELECT unit_id FROM users WHERE username = 'operator'`))[0].unit_id;
});
afterAll(() => app.close());

const CREATE = `mutation ($i: CreateBudgetLineInput!) { createBudgetLine(input: $i) { id ceiling spent remaining } }`;
const SPEND = `mutation ($i: RecordSpendingInput!) { recordSpending(input: $i) { id amount status } }`;
const LINE = `query ($id: ID!) { budgetLine(id: $id) { spent remaining absorptionPercent spendings(first: 100) { totalCount } } }`;

interface Run {
  accepted: number;
  refused: number;
}
const runs: Run[] = [];

describe("50 parallel spends of 3% on one line", () => {
  it(`accept exactly 33 and refuse 17 with BUDGET_EXCEEDED, ${RUNS} times on fresh lines`, async () => {
    for (let run = 1; run <= RUNS; run++) {
      const created = await app.gql(CREATE, { i: { fiscalYear: YEAR, accountCode: "5.1.02.02.12.0001", name: `Uji serentak ${run}`, ceiling: CEILING, unitId } }, admin);
      expect(created.errors).toBeUndefined();
      const lineId = created.data!.createBudgetLine.id as string;

      const results = await Promise.all(
        Array.from({ length: PARALLEL }, (_, i) =>
          app.gql(SPEND, { i: { budgetLineId: lineId, amount: SHARE, spentOn: `${YEAR}-05-${String((i % 28) + 1).padStart(2, "0")}`, description: `Belanja ${run}.${i}`, documentNumber: `SPJ/${run}/${i}` } }, i % 2 === 0 ? admin : operator),
        ),
      );
      const accepted = results.filter((r) => !r.errors && r.data?.recordSpending);
      const refused = results.filter((r) => r.errors);
      runs.push({ accepted: accepted.length, refused: refused.length });

      expect(accepted).toHaveLength(33);
      expect(refused).toHaveLength(PARALLEL - 33);
      for (const r of refused) {
        expect(r.errors).toHaveLength(1);
        expect(r.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "BUDGET_EXCEEDED", field: "amount" });
        // Spends run one at a time under the line's lock, so a refusal comes only once 33 are in: 1% of the ceiling is left.
        expect(r.errors![0]!.extensions!.remaining).toBe(CEILING - 33 * SHARE);
      }

      const [line] = await app.ds.query(`SELECT spent::text AS spent, ceiling::text AS ceiling FROM budget_lines WHERE id = $1`, [lineId]);
      expect(Number(line.spent)).toBe(33 * SHARE);
      expect(Number(line.spent)).toBeLessThanOrEqual(Number(line.ceiling));
      const [sums] = await app.ds.query(`SELECT count(*)::int AS n, COALESCE(sum(amount), 0)::text AS total FROM budget_spendings WHERE budget_line_id = $1`, [lineId]);
      expect(sums).toEqual({ n: 33, total: String(33 * SHARE) });

      // One audit row and one history event per accepted spend, none for a refusal.
      const ids = accepted.map((r) => r.data!.recordSpending.id as string);
      const [audit] = await app.ds.query(
        `SELECT count(*)::int AS n, count(DISTINCT entity_id)::int AS ids FROM audit_entries WHERE entity_type = 'BudgetSpending' AND entity_id IN (SELECT id::text FROM budget_spendings WHERE budget_line_id = $1)`,
        [lineId],
      );
      expect(audit).toEqual({ n: 33, ids: 33 });
      const [events] = await app.ds.query(`SELECT count(*)::int AS n FROM budget_spending_events WHERE spending_id = ANY($1::uuid[]) AND kind = 'CREATED'`, [ids]);
      expect(events.n).toBe(33);

      // The API agrees: 99% absorbed, 1% left.
      const read = await app.gql(LINE, { id: lineId }, admin);
      expect(read.data!.budgetLine).toEqual({ spent: 33 * SHARE, remaining: CEILING - 33 * SHARE, absorptionPercent: 99, spendings: { totalCount: 33 } });
    }
    // Whatever path writes, the database itself refuses an overspend.
    const [any] = await app.ds.query(`SELECT id FROM budget_lines WHERE fiscal_year = $1 LIMIT 1`, [YEAR]);
    await expect(app.ds.query(`UPDATE budget_lines SET spent = ceiling + 1 WHERE id = $1`, [any.id])).rejects.toMatchObject({ code: "23514" });
    // The figures for the report, one line per run.
    process.stdout.write(`budget concurrency (${process.env.BINA_TEST_EMBEDDED ? "PGlite" : "PostgreSQL"}): ${runs.map((r, i) => `run ${i + 1}: ${r.accepted} accepted / ${r.refused} refused`).join("; ")}\n`);
  }, 180_000);
});
