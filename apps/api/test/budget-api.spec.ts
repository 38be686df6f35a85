import ExcelJS from "exceljs";
import { MAX_LINE_CEILING } from "@bina/domain";
import { createCompletedBatch } from "./support/evaluation-fixture";
import { startTestApp, type GqlResponse, type TestApp } from "./support/test-app";

/** The budget API (issue 10): roles and scope, validation, spending history, commitments, totals and months. */
let app: TestApp;
let admin: string;
let operator: string;
let analyst: string;
/** A unit inside the operator's subtree, one outside it. */
let mine: string;
let foreign: string;
const YEAR = 2029;
const TRAINING = "5.1.02.02.12.0001";
const HONORARIUM = "5.1.02.02.01.0003";
const TRAVEL = "5.1.02.04.01.0001";
const MEALS = "5.1.02.01.01.0052";

beforeAll(async () => {
  app = await startTestApp({ employees: 120 });
  [admin, operator, analyst] = await Promise.all([app.login("admin"), app.login("operator"), app.login("analyst")]);
  const [op] = await app.ds.query(`SELECT u.id, u.path FROM users x JOIN units u ON u.id = x.unit_id WHERE x.username = 'operator'`);
  mine = op.id;
  foreign = (await app.ds.query(`SELECT id FROM units WHERE path NOT LIKE $1 || '%' AND parent_id IS NOT NULL ORDER BY code LIMIT 1`, [op.path]))[0].id;
});
afterAll(() => app.close());

const ext = (r: GqlResponse) => r.errors?.[0]?.extensions;

const LINE_FIELDS = `id fiscalYear accountCode name ceiling committed spent remaining absorptionPercent plannedByMonth version unit { id } programme { id }`;
const CREATE = `mutation ($i: CreateBudgetLineInput!) { createBudgetLine(input: $i) { ${LINE_FIELDS} } }`;
const UPDATE_LINE = `mutation ($i: UpdateBudgetLineInput!) { updateBudgetLine(input: $i) { ${LINE_FIELDS} } }`;
const LINE = `query ($id: ID!) { budgetLine(id: $id) { ${LINE_FIELDS} } }`;
const SPEND = `mutation ($i: RecordSpendingInput!) { recordSpending(input: $i) { id amount spentOn status version budgetLine { id spent } } }`;
const EDIT = `mutation ($i: UpdateSpendingInput!) { updateSpending(input: $i) { id amount spentOn description status version } }`;
const CANCEL = `mutation ($i: CancelSpendingInput!) { cancelSpending(input: $i) { id status cancelReason version } }`;
const BUDGET = `query ($y: Int!, $u: ID) { budget(fiscalYear: $y, unitId: $u) {
  fiscalYear pendingRevisions
  totals { ceiling committed spent remaining absorptionPercent }
  lines { id ceiling committed spent remaining }
  months { month planned spent cumulativePlanned cumulativeSpent plannedPercent absorptionPercent }
} }`;

interface LineRead {
  id: string;
  version: number;
  accountCode: string;
  name: string;
  ceiling: number;
  committed: number;
  spent: number;
  remaining: number;
  plannedByMonth: number[];
  programme: { id: string } | null;
}
interface ProgrammeCostRead {
  programme: { id: string; title: string };
  meanNGain: number | null;
  costPerParticipantJp: number | null;
  costPerGainPoint: number | null;
  costPerGapAddressed: number | null;
}

let seq = 0;
async function line(over: Record<string, unknown> = {}, year = YEAR): Promise<LineRead> {
  const r = await app.gql(CREATE, { i: { fiscalYear: year, accountCode: TRAINING, name: `Belanja kursus singkat ${++seq}`, ceiling: 50_000_000, ...over } }, admin);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.createBudgetLine as LineRead;
}
const spendInput = (budgetLineId: string, over: Record<string, unknown> = {}) => ({
  budgetLineId,
  amount: 1_000_000,
  spentOn: `${YEAR}-03-10`,
  description: "Konsumsi rapat persiapan",
  documentNumber: `SPJ/${++seq}`,
  ...over,
});

