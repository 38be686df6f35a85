import { firstOpenMonth, jakartaDate } from "@bina/domain";
import { budgetFixture, type BudgetFixture } from "./support/budget-fixture";
import { startTestApp, type TestApp } from "./support/test-app";

/**
 * Budget revisions (issue 10): who may request and decide, scope, the domain's refusals, approval applied in one
 * transaction (ceilings moved, plans re-split, audit), the race of two decisions, a refusal at decision time that
 * leaves the database as it was, and the keyset list.
 */
let app: TestApp;
let fx: BudgetFixture;
let admin: string;
let operator: string;
let analyst: string;
let dinkesId: string;
let otherUnitId: string;
let dinkesTraining: string;
let dinkesTravel: string;
let otherUnitLine: string;
let agencyLine: string;

const TRAINING = "5.1.02.02.12.0001";
const TRAVEL = "5.1.02.04.01.0001";
const FEES = "5.1.02.02.01.0003";

const REQUEST = `mutation ($i: RequestBudgetRevisionInput!) { requestBudgetRevision(input: $i) { id kind status version amount newCeiling reason fiscalYear requestedBy requestedAt decidedBy decidedAt fromLine { id } toLine { id } line { id } } }`;
const DECIDE = `mutation ($i: DecideBudgetRevisionInput!) { decideBudgetRevision(input: $i) { id status version decidedBy decisionNote decidedAt } }`;
const LIST = `query ($y: Int!, $s: RevisionStatus, $f: Int, $a: String) { budgetRevisions(fiscalYear: $y, status: $s, first: $f, after: $a) { totalCount edges { cursor node { id status kind reason requestedAt } } pageInfo { hasNextPage endCursor } } }`;

const transfer = (fromLineId: string, toLineId: string, amount: number, reason = "Pergeseran untuk pelatihan tambahan") => ({ kind: "TRANSFER", fromLineId, toLineId, amount, reason });
const change = (lineId: string, newCeiling: number, reason = "APBD-P 2026") => ({ kind: "CHANGE", lineId, newCeiling, reason });

const lineRow = async (id: string) =>
  (await app.ds.query(`SELECT ceiling::text AS ceiling, spent::text AS spent, planned_by_month::text[] AS plan, version FROM budget_lines WHERE id = $1`, [id]))[0] as {
    ceiling: string;
    spent: string;
    plan: string[];
    version: number;
  };
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const count = async (sql: string, params: unknown[] = []) => Number((await app.ds.query(sql, params))[0].n);

beforeAll(async () => {
  app = await startTestApp({ employees: 60 });
  fx = budgetFixture(app);
  [admin, operator, analyst] = await Promise.all([app.login("admin"), app.login("operator"), app.login("analyst")]);
  [{ id: dinkesId }] = await app.ds.query(`SELECT id FROM units WHERE code = '3373.DINKES'`);
  [{ id: otherUnitId }] = await app.ds.query(
    `SELECT id FROM units WHERE parent_id IS NOT NULL AND path NOT LIKE (SELECT path FROM units WHERE id = $1) || '%' ORDER BY code LIMIT 1`,
    [dinkesId],
  );
  dinkesTraining = await fx.line({ accountCode: TRAINING, name: "Pelatihan teknis Dinkes", ceiling: 120_000_000, unitId: dinkesId });
  dinkesTravel = await fx.line({ accountCode: TRAVEL, name: "Perjalanan dinas Dinkes", ceiling: 30_000_000, unitId: dinkesId });
  otherUnitLine = await fx.line({ accountCode: TRAINING, name: "Pelatihan unit lain", ceiling: 80_000_000, unitId: otherUnitId });
  agencyLine = await fx.line({ accountCode: FEES, name: "Honorarium narasumber", ceiling: 200_000_000, unitId: null });
  await fx.spend(dinkesTraining, 40_000_000, "2026-03-10");
});
afterAll(() => app.close());

