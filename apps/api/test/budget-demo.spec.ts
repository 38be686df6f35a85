import { absorptionPercent, checkStandardCost, disbursementPlan, type SpendingCategory } from "@bina/domain";
import { startTestApp, type TestApp } from "./support/test-app";

/**
 * The 2026 budget demo as the first start loads it (full staff, after the delivery demo), read back from the database:
 * its size and absorption, `spent` equal to the spending rows, no spending after its batch or the cut-off, a history
 * row per spending, the revisions, and lines the demo operator's unit owns.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ employees: 2000, delivery: true });
}, 240_000);
afterAll(() => app?.close());

const rows = <T>(sql: string, params: unknown[] = []) => app.ds.query(sql, params) as Promise<T[]>;

interface BudgetRead {
  pendingRevisions: number;
  totals: { ceiling: number; committed: number; spent: number; remaining: number; absorptionPercent: number | null };
  lines: { id: string; ceiling: number; committed: number; spent: number; remaining: number; unit: { code: string } | null; programme: { id: string } | null }[];
  months: { month: number; cumulativePlanned: number; cumulativeSpent: number }[];
  programmes: { programme: { title: string }; cost: number; participants: number; costPerParticipantJp: number | null }[];
}
const budgetAs = async (username: string): Promise<BudgetRead> => {
  const r = await app.gql<{ budget: BudgetRead }>(
    `query { budget(fiscalYear: 2026) { pendingRevisions totals { ceiling committed spent remaining absorptionPercent }
       lines { id ceiling committed spent remaining unit { code } programme { id } }
       months { month cumulativePlanned cumulativeSpent } programmes { programme { title } cost participants costPerParticipantJp } } }`,
    {},
    await app.login(username),
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.budget;
};

describe("the budget demo", () => {
  it("budgets Rp 1.5 to 2.5 bn for 2026 with 70 to 85% absorbed, each line's spent the sum of its spending and within its ceiling", async () => {
    const lines = await rows<{ id: string; ceiling: string; spent: string; recorded: string; plan: string[]; programme_id: string | null; unit_id: string | null }>(
      `SELECT l.id, l.ceiling, l.spent, l.programme_id, l.unit_id, l.planned_by_month::text[] AS plan,
              (SELECT coalesce(sum(s.amount), 0) FROM budget_spendings s WHERE s.budget_line_id = l.id AND s.status = 'ACTIVE') AS recorded
         FROM budget_lines l WHERE l.fiscal_year = 2026`,
    );
    const ceiling = lines.reduce((t, l) => t + Number(l.ceiling), 0);
    const spent = lines.reduce((t, l) => t + Number(l.spent), 0);
    expect(ceiling).toBeGreaterThanOrEqual(1_500_000_000);
    expect(ceiling).toBeLessThanOrEqual(2_500_000_000);
    const absorption = absorptionPercent(ceiling, spent)!;
    expect(absorption).toBeGreaterThanOrEqual(70);
    expect(absorption).toBeLessThanOrEqual(85);
    for (const l of lines) {
      expect([l.id, Number(l.spent)]).toEqual([l.id, Number(l.recorded)]);
      expect(Number(l.spent)).toBeLessThanOrEqual(Number(l.ceiling));
      expect(l.plan.map(Number).reduce((t, x) => t + x, 0)).toBe(Number(l.ceiling));
    }
    // A line per programme of the delivery demo, none for two programmes.
    const [p] = await rows<{ programmes: number; lines: number }>(
      `SELECT (SELECT count(*)::int FROM programmes WHERE year = 2026) AS programmes,
              (SELECT count(DISTINCT programme_id)::int FROM budget_lines WHERE programme_id IS NOT NULL) AS lines`,
    );
    expect(p!.lines).toBe(p!.programmes);
    // Untouched lines follow the default disbursement profile.
    expect(lines.filter((l) => l.plan.map(Number).join() === disbursementPlan(Number(l.ceiling)).join()).length).toBeGreaterThan(lines.length - 3);
  });

  it("dates spending up to 2026-11-27, never after its batch ended, each within its standard cost, each with its CREATED history", async () => {
    const [late] = await rows<{ after_cutoff: number; after_batch: number; open_batch: number }>(
      `SELECT count(*) FILTER (WHERE s.spent_on > DATE '2026-11-27')::int AS after_cutoff,
              count(*) FILTER (WHERE s.spent_on > b.ends_on)::int AS after_batch,
              count(*) FILTER (WHERE b.status = 'OPEN')::int AS open_batch
         FROM budget_spendings s LEFT JOIN batches b ON b.id = s.batch_id`,
    );
    expect(late).toEqual({ after_cutoff: 0, after_batch: 0, open_batch: 0 });
    // The allowance and per-session categories carry their basis in the row (quantity), enough to check them again.
    const checkable = await rows<{ category: SpendingCategory; amount: string; quantity: string }>(
      `SELECT category, amount, quantity FROM budget_spendings WHERE category IN ('MODERATOR_FEE', 'TEACHER_FEE', 'DAILY_ALLOWANCE_OUT_OF_TOWN', 'DAILY_ALLOWANCE_IN_TOWN', 'DAILY_ALLOWANCE_TRAINING')`,
    );
    expect(checkable.length).toBeGreaterThan(20);
    for (const s of checkable) expect(checkStandardCost({ category: s.category, amount: Number(s.amount), quantity: Number(s.quantity) }).ok).toBe(true);
    const [events] = await rows<{ spendings: number; created: number; matching: number }>(
      `SELECT (SELECT count(*)::int FROM budget_spendings) AS spendings,
              (SELECT count(*)::int FROM budget_spending_events WHERE kind = 'CREATED') AS created,
              (SELECT count(*)::int FROM budget_spending_events e JOIN budget_spendings s ON s.id = e.spending_id
                WHERE e.before IS NULL AND (e.after->>'amount')::bigint = s.amount AND e.after->>'spentOn' = s.spent_on::text
                  AND e.after->>'documentNumber' = s.document_number AND e.actor_id = s.created_by) AS matching`,
    );
    expect(events!.spendings).toBeGreaterThan(100);
    expect(events).toEqual({ spendings: events!.spendings, created: events!.spendings, matching: events!.spendings });
  });

  it("spends the delivered batches' session fees on their programmes' lines", async () => {
    const batches = await rows<{ id: string; fees: string; paid: string }>(
      `SELECT b.id,
              (SELECT coalesce(sum(x.fee), 0) FROM batch_sessions x WHERE x.batch_id = b.id AND x.date <= DATE '2026-11-27') AS fees,
              (SELECT coalesce(sum(s.amount), 0) FROM budget_spendings s JOIN budget_lines l ON l.id = s.budget_line_id
                WHERE s.batch_id = b.id AND s.category IN ('SPEAKER_FEE', 'MODERATOR_FEE', 'TEACHER_FEE') AND l.programme_id = b.programme_id) AS paid
         FROM batches b JOIN programmes p ON p.id = b.programme_id WHERE p.organiser NOT IN ('PROVINCE', 'LAN')`,
    );
    expect(batches.length).toBeGreaterThan(30);
    for (const b of batches) expect([b.id, Number(b.paid)]).toEqual([b.id, Number(b.fees)]);
  });

  it("has one approved transfer and one requested by the Dinas Kesehatan operator, whose unit owns lines of its own", async () => {
    const revisions = await rows<{ status: string; kind: string; requester: string; decider: string | null; from_unit: string | null; to_unit: string | null }>(
      `SELECT r.status, r.kind, u.username AS requester, d.username AS decider, fu.code AS from_unit, tu.code AS to_unit
         FROM budget_revisions r JOIN users u ON u.id = r.requested_by LEFT JOIN users d ON d.id = r.decided_by
         JOIN budget_lines f ON f.id = r.from_line_id LEFT JOIN units fu ON fu.id = f.unit_id
         JOIN budget_lines t ON t.id = r.to_line_id LEFT JOIN units tu ON tu.id = t.unit_id
        ORDER BY r.requested_at`,
    );
    expect(revisions).toEqual([
      { status: "APPROVED", kind: "TRANSFER", requester: "admin", decider: "admin", from_unit: null, to_unit: null },
      { status: "REQUESTED", kind: "TRANSFER", requester: "operator", decider: null, from_unit: "3373.DINKES", to_unit: "3373.DINKES" },
    ]);
    // The operator's subtree owns some lines, other units own others, the agency the rest.
    const [scope] = await rows<{ operator: number; others: number; agency: number }>(
      `SELECT count(*) FILTER (WHERE un.path LIKE ou.path || '%')::int AS operator,
              count(*) FILTER (WHERE un.id IS NOT NULL AND un.path NOT LIKE ou.path || '%')::int AS others,
              count(*) FILTER (WHERE un.id IS NULL)::int AS agency
         FROM budget_lines l LEFT JOIN units un ON un.id = l.unit_id
        CROSS JOIN (SELECT n.path FROM users u JOIN units n ON n.id = u.unit_id WHERE u.username = 'operator') ou`,
    );
    expect(scope!.operator).toBeGreaterThanOrEqual(2);
    expect(scope!.others).toBeGreaterThanOrEqual(1);
    expect(scope!.agency).toBeGreaterThan(30);
  });

  it("reads through the budget API: the same totals, nothing overcommitted, December's fees committed, the operator its unit's lines", async () => {
    const [sums] = await rows<{ ceiling: string; spent: string }>(`SELECT sum(ceiling) AS ceiling, sum(spent) AS spent FROM budget_lines WHERE fiscal_year = 2026`);
    const admin = await budgetAs("admin");
    expect([admin.totals.ceiling, admin.totals.spent]).toEqual([Number(sums!.ceiling), Number(sums!.spent)]);
    expect(admin.totals.absorptionPercent).toBe(absorptionPercent(admin.totals.ceiling, admin.totals.spent));
    for (const l of admin.lines) expect([l.id, l.remaining >= 0]).toEqual([l.id, true]);
    // December's batches still owe their session fees: committed on their programmes' lines, nowhere else.
    expect(admin.totals.committed).toBeGreaterThan(0);
    expect(admin.lines.filter((l) => l.committed > 0).every((l) => l.programme !== null)).toBe(true);
    expect(admin.pendingRevisions).toBe(1);
    expect(admin.months[11]!.cumulativePlanned).toBe(admin.totals.ceiling);
    expect(admin.months[10]!.cumulativeSpent).toBe(admin.totals.spent);
    // Cost-effectiveness: the delivered programmes have a cost and a cost per participant-JP.
    const costed = admin.programmes.filter((p) => p.cost > 0 && p.participants > 0 && p.costPerParticipantJp !== null);
    expect(costed.length).toBeGreaterThan(25);
    const analyst = await budgetAs("analyst");
    expect(analyst.totals).toEqual(admin.totals);
    const operator = await budgetAs("operator");
    expect(operator.lines.length).toBeGreaterThanOrEqual(2);
    expect(operator.lines.every((l) => l.unit?.code === "3373.DINKES" || l.unit?.code.startsWith("3373.DINKES.") === true)).toBe(true);
    expect(operator.totals.ceiling).toBe(operator.lines.reduce((t, l) => t + l.ceiling, 0));
  });
});