describe("roles and scope", () => {
  let own: LineRead;
  let other: LineRead;
  let agency: LineRead;
  const YEAR_SCOPE = 2028;

  beforeAll(async () => {
    own = await line({ unitId: mine, ceiling: 20_000_000 }, YEAR_SCOPE);
    other = await line({ unitId: foreign, ceiling: 30_000_000 }, YEAR_SCOPE);
    agency = await line({ ceiling: 40_000_000 }, YEAR_SCOPE);
  });

  it("shows a unit operator only its subtree's lines, NOT_FOUND for another unit's and the agency's own", async () => {
    const seen = await app.gql(BUDGET, { y: YEAR_SCOPE }, operator);
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.budget.lines.map((l: { id: string }) => l.id)).toEqual([own.id]);
    expect(seen.data!.budget.totals).toMatchObject({ ceiling: 20_000_000, spent: 0 });
    expect((await app.gql(LINE, { id: own.id }, operator)).data!.budgetLine.id).toBe(own.id);
    for (const id of [other.id, agency.id, "00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      expect(ext(await app.gql(LINE, { id }, operator))).toMatchObject({ code: "NOT_FOUND" });
    }
    expect(ext(await app.gql(BUDGET, { y: YEAR_SCOPE, u: foreign }, operator))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("lets an operator spend on its own line only: NOT_FOUND on another unit's, FORBIDDEN to create lines", async () => {
    const ok = await app.gql(SPEND, { i: spendInput(own.id, { spentOn: `${YEAR_SCOPE}-02-01` }) }, operator);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.recordSpending.budgetLine).toEqual({ id: own.id, spent: 1_000_000 });
    expect(ext(await app.gql(SPEND, { i: spendInput(other.id, { spentOn: `${YEAR_SCOPE}-02-01` }) }, operator))).toMatchObject({ code: "NOT_FOUND" });
    expect(ext(await app.gql(SPEND, { i: spendInput(agency.id, { spentOn: `${YEAR_SCOPE}-02-01` }) }, operator))).toMatchObject({ code: "NOT_FOUND" });
    expect(ext(await app.gql(CREATE, { i: { fiscalYear: YEAR_SCOPE, accountCode: TRAINING, name: "Tidak boleh", ceiling: 1 } }, operator))).toMatchObject({ code: "FORBIDDEN" });
    const [n] = await app.ds.query(`SELECT count(*)::int AS n FROM budget_spendings WHERE budget_line_id = ANY($1::uuid[])`, [[other.id, agency.id]]);
    expect(n.n).toBe(0);
  });

  it("lets an analyst read every line but change nothing (FORBIDDEN)", async () => {
    const seen = await app.gql(BUDGET, { y: YEAR_SCOPE }, analyst);
    expect(seen.data!.budget.lines.map((l: { id: string }) => l.id).sort()).toEqual([own.id, other.id, agency.id].sort());
    expect((await app.gql(LINE, { id: agency.id }, analyst)).data!.budgetLine.id).toBe(agency.id);
    expect(ext(await app.gql(SPEND, { i: spendInput(agency.id, { spentOn: `${YEAR_SCOPE}-02-01` }) }, analyst))).toMatchObject({ code: "FORBIDDEN" });
    expect(ext(await app.gql(CREATE, { i: { fiscalYear: YEAR_SCOPE, accountCode: TRAINING, name: "Tidak boleh", ceiling: 1 } }, analyst))).toMatchObject({ code: "FORBIDDEN" });
    expect(ext(await app.gql(UPDATE_LINE, { i: { id: agency.id, version: agency.version, name: "Tidak boleh" } }, analyst))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("never shows an operator another unit's spending through a nested field", async () => {
    const s = (await app.gql(SPEND, { i: spendInput(other.id, { spentOn: `${YEAR_SCOPE}-02-02` }) }, admin)).data!.recordSpending;
    expect(ext(await app.gql(EDIT, { i: { id: s.id, version: s.version, description: "Diubah" } }, operator))).toMatchObject({ code: "NOT_FOUND" });
    expect(ext(await app.gql(CANCEL, { i: { id: s.id, version: s.version, reason: "Salah input" } }, operator))).toMatchObject({ code: "NOT_FOUND" });
    // The spendings of every line of a year cost more than a query may (refused before SQL): a line's spendings are read
    // one line at a time, and only on the lines the operator sees.
    const visible = (await app.gql(`query ($y: Int!) { budget(fiscalYear: $y) { lines { id } } }`, { y: YEAR_SCOPE }, operator)).data!.budget.lines as { id: string }[];
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.map((l) => l.id)).not.toContain(other.id);
    for (const { id } of visible) {
      const page = (await app.gql(`query ($id: ID!) { budgetLine(id: $id) { spendings { edges { node { id } } } } }`, { id }, operator)).data!.budgetLine;
      expect((page.spendings.edges as { node: { id: string } }[]).map((e) => e.node.id)).not.toContain(s.id);
    }
  });

  it("counts the pending revisions naming a line the caller sees", async () => {
    await app.ds.query(`INSERT INTO budget_revisions (fiscal_year, kind, line_id, new_ceiling, reason) VALUES ($1, 'CHANGE', $2, 35000000, 'APBD-P')`, [YEAR_SCOPE, other.id]);
    expect((await app.gql(`query ($y: Int!) { budget(fiscalYear: $y) { pendingRevisions } }`, { y: YEAR_SCOPE }, admin)).data!.budget.pendingRevisions).toBe(1);
    expect((await app.gql(`query ($y: Int!) { budget(fiscalYear: $y) { pendingRevisions } }`, { y: YEAR_SCOPE }, operator)).data!.budget.pendingRevisions).toBe(0);
  });
});

describe("validation", () => {
  let target: LineRead;
  beforeAll(async () => {
    target = await line({ ceiling: 10_000_000 });
  });

  const refusal = async (over: Record<string, unknown>) => ext(await app.gql(SPEND, { i: spendInput(target.id, over) }, admin));

  it("answers bad spending input with field errors, and stores nothing", async () => {
    expect(await refusal({ description: "Konsumsi\u0000rapat" })).toMatchObject({ code: "BAD_USER_INPUT", field: "description" });
    expect(await refusal({ description: "x".repeat(501) })).toMatchObject({ code: "BAD_USER_INPUT", field: "description", reason: "TOO_LONG" });
    expect(await refusal({ description: "x".repeat(5000) })).toMatchObject({ code: "BAD_USER_INPUT", field: "description" });
    expect(await refusal({ documentNumber: "   " })).toMatchObject({ code: "BAD_USER_INPUT", field: "documentNumber" });
    expect(await refusal({ amount: 0 })).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "INVALID_AMOUNT", field: "amount", reason: "ZERO" });
    expect(await refusal({ amount: -5 })).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "INVALID_AMOUNT", field: "amount" });
    expect(await refusal({ amount: 2 ** 53 })).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(await refusal({ amount: 1.5 })).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(await refusal({ amount: 9_000_000_000_000 })).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "BUDGET_EXCEEDED", field: "amount", remaining: 10_000_000 });
    expect(await refusal({ spentOn: `${YEAR}-02-30` })).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(await refusal({ spentOn: "kemarin" })).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(await refusal({ spentOn: `${YEAR + 1}-01-02` })).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "DATE_OUTSIDE_YEAR", field: "spentOn" });
    expect(await refusal({ batchId: "00000000-0000-4000-8000-000000000000" })).toMatchObject({ code: "BAD_USER_INPUT", field: "batchId" });
    expect(await refusal({ quantity: 0.001, category: "MEALS" })).toMatchObject({ code: "BAD_USER_INPUT", field: "quantity" });
    const [n] = await app.ds.query(`SELECT count(*)::int AS n FROM budget_spendings WHERE budget_line_id = $1`, [target.id]);
    expect(n.n).toBe(0);
    expect((await app.gql(LINE, { id: target.id }, admin)).data!.budgetLine.spent).toBe(0);
  });

  it("checks a category's standard cost, naming the standard and its ceiling", async () => {
    const above = await refusal({ category: "SPEAKER_FEE", amount: 9_000_000, quantity: 1, speakerLevel: "ESELON_III_BELOW", minutes: 60 });
    expect(above).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "ABOVE_STANDARD_COST", field: "amount" });
    expect(typeof above!.ceiling).toBe("number");
    expect(await refusal({ category: "SPEAKER_FEE", amount: 100_000, quantity: 1, minutes: 60 })).toMatchObject({ domainCode: "INVALID_STANDARD_COST_INPUT", field: "speakerLevel" });
    const within = await app.gql(SPEND, { i: spendInput(target.id, { category: "SPEAKER_FEE", amount: above!.ceiling, quantity: 1, speakerLevel: "ESELON_III_BELOW", minutes: 60 }) }, admin);
    expect(within.errors).toBeUndefined();
  });

  it("answers bad line input with field errors and duplicates with CONFLICT", async () => {
    const bad = (over: Record<string, unknown>) => app.gql(CREATE, { i: { fiscalYear: YEAR, accountCode: TRAINING, name: `Baris ${++seq}`, ceiling: 1_200, ...over } }, admin).then(ext);
    expect(await bad({ accountCode: "5.1.2.2.12.1" })).toMatchObject({ domainCode: "INVALID_ACCOUNT_CODE", field: "accountCode" });
    expect(await bad({ name: "=SUM(A1)" })).toMatchObject({ code: "BAD_USER_INPUT", field: "name" });
    expect(await bad({ name: "a\u0000b c" })).toMatchObject({ code: "BAD_USER_INPUT", field: "name" });
    expect(await bad({ ceiling: -1 })).toMatchObject({ domainCode: "INVALID_AMOUNT", field: "ceiling" });
    expect(await bad({ plannedByMonth: [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 99] })).toMatchObject({ domainCode: "INVALID_AMOUNT", field: "plannedByMonth" });
    expect(await bad({ plannedByMonth: [100] })).toMatchObject({ code: "BAD_USER_INPUT", field: "plannedByMonth" });
    expect(await bad({ fiscalYear: 1999 })).toMatchObject({ code: "BAD_USER_INPUT", field: "fiscalYear" });
    expect(await bad({ unitId: "00000000-0000-4000-8000-000000000000" })).toMatchObject({ domainCode: "UNKNOWN_UNIT", field: "unitId" });
    expect(await bad({ programmeId: "00000000-0000-4000-8000-000000000000" })).toMatchObject({ code: "BAD_USER_INPUT", field: "programmeId" });
    const dup = await app.gql(CREATE, { i: { fiscalYear: YEAR, accountCode: target.accountCode, name: target.name, ceiling: 5 } }, admin);
    expect(ext(dup)).toMatchObject({ code: "CONFLICT", domainCode: "DUPLICATE_CODE" });
    expect(ext(await app.gql(BUDGET, { y: 1800 }, admin))).toMatchObject({ domainCode: "INVALID_YEAR", field: "fiscalYear" });
  });

  it("gives a new line the default disbursement plan, and changes it only with the version read", async () => {
    const made = await line({ ceiling: 1_200_000_000 });
    expect(made.plannedByMonth.reduce((a: number, b: number) => a + b, 0)).toBe(1_200_000_000);
    expect(made.plannedByMonth.slice(0, 3)).toEqual([60_000_000, 60_000_000, 60_000_000]);
    const plan = Array.from({ length: 12 }, () => 100_000_000);
    const changed = await app.gql(UPDATE_LINE, { i: { id: made.id, version: made.version, plannedByMonth: plan, name: "Belanja kursus singkat (diubah)" } }, admin);
    expect(changed.data!.updateBudgetLine).toMatchObject({ plannedByMonth: plan, name: "Belanja kursus singkat (diubah)", version: made.version + 1, ceiling: 1_200_000_000 });
    expect(ext(await app.gql(UPDATE_LINE, { i: { id: made.id, version: made.version, name: "Lagi" } }, admin))).toMatchObject({ code: "CONFLICT", domainCode: "STALE_VERSION" });
    const [audit] = await app.ds.query(`SELECT count(*)::int AS n FROM audit_entries WHERE entity_type = 'BudgetLine' AND entity_id = $1`, [made.id]);
    expect(audit.n).toBe(2);
  });
});

