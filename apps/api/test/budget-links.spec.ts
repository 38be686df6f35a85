import { budgetFixture, type BudgetFixture } from "./support/budget-fixture";
import { startTestApp, type TestApp } from "./support/test-app";

/**
 * What a spending may be linked to and what an upload may be called: a batch of a programme of the line's year, of the
 * line's programme when it funds one, not cancelled; a document's file name bounded before any SQL.
 */
let app: TestApp;
let fx: BudgetFixture;
let admin: string;
const YEAR = 2033;
const SPEND = `mutation ($i: RecordSpendingInput!) { recordSpending(input: $i) { id batch { id } } }`;
const ATTACH = `mutation ($i: AttachSpendingDocumentInput!) { attachSpendingDocument(input: $i) { id fileName } }`;
/** A 1×1 PNG. */
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

let seq = 0;
const programme = async (year: number, title: string): Promise<string> => {
  const r = await app.gql(`mutation ($i: ProgrammeInput!) { createProgramme(input: $i) { id } }`, { i: { year, title, kind: "TECHNICAL_TRAINING", organiser: "BKPSDM" } }, admin);
  expect(r.errors).toBeUndefined();
  return r.data!.createProgramme.id as string;
};
const batch = async (programmeId: string, year: number, status = "OPEN"): Promise<string> =>
  (await app.ds.query(`INSERT INTO batches (programme_id, name, starts_on, ends_on, capacity, status) VALUES ($1, $2, $3, $3, 20, $4) RETURNING id`, [programmeId, `Angkatan ${++seq}`, `${year}-05-12`, status]))[0].id;
const spend = (budgetLineId: string, batchId: string) =>
  app.gql(SPEND, { i: { budgetLineId, amount: 500_000, spentOn: `${YEAR}-05-12`, description: "Konsumsi angkatan", documentNumber: `SPJ/${++seq}`, batchId } }, admin);
const spentOn = async (lineId: string) => Number((await app.ds.query(`SELECT spent::text AS s FROM budget_lines WHERE id = $1`, [lineId]))[0].s);

beforeAll(async () => {
  app = await startTestApp({ employees: 60 });
  fx = budgetFixture(app);
  admin = await app.login("admin");
});
afterAll(() => app.close());

describe("a spending's batch", () => {
  let own: string;
  let other: string;
  let nextYear: string;
  let trainingLine: string;
  let agencyLine: string;
  beforeAll(async () => {
    own = await programme(YEAR, "Pelatihan Kearsipan");
    other = await programme(YEAR, "Pelatihan Kepemimpinan Pengawas");
    nextYear = await programme(YEAR + 1, "Pelatihan Kearsipan Lanjutan");
    trainingLine = await fx.line({ year: YEAR, accountCode: "5.1.02.02.12.0001", name: "Kursus kearsipan", ceiling: 50_000_000, unitId: null, programmeId: own });
    agencyLine = await fx.line({ year: YEAR, accountCode: "5.1.02.01.01.0052", name: "Makan minum rapat", ceiling: 50_000_000, unitId: null });
  });

  it("links a batch of the line's programme, and any batch of the year on a line without a programme", async () => {
    const mine = await batch(own, YEAR);
    const theirs = await batch(other, YEAR);
    for (const [lineId, batchId] of [[trainingLine, mine], [agencyLine, theirs], [agencyLine, mine]] as const) {
      const r = await spend(lineId, batchId);
      expect(r.errors).toBeUndefined();
      expect(r.data!.recordSpending.batch).toEqual({ id: batchId });
    }
  });

  it.each([
    ["another programme's batch on a programme's line", "OTHER_PROGRAMME", () => batch(other, YEAR), () => trainingLine],
    ["a batch of another year's programme", "OTHER_YEAR", () => batch(nextYear, YEAR + 1), () => agencyLine],
    ["a cancelled batch", "BATCH_CANCELLED", () => batch(own, YEAR, "CANCELLED"), () => trainingLine],
  ])("refuses %s on batchId (%s), spending nothing", async (_label, reason, makeBatch, lineOf) => {
    const lineId = lineOf();
    const before = await spentOn(lineId);
    const r = await spend(lineId, await makeBatch());
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "batchId", reason });
    expect(await spentOn(lineId)).toBe(before);
  });

  it("refuses an unknown batch as UNKNOWN_REFERENCE", async () => {
    expect((await spend(agencyLine, "00000000-0000-4000-8000-000000000000")).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "batchId", domainCode: "UNKNOWN_REFERENCE" });
  });
});

describe("a document's file name", () => {
  it("is bounded (100,000 characters refused naming fileName, nothing stored), while a long but fair name is cut to the stored length", async () => {
    const line = await fx.line({ year: YEAR, accountCode: "5.1.02.04.01.0001", name: "Perjalanan dinas", ceiling: 10_000_000, unitId: null });
    const spendingId = await fx.spend(line, 100_000, `${YEAR}-02-02`);
    const huge = await app.gql(ATTACH, { i: { spendingId, fileName: `${"a".repeat(100_000)}.png`, contentBase64: PNG } }, admin);
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "fileName" });
    expect(Number((await app.ds.query(`SELECT count(*) AS n FROM budget_attachments WHERE spending_id = $1`, [spendingId]))[0].n)).toBe(0);
    const fair = await app.gql(ATTACH, { i: { spendingId, fileName: `${"b".repeat(250)}.png`, contentBase64: PNG } }, admin);
    expect(fair.errors).toBeUndefined();
    expect(fair.data!.attachSpendingDocument.fileName).toBe(`${"b".repeat(196)}.png`);
  });
});