describe("requesting a revision", () => {
  it("lets an operator request a transfer between lines of its subtree; nothing changes until decided; audited", async () => {
    const before = [await lineRow(dinkesTraining), await lineRow(dinkesTravel)];
    const r = await app.gql(REQUEST, { i: transfer(dinkesTraining, dinkesTravel, 10_000_000) }, operator);
    expect(r.errors).toBeUndefined();
    expect(r.data!.requestBudgetRevision).toMatchObject({
      kind: "TRANSFER",
      status: "REQUESTED",
      version: 1,
      amount: 10_000_000,
      newCeiling: null,
      fiscalYear: 2026,
      requestedBy: "Operator Dinas Kesehatan",
      decidedBy: null,
      decidedAt: null,
      fromLine: { id: dinkesTraining },
      toLine: { id: dinkesTravel },
      line: null,
    });
    expect(Date.parse(r.data!.requestBudgetRevision.requestedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect([await lineRow(dinkesTraining), await lineRow(dinkesTravel)]).toEqual(before);
    expect(await count(`SELECT count(*) AS n FROM audit_entries WHERE entity_type = 'BudgetRevision' AND entity_id = $1 AND action = 'CREATE'`, [r.data!.requestBudgetRevision.id])).toBe(1);
  });

  it("hides lines outside an operator's subtree (another unit's, the agency's) like unknown ones, and keeps analysts out", async () => {
    const n = await count(`SELECT count(*) AS n FROM budget_revisions`);
    for (const [input, field] of [
      [transfer(otherUnitLine, dinkesTravel, 1_000_000), "fromLineId"],
      [transfer(dinkesTraining, agencyLine, 1_000_000), "toLineId"],
      [change(agencyLine, 1), "lineId"],
      [change("00000000-0000-4000-8000-000000000000", 1), "lineId"],
    ] as const) {
      const r = await app.gql(REQUEST, { i: input }, operator);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "INVALID_REVISION", field, reason: "UNKNOWN_LINE" });
    }
    expect((await app.gql(REQUEST, { i: transfer(dinkesTraining, dinkesTravel, 1) }, analyst)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await count(`SELECT count(*) AS n FROM budget_revisions`)).toBe(n);
    // An administrator may move money from the agency's line to a unit's.
    expect((await app.gql(REQUEST, { i: transfer(agencyLine, otherUnitLine, 5_000_000) }, admin)).errors).toBeUndefined();
  });

  it.each([
    ["reason", transfer("L1", "L2", 1_000, "   "), "INVALID_REVISION"],
    ["reason", transfer("L1", "L2", 1_000, "x".repeat(1001)), "INVALID_REVISION"],
    ["amount", transfer("L1", "L2", 0), "INVALID_AMOUNT"],
    ["toLineId", transfer("L1", "L1", 1_000), "INVALID_REVISION"],
    ["amount", transfer("L1", "L2", 80_000_001), "REVISION_BELOW_SPENT"],
    ["newCeiling", change("L1", 39_999_999), "REVISION_BELOW_SPENT"],
    ["newCeiling", change("L1", 120_000_000), "INVALID_REVISION"],
    ["lineId", { ...transfer("L1", "L2", 1_000), lineId: "L1" }, "INVALID_REVISION"],
    ["toLineId", { kind: "TRANSFER", fromLineId: "L1", amount: 5, reason: "x" }, "INVALID_REVISION"],
    ["fromLineId", transfer("not-a-uuid", "L2", 1_000), "INVALID_REVISION"],
  ])("refuses a bad %s (%#) naming the field, storing nothing", async (field, raw, domainCode) => {
    const ids: Record<string, string> = { L1: dinkesTraining, L2: dinkesTravel };
    const input = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === "string" && ids[v] ? ids[v] : v]));
    const n = await count(`SELECT count(*) AS n FROM budget_revisions`);
    const r = await app.gql(REQUEST, { i: input }, operator);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field, domainCode });
    if (domainCode === "REVISION_BELOW_SPENT") expect(r.errors![0]!.extensions).toMatchObject({ spent: 40_000_000 });
    expect(await count(`SELECT count(*) AS n FROM budget_revisions`)).toBe(n);
  });

  it("refuses a transfer between two fiscal years", async () => {
    const nextYear = await fx.line({ year: 2027, accountCode: TRAVEL, name: "Perjalanan dinas Dinkes 2027", ceiling: 10_000_000, unitId: dinkesId });
    const r = await app.gql(REQUEST, { i: transfer(dinkesTravel, nextYear, 1_000) }, operator);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "INVALID_REVISION", field: "toLineId", reason: "OTHER_YEAR" });
  });
});