describe("editing and cancelling keep the history", () => {
  const HISTORY = `query ($id: ID!) { budgetLine(id: $id) { spent spendings(includeCancelled: true) { totalCount edges { node { id status amount cancelReason history { kind amountBefore amountAfter note actorName } } } } active: spendings { totalCount } } }`;

  it("edits, refuses a stale version, cancels once, and releases the amount", async () => {
    const l = await line({ ceiling: 5_000_000 });
    const s = (await app.gql(SPEND, { i: spendInput(l.id, { amount: 2_000_000 }) }, admin)).data!.recordSpending;
    const edited = await app.gql(EDIT, { i: { id: s.id, version: s.version, amount: 3_000_000, spentOn: `${YEAR}-04-01`, description: "Konsumsi rapat koordinasi" } }, admin);
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateSpending).toMatchObject({ amount: 3_000_000, spentOn: `${YEAR}-04-01`, version: s.version + 1 });
    expect(ext(await app.gql(EDIT, { i: { id: s.id, version: s.version, amount: 1 } }, admin))).toMatchObject({ code: "CONFLICT", domainCode: "STALE_VERSION" });
    // Growing past the ceiling is refused with what still fits (5 M − 3 M + the spending's own 3 M).
    expect(ext(await app.gql(EDIT, { i: { id: s.id, version: s.version + 1, amount: 5_000_001 } }, admin))).toMatchObject({ domainCode: "BUDGET_EXCEEDED", remaining: 5_000_000 });
    expect((await app.gql(LINE, { id: l.id }, admin)).data!.budgetLine.spent).toBe(3_000_000);

    const cancelled = await app.gql(CANCEL, { i: { id: s.id, version: s.version + 1, reason: "Dobel input dengan SPJ lain" } }, admin);
    expect(cancelled.data!.cancelSpending).toMatchObject({ status: "CANCELLED", cancelReason: "Dobel input dengan SPJ lain", version: s.version + 2 });
    expect(ext(await app.gql(CANCEL, { i: { id: s.id, version: s.version + 2, reason: "Sekali lagi" } }, admin))).toMatchObject({ code: "CONFLICT", domainCode: "SPENDING_CANCELLED" });
    expect(ext(await app.gql(EDIT, { i: { id: s.id, version: s.version + 2, amount: 10 } }, admin))).toMatchObject({ code: "CONFLICT", domainCode: "SPENDING_CANCELLED" });

    const read = (await app.gql(HISTORY, { id: l.id }, admin)).data!.budgetLine;
    expect(read.spent).toBe(0);
    expect(read.active.totalCount).toBe(0);
    expect(read.spendings.totalCount).toBe(1);
    const node = read.spendings.edges[0].node;
    expect(node).toMatchObject({ id: s.id, status: "CANCELLED", amount: 3_000_000 });
    expect(node.history).toEqual([
      { kind: "CREATED", amountBefore: null, amountAfter: 2_000_000, note: null, actorName: expect.any(String) },
      { kind: "EDITED", amountBefore: 2_000_000, amountAfter: 3_000_000, note: `spentOn ${YEAR}-03-10 → ${YEAR}-04-01; description changed`, actorName: expect.any(String) },
      { kind: "CANCELLED", amountBefore: 3_000_000, amountAfter: 3_000_000, note: "Dobel input dengan SPJ lain", actorName: expect.any(String) },
    ]);
    const [audit] = await app.ds.query(`SELECT count(*)::int AS n FROM audit_entries WHERE entity_type = 'BudgetSpending' AND entity_id = $1`, [s.id]);
    expect(audit.n).toBe(3);
  });
});

describe("commitments", () => {
  it("commit a plan programme's candidate cost, less what its line spent; a second line of the programme commits nothing", async () => {
    const competencyIds = (await app.ds.query(`SELECT id FROM competencies ORDER BY code LIMIT 1`)).map((r: { id: string }) => r.id);
    const candidate = (await app.gql(`mutation ($i: CandidateInput!) { createCandidate(input: $i) { id } }`, { i: { year: YEAR, title: "Pelatihan Pengadaan Barang dan Jasa", competencyIds, participants: 30, jp: 40, cost: 80_000_000, mandatory: true } }, admin)).data!.createCandidate.id;
    const plan = (await app.gql(`mutation { runPlan(year: ${YEAR}, ceiling: 500000000) { id } }`, {}, admin)).data!.runPlan.id;
    expect((await app.gql(`mutation ($id: ID!) { adoptPlan(id: $id) { status } }`, { id: plan }, admin)).errors).toBeUndefined();
    const programme = (await app.gql(`mutation ($i: ProgrammeFromPlanInput!) { createProgrammeFromPlan(input: $i) { id } }`, { i: { planId: plan, candidateId: candidate, kind: "TECHNICAL_TRAINING", organiser: "BKPSDM" } }, admin)).data!.createProgrammeFromPlan.id;

    const first = await line({ ceiling: 100_000_000, programmeId: programme });
    // The commitment sits on the programme's line with the lowest account code: the training account, not travel.
    const second = await line({ ceiling: 10_000_000, programmeId: programme, accountCode: TRAVEL });
    expect(first).toMatchObject({ committed: 80_000_000, remaining: 20_000_000, programme: { id: programme } });
    expect(second).toMatchObject({ committed: 0, remaining: 10_000_000 });

    // A spend on the programme's line settles its commitment: 30 M spent, 50 M still committed.
    expect((await app.gql(SPEND, { i: spendInput(first.id, { amount: 30_000_000 }) }, admin)).errors).toBeUndefined();
    expect((await app.gql(LINE, { id: first.id }, admin)).data!.budgetLine).toMatchObject({ spent: 30_000_000, committed: 50_000_000, remaining: 20_000_000 });
    // What fits is the ceiling less what is spent: the commitment is released by the spend that settles it.
    const over = await app.gql(SPEND, { i: spendInput(first.id, { amount: 70_000_001 }) }, admin);
    expect(ext(over)).toMatchObject({ domainCode: "BUDGET_EXCEEDED", remaining: 70_000_000 });
    expect((await app.gql(SPEND, { i: spendInput(first.id, { amount: 70_000_000 }) }, admin)).errors).toBeUndefined();
    expect((await app.gql(LINE, { id: first.id }, admin)).data!.budgetLine).toMatchObject({ spent: 100_000_000, committed: 0, remaining: 0, absorptionPercent: 100 });
  });

  it("commit a programme's scheduled session fees when they are more than its planned cost, not those of a cancelled batch", async () => {
    const programme = (await app.gql(`mutation ($i: ProgrammeInput!) { createProgramme(input: $i) { id } }`, { i: { year: YEAR, title: "Bimtek Arsip Digital", kind: "TECHNICAL_TRAINING", organiser: "BKPSDM" } }, admin)).data!.createProgramme.id;
    const l = await line({ ceiling: 20_000_000, programmeId: programme });
    expect(l.committed).toBe(0);
    const [batch] = await app.ds.query(`INSERT INTO batches (programme_id, name, starts_on, ends_on, capacity, status) VALUES ($1, 'Angkatan I', $2, $2, 20, 'OPEN') RETURNING id`, [programme, `${YEAR}-06-02`]);
    const [gone] = await app.ds.query(`INSERT INTO batches (programme_id, name, starts_on, ends_on, capacity, status) VALUES ($1, 'Angkatan II', $2, $2, 20, 'CANCELLED') RETURNING id`, [programme, `${YEAR}-06-09`]);
    const [speaker] = await app.ds.query(`INSERT INTO speakers (name, institution, origin_city, level) VALUES ('Dr. Sari', 'UNDIP', 'Semarang', 'ESELON_III_BELOW') RETURNING id`);
    for (const [b, date, fee] of [[batch.id, `${YEAR}-06-02`, 900_000], [batch.id, `${YEAR}-06-02`, 600_000], [gone.id, `${YEAR}-06-09`, 5_000_000]] as const) {
      await app.ds.query(`INSERT INTO batch_sessions (batch_id, date, starts_at, ends_at, jp, topic, speaker_id, fee) VALUES ($1, $2, '08:00', '10:00', 2, 'Materi', $3, $4)`, [b, date, speaker.id, fee]);
    }
    expect((await app.gql(LINE, { id: l.id }, admin)).data!.budgetLine).toMatchObject({ committed: 1_500_000, remaining: 18_500_000 });
    await app.gql(SPEND, { i: spendInput(l.id, { amount: 600_000, batchId: batch.id, spentOn: `${YEAR}-06-02` }) }, admin);
    const totals = (await app.gql(BUDGET, { y: YEAR }, admin)).data!.budget;
    const mineNow = totals.lines.find((x: { id: string }) => x.id === l.id);
    expect(mineNow).toEqual({ id: l.id, ceiling: 20_000_000, committed: 900_000, spent: 600_000, remaining: 18_500_000 });
  });
});