describe("deciding a revision", () => {
  it("lets only an admin decide; approval moves the ceiling, keeps the total, re-splits both plans from the decision's month and is audited", async () => {
    const req = (await app.gql(REQUEST, { i: transfer(dinkesTraining, dinkesTravel, 12_000_000) }, operator)).data!.requestBudgetRevision;
    for (const token of [operator, analyst]) {
      expect((await app.gql(DECIDE, { i: { id: req.id, version: 1, approve: true } }, token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const [from0, to0] = [await lineRow(dinkesTraining), await lineRow(dinkesTravel)];
    const r = await app.gql(DECIDE, { i: { id: req.id, version: 1, approve: true, note: "Disetujui sesuai nota dinas" } }, admin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.decideBudgetRevision).toMatchObject({ status: "APPROVED", version: 2, decidedBy: "Administrator BKPSDM", decisionNote: "Disetujui sesuai nota dinas" });
    expect(r.data!.decideBudgetRevision.decidedAt).toEqual(expect.any(String));
    const [from1, to1] = [await lineRow(dinkesTraining), await lineRow(dinkesTravel)];
    expect(Number(from1.ceiling)).toBe(Number(from0.ceiling) - 12_000_000);
    expect(Number(to1.ceiling)).toBe(Number(to0.ceiling) + 12_000_000);
    expect([from1.version, to1.version]).toEqual([from0.version + 1, to0.version + 1]);
    // The months before the decision's month (Asia/Jakarta) keep their plan; the rest of the ceiling goes over the months
    // ahead in proportion to their plan, to within a rupiah.
    const open = firstOpenMonth(2026, jakartaDate(Date.parse(r.data!.decideBudgetRevision.decidedAt))) - 1;
    for (const [before, after] of [[from0, from1], [to0, to1]] as const) {
      const [plan, was] = [after.plan.map(Number), before.plan.map(Number)];
      expect(sum(plan)).toBe(Number(after.ceiling));
      expect(plan.slice(0, open)).toEqual(was.slice(0, open));
      const past = sum(was.slice(0, open));
      plan.slice(open).forEach((v, k) => expect(Math.abs(v - (was[open + k]! * (Number(after.ceiling) - past)) / (Number(before.ceiling) - past))).toBeLessThan(1));
    }
    expect(await count(`SELECT count(*) AS n FROM audit_entries WHERE entity_type = 'BudgetRevision' AND entity_id = $1 AND action = 'DECIDE'`, [req.id])).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM audit_entries WHERE entity_type = 'BudgetLine' AND action = 'UPDATE' AND after->>'revisionId' = $1`, [req.id])).toBe(2);
    // Decided once: a second decision is REVISION_DECIDED, whatever version it sends.
    for (const version of [1, 2]) {
      expect((await app.gql(DECIDE, { i: { id: req.id, version, approve: false } }, admin)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", domainCode: "REVISION_DECIDED" });
    }
  });

  it("rejects without touching the lines; a stale version or an unknown id is refused", async () => {
    const req = (await app.gql(REQUEST, { i: change(dinkesTravel, 50_000_000) }, operator)).data!.requestBudgetRevision;
    const before = await lineRow(dinkesTravel);
    expect((await app.gql(DECIDE, { i: { id: req.id, version: 7, approve: true } }, admin)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", domainCode: "STALE_VERSION" });
    const r = await app.gql(DECIDE, { i: { id: req.id, version: 1, approve: false, note: "Menunggu APBD-P" } }, admin);
    expect(r.data!.decideBudgetRevision).toMatchObject({ status: "REJECTED", version: 2 });
    expect(await lineRow(dinkesTravel)).toEqual(before);
    expect((await app.gql(DECIDE, { i: { id: "00000000-0000-4000-8000-000000000000", version: 1, approve: true } }, admin)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await app.gql(DECIDE, { i: { id: "nope", version: 1, approve: true } }, admin)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("has one winner when two decisions race; the loser gets REVISION_DECIDED and the ceilings move once", async () => {
    for (let round = 0; round < 4; round++) {
      const req = (await app.gql(REQUEST, { i: transfer(dinkesTravel, dinkesTraining, 1_000_000, `Pergeseran ${round}`) }, operator)).data!.requestBudgetRevision;
      const [t0, f0] = [await lineRow(dinkesTraining), await lineRow(dinkesTravel)];
      const second = round % 2 === 0 ? { approve: true } : { approve: false };
      const both = await Promise.all([
        app.gql(DECIDE, { i: { id: req.id, version: 1, approve: true } }, admin),
        app.gql(DECIDE, { i: { id: req.id, version: 1, ...second } }, admin),
      ]);
      const winners = both.filter((r) => !r.errors);
      expect(winners).toHaveLength(1);
      expect(both.find((r) => r.errors)!.errors![0]!.extensions).toMatchObject({ code: "CONFLICT", domainCode: "REVISION_DECIDED" });
      const [row] = await app.ds.query(`SELECT status, version FROM budget_revisions WHERE id = $1`, [req.id]);
      expect(row).toEqual({ status: winners[0]!.data!.decideBudgetRevision.status, version: 2 });
      const moved = row.status === "APPROVED" ? 1_000_000 : 0;
      expect(Number((await lineRow(dinkesTraining)).ceiling)).toBe(Number(t0.ceiling) + moved);
      expect(Number((await lineRow(dinkesTravel)).ceiling)).toBe(Number(f0.ceiling) - moved);
      expect(await count(`SELECT count(*) AS n FROM audit_entries WHERE entity_type = 'BudgetRevision' AND entity_id = $1 AND action = 'DECIDE'`, [req.id])).toBe(1);
    }
  });

  it("refuses an approval that would now leave a line below its spent (REVISION_BELOW_SPENT) and leaves the database unchanged", async () => {
    const line = await fx.line({ accountCode: TRAINING, name: "Bimtek pelayanan prima Dinkes", ceiling: 20_000_000, unitId: dinkesId });
    await fx.spend(line, 5_000_000, "2026-04-01");
    const req = (await app.gql(REQUEST, { i: change(line, 8_000_000) }, operator)).data!.requestBudgetRevision;
    // Spending goes on after the request: 9,000,000 spent, above the requested ceiling.
    await fx.spend(line, 4_000_000, "2026-05-01");
    const snapshot = async () => ({
      lines: await app.ds.query(`SELECT id, ceiling::text, spent::text, planned_by_month::text[], version, updated_at FROM budget_lines ORDER BY id`),
      revision: await app.ds.query(`SELECT status, version, decided_by, decided_at, decision_note FROM budget_revisions WHERE id = $1`, [req.id]),
      audit: await count(`SELECT count(*) AS n FROM audit_entries`),
    });
    const before = await snapshot();
    const r = await app.gql(DECIDE, { i: { id: req.id, version: 1, approve: true } }, admin);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "REVISION_BELOW_SPENT", field: "newCeiling", spent: 9_000_000 });
    expect(await snapshot()).toEqual(before);
    // It can still be rejected.
    expect((await app.gql(DECIDE, { i: { id: req.id, version: 1, approve: false } }, admin)).data!.decideBudgetRevision.status).toBe("REJECTED");
  });
});

describe("re-splitting the monthly plan", () => {
  const thisYear = Number(jakartaDate(Date.now()).slice(0, 4));
  const decideChange = async (lineId: string, newCeiling: number) => {
    const req = await app.gql(REQUEST, { i: change(lineId, newCeiling) }, admin);
    expect(req.errors).toBeUndefined();
    const r = await app.gql(DECIDE, { i: { id: req.data!.requestBudgetRevision.id, version: 1, approve: true } }, admin);
    expect(r.errors).toBeUndefined();
    return (await lineRow(lineId)).plan.map(Number);
  };
  const PLAN = [10, 10, 10, 20, 20, 20, 30, 30, 30, 40, 40, 40].map((v) => v * 1_000_000); // 300 M

  it("re-splits every month of a year still ahead, in proportion to its plan", async () => {
    const id = await fx.line({ year: thisYear + 1, accountCode: TRAVEL, name: "Perjalanan tahun depan", ceiling: 300_000_000, unitId: null, plan: PLAN });
    expect(await decideChange(id, 600_000_000)).toEqual(PLAN.map((v) => v * 2));
  });

  it("changes only December of a year already past, the other months keeping their plan", async () => {
    const id = await fx.line({ year: thisYear - 1, accountCode: TRAVEL, name: "Perjalanan tahun lalu", ceiling: 300_000_000, unitId: null, plan: PLAN });
    expect(await decideChange(id, 350_000_000)).toEqual([...PLAN.slice(0, 11), 90_000_000]);
  });

  it("lowers the latest past months when a cut goes below what they planned, the months ahead at 0", async () => {
    const id = await fx.line({ year: thisYear - 1, accountCode: FEES, name: "Honor tahun lalu", ceiling: 300_000_000, unitId: null, plan: PLAN });
    await fx.spend(id, 100_000_000, `${thisYear - 1}-06-30`);
    // Jan..Nov planned 260 M; a ceiling of 125 M takes December to 0, then 135 M from Nov (40), Oct (40), Sep (30), Aug (25 of 30).
    expect(await decideChange(id, 125_000_000)).toEqual([10, 10, 10, 20, 20, 20, 30, 5, 0, 0, 0, 0].map((v) => v * 1_000_000));
  });
});

describe("listing revisions", () => {
  it("pages by keyset newest first with the total, filters by status, and shows an operator only revisions naming its lines", async () => {
    const all = await count(`SELECT count(*) AS n FROM budget_revisions WHERE fiscal_year = 2026`);
    expect(all).toBeGreaterThan(6);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const r: any = await app.gql(LIST, { y: 2026, f: 3, a: after }, analyst); // eslint-disable-line @typescript-eslint/no-explicit-any
      expect(r.errors).toBeUndefined();
      const c = r.data.budgetRevisions;
      expect(c.totalCount).toBe(all);
      seen.push(...c.edges.map((e: { node: { id: string } }) => e.node.id));
      pages++;
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(all / 3));
    expect(new Set(seen).size).toBe(all);
    const ordered = await app.ds.query(`SELECT id FROM budget_revisions WHERE fiscal_year = 2026 ORDER BY requested_at DESC, id DESC`);
    expect(seen).toEqual(ordered.map((o: { id: string }) => o.id));

    const requested = (await app.gql(LIST, { y: 2026, s: "REQUESTED", f: 100 }, admin)).data!.budgetRevisions;
    expect(requested.totalCount).toBe(await count(`SELECT count(*) AS n FROM budget_revisions WHERE fiscal_year = 2026 AND status = 'REQUESTED'`));
    expect(requested.edges.every((e: { node: { status: string } }) => e.node.status === "REQUESTED")).toBe(true);

    const mine = (await app.gql(LIST, { y: 2026, f: 100 }, operator)).data!.budgetRevisions;
    const expected = await count(
      `SELECT count(*) AS n FROM budget_revisions r WHERE fiscal_year = 2026 AND EXISTS (SELECT 1 FROM budget_lines l WHERE l.id IN (r.from_line_id, r.to_line_id, r.line_id) AND l.unit_id = $1)`,
      [dinkesId],
    );
    expect(mine.totalCount).toBe(expected);
    expect(expected).toBeLessThan(all);
    const agencyRevisions = await app.ds.query(`SELECT id FROM budget_revisions WHERE from_line_id = $1`, [agencyLine]);
    expect(agencyRevisions.length).toBeGreaterThan(0);
    for (const { id } of agencyRevisions) expect(mine.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(id);
  });

  it("shows a revision's lines only where the caller may see them (the agency's line is null for an operator)", async () => {
    const req = (await app.gql(REQUEST, { i: transfer(agencyLine, dinkesTravel, 2_000_000, "Tambahan perjalanan dinas Dinkes") }, admin)).data!.requestBudgetRevision;
    const Q = `query { budgetRevisions(fiscalYear: 2026, status: REQUESTED, first: 100) { edges { node { id fromLine { id name ceiling } toLine { id spent } line { id } } } } }`;
    const pick = (r: any) => r.data.budgetRevisions.edges.find((e: { node: { id: string } }) => e.node.id === req.id)?.node; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(pick(await app.gql(Q, {}, admin))).toMatchObject({ fromLine: { id: agencyLine, name: "Honorarium narasumber", ceiling: 200_000_000 }, toLine: { id: dinkesTravel }, line: null });
    expect(pick(await app.gql(Q, {}, analyst))).toMatchObject({ fromLine: { id: agencyLine }, toLine: { id: dinkesTravel } });
    expect(pick(await app.gql(Q, {}, operator))).toMatchObject({ fromLine: null, toLine: { id: dinkesTravel }, line: null });
  });

  it("reads a page with its lines and people in a number of statements that does not grow with the page", async () => {
    const Q = `query ($f: Int) { budgetRevisions(fiscalYear: 2026, first: $f) { totalCount edges { node { id requestedBy decidedBy fromLine { id name } toLine { id } line { id ceiling } } } } }`;
    const statements = async (first: number, token: string) => {
      app.counter.reset();
      const r = await app.gql(Q, { f: first }, token);
      expect(r.errors).toBeUndefined();
      return { statements: app.counter.count, rows: r.data!.budgetRevisions.edges.length };
    };
    for (const token of [admin, operator]) {
      const small = await statements(1, token);
      const large = await statements(50, token);
      expect(large.rows).toBeGreaterThan(small.rows);
      expect(large.statements).toBe(small.statements);
    }
  });

  it("refuses a crafted cursor and a bad page size before any SQL", async () => {
    expect((await app.gql(LIST, { y: 2026, a: "bm90LWEtY3Vyc29y" }, admin)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "INVALID_CURSOR" });
    expect((await app.gql(LIST, { y: 2026, f: 0 }, admin)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    expect((await app.gql(LIST, { y: 1800 }, admin)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "fiscalYear" });
  });
});