describe("commitments across a programme's lines and batches", () => {
  it("count everything spent for the programme, sit on one line within what it has left, and never block a spend (the review's case)", async () => {
    const year = 2032;
    const programme = (await app.gql(`mutation ($i: ProgrammeInput!) { createProgramme(input: $i) { id } }`, { i: { year, title: "Bimtek Pengelolaan Aplikasi Layanan Publik", kind: "TECHNICAL_TRAINING", organiser: "BKPSDM" } }, admin)).data!.createProgramme.id;
    const [batch] = await app.ds.query(`INSERT INTO batches (programme_id, name, starts_on, ends_on, capacity, status) VALUES ($1, 'Angkatan I', $2, $2, 30, 'OPEN') RETURNING id`, [programme, `${year}-05-12`]);
    const [speaker] = await app.ds.query(`INSERT INTO speakers (name, institution, origin_city, level) VALUES ('Ir. Budi', 'Diskominfo', 'Salatiga', 'ESELON_III_BELOW') RETURNING id`);
    for (const fee of [32_400_000, 32_400_000]) {
      await app.ds.query(`INSERT INTO batch_sessions (batch_id, date, starts_at, ends_at, jp, topic, speaker_id, fee) VALUES ($1, $2, '08:00', '10:00', 2, 'Materi', $3, $4)`, [batch.id, `${year}-05-12`, speaker.id, fee]);
    }
    const training = await line({ ceiling: 90_000_000, programmeId: programme }, year);
    expect(training).toMatchObject({ committed: 64_800_000, remaining: 25_200_000 });
    const spend = async (budgetLineId: string, amount: number, over: Record<string, unknown> = {}) =>
      app.gql(SPEND, { i: { budgetLineId, amount, spentOn: `${year}-05-12`, description: "Belanja bimtek", documentNumber: `SPJ/${++seq}`, ...over } }, admin);
    const read = async (id: string) => (await app.gql(LINE, { id }, admin)).data!.budgetLine as LineRead;
    const totals = async () => (await app.gql(BUDGET, { y: year }, admin)).data!.budget as { totals: Record<string, number>; lines: LineRead[] };

    expect((await spend(training.id, 49_200_000, { batchId: batch.id })).errors).toBeUndefined();
    expect(await read(training.id)).toMatchObject({ spent: 49_200_000, committed: 15_600_000, remaining: 25_200_000 });
    // A spend for the programme's batch booked on an agency line settles the programme's commitment too.
    const agency = await line({ accountCode: HONORARIUM, name: "Honorarium narasumber 2032", ceiling: 50_000_000 }, year);
    expect((await spend(agency.id, 10_000_000, { batchId: batch.id })).errors).toBeUndefined();
    expect(await read(training.id)).toMatchObject({ committed: 5_600_000, remaining: 35_200_000 });
    expect(await read(agency.id)).toMatchObject({ committed: 0, remaining: 40_000_000 });
    const before = await totals();
    expect(before.totals).toMatchObject({ ceiling: 140_000_000, spent: 59_200_000, committed: 5_600_000, remaining: 75_200_000 });

    // A second line of the programme on a lower account code carries the commitment now, within its own Rp 1,000,000:
    // no commitment out of nothing, and the year's committed does not jump.
    const meals = await line({ accountCode: MEALS, name: "Makan minum bimtek 2032", ceiling: 1_000_000, programmeId: programme }, year);
    expect(meals).toMatchObject({ committed: 1_000_000, remaining: 0 });
    expect(await read(training.id)).toMatchObject({ committed: 0, remaining: 40_800_000 });
    const after = await totals();
    expect(after.totals.committed).toBe(1_000_000);
    expect(after.totals.committed).toBeLessThanOrEqual(before.totals.committed!);
    for (const l of after.lines) expect(l.remaining).toBeGreaterThanOrEqual(0);
    const sum = (key: "ceiling" | "committed" | "spent" | "remaining") => after.lines.reduce((a, l) => a + l[key], 0);
    expect(after.totals).toMatchObject({ ceiling: sum("ceiling"), committed: sum("committed"), spent: sum("spent"), remaining: sum("remaining") });

    // A spend on that line fits (it settles the programme's commitment); more than the line has is refused.
    const small = await spend(meals.id, 100_000);
    expect(small.errors).toBeUndefined();
    expect(await read(meals.id)).toMatchObject({ spent: 100_000, committed: 900_000, remaining: 0 });
    expect(ext(await spend(meals.id, 900_001))).toMatchObject({ domainCode: "BUDGET_EXCEEDED", field: "amount", remaining: 900_000 });
    // An edit is checked by the same rule: the entry may grow to what the line has left plus its own amount.
    const entry = small.data!.recordSpending;
    expect(ext(await app.gql(EDIT, { i: { id: entry.id, version: entry.version, amount: 1_000_001 } }, admin))).toMatchObject({ domainCode: "BUDGET_EXCEEDED", remaining: 1_000_000 });
    expect((await app.gql(EDIT, { i: { id: entry.id, version: entry.version, amount: 1_000_000 } }, admin)).errors).toBeUndefined();
    expect(await read(meals.id)).toMatchObject({ spent: 1_000_000, committed: 0, remaining: 0 });
  });
});

describe("the largest ceilings", () => {
  const XLSX = `query ($y: Int!) { budgetRealisationXlsx(fiscalYear: $y) { size contentBase64 } }`;

  it("refuse a ceiling above MAX_LINE_CEILING on the field, so a year's sums stay exact: budget and XLSX answer", async () => {
    const year = 2033;
    for (let i = 0; i < 2; i++) {
      const r = await app.gql(CREATE, { i: { fiscalYear: year, accountCode: TRAINING, name: `Pagu raksasa ${i}`, ceiling: Number.MAX_SAFE_INTEGER } }, admin);
      expect(ext(r)).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "INVALID_AMOUNT", field: "ceiling", reason: "ABOVE_MAX_CEILING" });
    }
    const a = await line({ name: "Pagu terbesar 1", ceiling: MAX_LINE_CEILING }, year);
    const b = await line({ name: "Pagu terbesar 2", ceiling: MAX_LINE_CEILING }, year);
    expect((await app.gql(SPEND, { i: { budgetLineId: a.id, amount: MAX_LINE_CEILING, spentOn: `${year}-02-02`, description: "Belanja", documentNumber: `SPJ/${++seq}` } }, admin)).errors).toBeUndefined();
    const r = await app.gql(BUDGET, { y: year }, admin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.budget.totals).toEqual({ ceiling: 2 * MAX_LINE_CEILING, committed: 0, spent: MAX_LINE_CEILING, remaining: MAX_LINE_CEILING, absorptionPercent: 50 });
    const file = await app.gql(XLSX, { y: year }, admin);
    expect(file.errors).toBeUndefined();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.data!.budgetRealisationXlsx.contentBase64, "base64") as unknown as ArrayBuffer);
    const total = wb.getWorksheet("Realisasi per Rekening")!.getRows(1, 40)!.find((row) => row.getCell(2).value === "JUMLAH")!;
    expect(total.getCell(3).value).toBe(2 * MAX_LINE_CEILING);
    // The database refuses the rest, whatever path writes.
    await expect(app.ds.query(`UPDATE budget_lines SET ceiling = ceiling + 1 WHERE id = $1`, [b.id])).rejects.toThrow(/budget_lines_ceiling_check/);
  });
});

describe("the lines of a year", () => {
  it("stay at most 500 when lines are created in parallel", async () => {
    const year = 2034;
    await app.ds.query(
      `INSERT INTO budget_lines (fiscal_year, account_code, name, ceiling, planned_by_month)
       SELECT $1, '5.1.02.02.12.0001', 'Baris ' || g, 0, array_fill(0::bigint, ARRAY[12]) FROM generate_series(1, 495) g`,
      [year],
    );
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => app.gql(CREATE, { i: { fiscalYear: year, accountCode: TRAVEL, name: `Perjalanan paralel ${i}`, ceiling: 1_000 } }, admin)),
    );
    const refused = results.filter((r) => r.errors);
    expect(results.length - refused.length).toBe(5);
    for (const r of refused) expect(ext(r)).toMatchObject({ code: "BAD_USER_INPUT", field: "fiscalYear", reason: "TOO_MANY_LINES" });
    const [n] = await app.ds.query(`SELECT count(*)::int AS n FROM budget_lines WHERE fiscal_year = $1`, [year]);
    expect(n.n).toBe(500);
  });
});

describe("totals and months", () => {
  it("are the sums of the lines, and the months add up to them", async () => {
    const year = 2031;
    const a = await line({ ceiling: 120_000_000 }, year);
    const b = await line({ ceiling: 60_000_000, unitId: mine, plannedByMonth: [0, 0, 30_000_000, 0, 0, 0, 0, 0, 0, 0, 0, 30_000_000] }, year);
    for (const [id, amount, spentOn] of [[a.id, 5_000_000, `${year}-01-15`], [a.id, 7_000_000, `${year}-03-31`], [b.id, 11_000_000, `${year}-03-01`], [b.id, 2_500_000, `${year}-12-31`]] as const) {
      const r = await app.gql(SPEND, { i: { budgetLineId: id, amount, spentOn, description: "Belanja", documentNumber: `SPJ/${++seq}` } }, admin);
      expect(r.errors).toBeUndefined();
    }
    const budget = (await app.gql(BUDGET, { y: year }, admin)).data!.budget;
    const sum = (key: string) => budget.lines.reduce((acc: number, l: Record<string, number>) => acc + l[key]!, 0);
    expect(budget.totals).toEqual({ ceiling: sum("ceiling"), committed: sum("committed"), spent: sum("spent"), remaining: sum("remaining"), absorptionPercent: 14.17 });
    expect(budget.totals).toMatchObject({ ceiling: 180_000_000, spent: 25_500_000 });
    expect(budget.months).toHaveLength(12);
    expect(budget.months.map((m: { spent: number }) => m.spent)).toEqual([5_000_000, 0, 18_000_000, 0, 0, 0, 0, 0, 0, 0, 0, 2_500_000]);
    expect(budget.months.reduce((acc: number, m: { planned: number }) => acc + m.planned, 0)).toBe(180_000_000);
    // The default plan gives 5% of the ceiling to each month of the first quarter.
    expect(budget.months[2]).toMatchObject({ month: 3, planned: 6_000_000 + 30_000_000, cumulativePlanned: 18_000_000 + 30_000_000, cumulativeSpent: 23_000_000 });
    expect(budget.months[11]).toMatchObject({ cumulativePlanned: 180_000_000, cumulativeSpent: 25_500_000, plannedPercent: 100, absorptionPercent: 14.17 });

    // A unit's budget: its subtree's lines only (the agency's own line left out).
    const unitBudget = (await app.gql(BUDGET, { y: year, u: mine }, admin)).data!.budget;
    expect(unitBudget.lines.map((l: { id: string }) => l.id)).toEqual([b.id]);
    expect(unitBudget.totals).toMatchObject({ ceiling: 60_000_000, spent: 13_500_000 });
    expect(unitBudget.months.map((m: { spent: number }) => m.spent)).toEqual([0, 0, 11_000_000, 0, 0, 0, 0, 0, 0, 0, 0, 2_500_000]);
    // A cancelled spending no longer counts.
    const s = (await app.gql(SPEND, { i: { budgetLineId: b.id, amount: 1_000, spentOn: `${year}-05-05`, description: "Salah", documentNumber: `SPJ/${++seq}` } }, admin)).data!.recordSpending;
    await app.gql(CANCEL, { i: { id: s.id, version: s.version, reason: "Salah input" } }, admin);
    expect((await app.gql(BUDGET, { y: year, u: mine }, admin)).data!.budget.months[4].spent).toBe(0);
  });
});

describe("cost-effectiveness", () => {
  it("counts a programme's own lines and spending linked to its batches on other lines, its completed participants' JP, N-gain and gaps", async () => {
    const f = await createCompletedBatch(app.ds, { title: "Pelatihan Biaya Efektif" });
    // The ledger entries a completion writes (the fixture writes the outcome straight into the tables).
    await app.ds.query(
      `INSERT INTO jp_entries (employee_id, year, kind, jp, verified, source, source_id, title, started_on, ended_on)
       SELECT n.employee_id, 2026, 'TECHNICAL_TRAINING', 10, true, 'BATCH', n.id, 'Pelatihan Biaya Efektif', '2026-03-02', '2026-03-03'
         FROM nominations n WHERE n.batch_id = $1 AND n.outcome = 'COMPLETED'`,
      [f.batchId],
    );
    const [gap] = await app.ds.query(
      `SELECT g.competency_id FROM need_gaps g JOIN nominations n ON n.employee_id = g.employee_id
        WHERE n.batch_id = $1 AND n.outcome = 'COMPLETED' AND g.year = 2026 AND g.gap > 0 GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
      [f.batchId],
    );
    // The demo's 2026 needs give the completed participants gaps: the programme develops the most common one.
    expect(gap).toBeDefined();
    await app.ds.query(`UPDATE programmes SET competency_ids = ARRAY[$2::uuid] WHERE id = $1`, [f.programmeId, gap.competency_id]);
    const expectedGaps: number = (
      await app.ds.query(
        `SELECT count(*)::int AS n FROM need_gaps g WHERE g.year = 2026 AND g.gap > 0 AND g.competency_id = $2
            AND g.employee_id IN (SELECT employee_id FROM nominations WHERE batch_id = $1 AND outcome = 'COMPLETED')`,
        [f.batchId, gap.competency_id],
      )
    )[0].n;
    expect(expectedGaps).toBeGreaterThan(0);

    const own = await line({ ceiling: 90_000_000, programmeId: f.programmeId, name: "Kursus biaya efektif" }, 2026);
    const shared = await line({ ceiling: 50_000_000, accountCode: HONORARIUM, name: "Honor narasumber bersama" }, 2026);
    const spend = (budgetLineId: string, amount: number, batchId?: string) =>
      app.gql(SPEND, { i: { budgetLineId, amount, spentOn: "2026-03-03", description: "Biaya angkatan", documentNumber: `SPJ/${++seq}`, batchId } }, admin);
    for (const r of [await spend(own.id, 12_000_000), await spend(shared.id, 3_000_000, f.batchId), await spend(shared.id, 4_000_000)]) expect(r.errors).toBeUndefined();

    const q = `query { budget(fiscalYear: 2026) { programmes { programme { id title } cost participants participantJp costPerParticipantJp meanNGain costPerGainPoint gainPerMillionRupiah gapsAddressed costPerGapAddressed } } }`;
    const row = ((await app.gql(q, {}, admin)).data!.budget.programmes as ProgrammeCostRead[]).find((p) => p.programme.id === f.programmeId)!;
    const completed = f.scores.filter((s) => s.completed).length;
    // N-gain over the participants with an outcome and both scores, a pre-test of 100 left out (as the evaluation's figure).
    const gains = f.scores.filter((s) => s.pre !== null && s.post !== null && s.pre !== 100).map((s) => (s.post! - s.pre!) / (100 - s.pre!));
    const meanNGain = gains.reduce((a, b) => a + b, 0) / gains.length;
    expect(row).toMatchObject({ programme: { title: "Pelatihan Biaya Efektif" }, cost: 15_000_000, participants: completed, participantJp: completed * 10, gapsAddressed: expectedGaps });
    expect(row.costPerParticipantJp).toBe(Math.round(15_000_000 / (completed * 10)));
    expect(row.meanNGain).toBeCloseTo(meanNGain, 10);
    expect(row.costPerGainPoint).toBe(Math.round(15_000_000 / (completed * meanNGain * 100)));
    expect(row.costPerGapAddressed).toBe(Math.round(15_000_000 / expectedGaps));

    // The evaluation's programme figure and the budget's agree on the mean N-gain.
    const eff = await app.gql(`query { programmeEffectiveness(year: 2026, first: 100) { edges { node { programme { id } meanNGain } } } }`, {}, admin);
    expect(eff.errors).toBeUndefined();
    const evaluation = (eff.data!.programmeEffectiveness.edges as { node: { programme: { id: string }; meanNGain: number } }[]).find((e) => e.node.programme.id === f.programmeId)!.node;
    expect(row.meanNGain).toBeCloseTo(evaluation.meanNGain, 10);

    // An operator sees no programme whose money is all on lines it cannot see.
    const ops = (await app.gql(q, {}, operator)).data!.budget.programmes;
    expect((ops as ProgrammeCostRead[]).map((p) => p.programme.id)).not.toContain(f.programmeId);
  });
});
