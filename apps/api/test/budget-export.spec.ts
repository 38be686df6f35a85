import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { absorptionPercent } from "@bina/domain";
import { ATTACHMENT_LIMITS } from "../src/modules/budget/attachment-file";
import { budgetFixture, type BudgetFixture } from "./support/budget-fixture";
import { startTestApp, type TestApp } from "./support/test-app";

/**
 * The realisation XLSX (issue 10: "the export opens as a valid XLSX with the same totals as the API") and the spending
 * documents (size, type and count limits; scope on upload and download).
 */
let app: TestApp;
let fx: BudgetFixture;
let admin: string;
let operator: string;
let analyst: string;
let dinkesId: string;
let otherUnitId: string;
let programmeId: string;
let dinkesLine: string;
let otherLine: string;
let dinkesSpending: string;
let otherSpending: string;

const TRAINING = "5.1.02.02.12.0001";
const FEES = "5.1.02.02.01.0003";
const MEALS = "5.1.02.01.01.0052";
const FORMULA_NAME = '=HYPERLINK("http://contoh.invalid","klik")';

const XLSX = `query ($y: Int!, $u: ID) { budgetRealisationXlsx(fiscalYear: $y, unitId: $u) { fileName mediaType size contentBase64 } }`;
const BUDGET = `query ($y: Int!, $u: ID) { budget(fiscalYear: $y, unitId: $u) { totals { ceiling committed spent remaining absorptionPercent } months { month planned spent cumulativePlanned cumulativeSpent } lines { id name ceiling committed spent remaining } } }`;
const ATTACH = `mutation ($i: AttachSpendingDocumentInput!) { attachSpendingDocument(input: $i) { id fileName mediaType size sha256 createdAt } }`;
const DOWNLOAD = `query ($id: ID!) { spendingAttachment(id: $id) { fileName mediaType size contentBase64 } }`;

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 2)]);

type Row = (string | number | null)[];
/** A sheet's rows as plain values (column A first); formulas would show as objects and fail the comparisons. */
const rowsOf = (ws: ExcelJS.Worksheet): Row[] => {
  const out: Row[] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    out[n - 1] = Array.from({ length: ws.columnCount }, (_, i) => {
      const v = row.getCell(i + 1).value;
      return v === undefined || v === null ? null : (v as string | number);
    });
  });
  return out;
};

const exportFor = async (token: string, unitId: string | null = null) => {
  const r = await app.gql(XLSX, { y: 2026, u: unitId }, token);
  expect(r.errors).toBeUndefined();
  const file = r.data!.budgetRealisationXlsx;
  const bytes = Buffer.from(file.contentBase64, "base64");
  expect(file).toMatchObject({ fileName: "realisasi-anggaran-2026.xlsx", mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", size: bytes.length });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
};

const totalRow = (rows: Row[], labelColumn: number): Row => rows.find((r) => r?.[labelColumn] === "JUMLAH")!;

beforeAll(async () => {
  app = await startTestApp({ employees: 60 });
  fx = budgetFixture(app);
  [admin, operator, analyst] = await Promise.all([app.login("admin"), app.login("operator"), app.login("analyst")]);
  [{ id: dinkesId }] = await app.ds.query(`SELECT id FROM units WHERE code = '3373.DINKES'`);
  [{ id: otherUnitId }] = await app.ds.query(
    `SELECT id FROM units WHERE parent_id IS NOT NULL AND path NOT LIKE (SELECT path FROM units WHERE id = $1) || '%' ORDER BY code LIMIT 1`,
    [dinkesId],
  );
  [{ id: programmeId }] = await app.ds.query(
    `INSERT INTO programmes (year, title, kind, organiser, status) VALUES (2026, 'Pelatihan Pelayanan Prima', 'TECHNICAL_TRAINING', 'BKPSDM', 'OPEN') RETURNING id`,
  );
  dinkesLine = await fx.line({ accountCode: TRAINING, name: "Pelatihan teknis Dinkes", ceiling: 150_000_000, unitId: dinkesId });
  const dinkesMeals = await fx.line({ accountCode: MEALS, name: FORMULA_NAME, ceiling: 12_500_000, unitId: dinkesId });
  otherLine = await fx.line({ accountCode: TRAINING, name: "Pelatihan unit lain", ceiling: 90_000_000, unitId: otherUnitId, programmeId });
  const agencyFees = await fx.line({ accountCode: FEES, name: "Honorarium narasumber", ceiling: 300_000_000, unitId: null });
  const agencyMeals = await fx.line({ accountCode: MEALS, name: "Makan minum rapat BKPSDM", ceiling: 45_000_001, unitId: null, programmeId });
  await fx.line({ year: 2027, accountCode: TRAINING, name: "Pelatihan 2027", ceiling: 999_000_000, unitId: null });
  dinkesSpending = await fx.spend(dinkesLine, 33_333_333, "2026-02-14");
  await fx.spend(dinkesLine, 20_000_000, "2026-07-01");
  await fx.spend(dinkesMeals, 2_750_000, "2026-07-20");
  otherSpending = await fx.spend(otherLine, 45_000_000, "2026-05-05");
  await fx.spend(agencyFees, 180_000_000, "2026-09-30");
  await fx.spend(agencyMeals, 17_654_321, "2026-11-27");
  // The programme's sessions commit Rp 70,000,000: less the 62,654,321 spent on its two lines, 7,345,679 stays open, on
  // its line with the lowest account code (the meals line).
  const [batch] = await app.ds.query(`INSERT INTO batches (programme_id, name, starts_on, ends_on, capacity, status) VALUES ($1, 'Angkatan I', '2026-12-07', '2026-12-08', 30, 'OPEN') RETURNING id`, [programmeId]);
  const [speaker] = await app.ds.query(`INSERT INTO speakers (name, institution, origin_city, level) VALUES ('Dr. Rina', 'UKSW', 'Salatiga', 'ESELON_III_BELOW') RETURNING id`);
  await app.ds.query(`INSERT INTO batch_sessions (batch_id, date, starts_at, ends_at, jp, topic, speaker_id, fee) VALUES ($1, '2026-12-07', '08:00', '10:00', 2, 'Materi', $2, 70000000)`, [batch.id, speaker.id]);
  // A cancelled spending counts nowhere (its amount left `spent` when it was cancelled).
  await app.ds.query(
    `INSERT INTO budget_spendings (budget_line_id, amount, spent_on, description, document_number, status, cancel_reason) VALUES ($1, 5000000, '2026-03-03', 'Batal', 'BKU/9', 'CANCELLED', 'Salah input')`,
    [agencyFees],
  );
});
afterAll(() => app.close());

describe("budgetRealisationXlsx", () => {
  it("opens as an XLSX with the three sheets, header rows, and totals equal to the budget query's", async () => {
    const wb = await exportFor(admin);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Realisasi per Rekening", "Per Program", "Per Bulan"]);
    const budget = (await app.gql(BUDGET, { y: 2026 }, admin)).data!.budget;
    const { ceiling, spent } = budget.totals;
    expect(ceiling).toBe(150_000_000 + 12_500_000 + 90_000_000 + 300_000_000 + 45_000_001);
    expect(spent).toBe(33_333_333 + 20_000_000 + 2_750_000 + 45_000_000 + 180_000_000 + 17_654_321);

    const accounts = wb.getWorksheet("Realisasi per Rekening")!;
    const rows = rowsOf(accounts);
    const [city] = (await app.ds.query(`SELECT name FROM units WHERE parent_id IS NULL`)) as { name: string }[];
    expect(rows[0]![0]).toBe(city!.name.toUpperCase());
    expect(rows.slice(0, 6).flat()).toEqual(expect.arrayContaining(["Tahun Anggaran 2026", "Unit kerja: Seluruh unit kerja", expect.stringMatching(/^Dicetak: \d{1,2} \w+ 20\d\d$/)]));
    const MONEY = ["Pagu (Rp)", "Realisasi (Rp)", "Sisa Pagu (Rp)", "Komitmen (Rp)", "Sisa setelah Komitmen (Rp)", "Serapan (%)"];
    expect(rows[6]).toEqual(["Kode Rekening", "Uraian", ...MONEY]);
    const total = totalRow(rows, 1);
    // The commitment and what remains after it are the budget query's own figures.
    expect(budget.totals).toMatchObject({ committed: 7_345_679, remaining: ceiling - spent - 7_345_679 });
    expect(total.slice(2)).toEqual([ceiling, spent, ceiling - spent, budget.totals.committed, budget.totals.remaining, absorptionPercent(ceiling, spent)]);
    expect(total[7]).toBe(budget.totals.absorptionPercent);
    // Each account's subtotal (with the typical account's name) is the sum of its lines; the subtotals make the total.
    const bodyStart = 8;
    const body = rows.slice(bodyStart - 1, rows.indexOf(total));
    // Lines fold under their account's subtotal (outline level 1).
    const isLine = (r: Row) => accounts.getRow(rows.indexOf(r) + 1).outlineLevel === 1;
    const subtotals = body.filter((r) => !isLine(r));
    expect(subtotals.map((r) => [r[0], r[1]])).toEqual([
      [MEALS, "Belanja Makanan dan Minuman Rapat"],
      [FEES, "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia"],
      [TRAINING, "Belanja Kursus Singkat/Pelatihan"],
    ]);
    for (const sub of subtotals) {
      const lines = body.filter((r) => r[0] === sub[0] && isLine(r));
      expect(lines.length).toBeGreaterThan(0);
      for (const col of [2, 3, 4, 5, 6]) expect(lines.reduce((a, r) => a + (r[col] as number), 0)).toBe(sub[col]);
    }
    // Each line's commitment and remaining are the API's for that line.
    const apiLines = budget.lines as { name: string; ceiling: number; committed: number; spent: number; remaining: number }[];
    expect(body.filter(isLine).map((r) => [String(r[1]).replace(/^'/, ""), r[2], r[3], r[5], r[6]])).toEqual(
      expect.arrayContaining(apiLines.map((l) => [l.name, l.ceiling, l.spent, l.committed, l.remaining])),
    );
    expect(body.filter(isLine)).toHaveLength(apiLines.length);
    expect(subtotals.reduce((a, r) => a + (r[2] as number), 0)).toBe(ceiling);
    expect(body.some((r) => String(r[1]).includes("2027"))).toBe(false);
    // Amounts are numbers shown as #,##0; a line name that looks like a formula is text with an apostrophe; no formula anywhere.
    const totalRowNumber = rows.indexOf(total) + 1;
    for (const col of [3, 4, 5, 6, 7]) {
      expect(accounts.getRow(totalRowNumber).getCell(col).numFmt).toBe("#,##0");
      expect(typeof accounts.getRow(totalRowNumber).getCell(col).value).toBe("number");
    }
    expect(body.map((r) => r[1])).toContain(`'${FORMULA_NAME}`);
    expect(body.filter(isLine).map((r) => r[1])).toEqual(["'" + FORMULA_NAME, "Makan minum rapat BKPSDM", "Honorarium narasumber", "Pelatihan teknis Dinkes", "Pelatihan unit lain"]);
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));

    const programmes = rowsOf(wb.getWorksheet("Per Program")!);
    expect(programmes[6]).toEqual(["No", "Program / Kegiatan", "Jumlah Rekening", ...MONEY]);
    const programmeFree = 90_000_000 + 45_000_001 - 62_654_321;
    expect(programmes.slice(7)).toEqual([
      [1, "Pelatihan Pelayanan Prima", 2, 90_000_000 + 45_000_001, 45_000_000 + 17_654_321, programmeFree, 7_345_679, programmeFree - 7_345_679, absorptionPercent(135_000_001, 62_654_321)],
      [2, "Tanpa program (belanja penunjang)", 3, 462_500_000, 236_083_333, 462_500_000 - 236_083_333, 0, 462_500_000 - 236_083_333, absorptionPercent(462_500_000, 236_083_333)],
      [null, "JUMLAH", 5, ceiling, spent, ceiling - spent, budget.totals.committed, budget.totals.remaining, absorptionPercent(ceiling, spent)],
    ]);

    const months = rowsOf(wb.getWorksheet("Per Bulan")!);
    const monthRows = months.slice(7, 19);
    expect(monthRows.map((r) => r[0])).toEqual(["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]);
    expect(monthRows.map((r) => [r[1], r[2], r[3], r[4]])).toEqual(budget.months.map((m: Record<string, number>) => [m.planned, m.spent, m.cumulativePlanned, m.cumulativeSpent]));
    expect(monthRows[11]!.slice(3, 5)).toEqual([ceiling, spent]);
    expect(monthRows[6]![2]).toBe(22_750_000);
    expect(monthRows[2]![2]).toBe(0);
    expect(totalRow(months, 0).slice(1, 3)).toEqual([ceiling, spent]);
  });

  it("gives an operator its subtree's lines only (the same totals as its budget query); a unit outside it is NOT_FOUND", async () => {
    const wb = await exportFor(operator);
    const rows = rowsOf(wb.getWorksheet("Realisasi per Rekening")!);
    const mine = (await app.gql(BUDGET, { y: 2026 }, operator)).data!.budget.totals;
    expect(mine).toMatchObject({ ceiling: 162_500_000, spent: 56_083_333 });
    expect(totalRow(rows, 1).slice(2, 4)).toEqual([mine.ceiling, mine.spent]);
    expect(rows.flat()).not.toContain("Pelatihan unit lain");
    const [{ name }] = await app.ds.query(`SELECT name FROM units WHERE id = $1`, [dinkesId]);
    expect(rows.slice(0, 6).flat()).toContain(`Unit kerja: ${name} (beserta sub-unit)`);
    for (const unitId of [otherUnitId, "00000000-0000-4000-8000-000000000000", "not-an-id"]) {
      expect((await app.gql(XLSX, { y: 2026, u: unitId }, operator)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
  });

  it("narrows to a unit for an administrator as the budget query does, and is readable by analysts", async () => {
    const wb = await exportFor(admin, otherUnitId);
    const narrowed = (await app.gql(BUDGET, { y: 2026, u: otherUnitId }, admin)).data!.budget.totals;
    expect(totalRow(rowsOf(wb.getWorksheet("Realisasi per Rekening")!), 1).slice(2, 4)).toEqual([narrowed.ceiling, narrowed.spent]);
    expect(narrowed.ceiling).toBe(90_000_000);
    const analystBook = await exportFor(analyst);
    expect(totalRow(rowsOf(analystBook.getWorksheet("Per Program")!), 1)[3]).toBe((await app.gql(BUDGET, { y: 2026 }, analyst)).data!.budget.totals.ceiling);
    // An empty year is a valid workbook with zero totals.
    const empty = await app.gql(XLSX, { y: 2030 }, admin);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(empty.data!.budgetRealisationXlsx.contentBase64, "base64") as unknown as ArrayBuffer);
    expect(totalRow(rowsOf(book.getWorksheet("Realisasi per Rekening")!), 1).slice(2, 8)).toEqual([0, 0, 0, 0, 0, null]);
    expect((await app.gql(XLSX, { y: 1800 }, admin)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "fiscalYear" });
  });
});

describe("spending documents", () => {
  const attach = (token: string, spendingId: string, fileName: string, content: Buffer | string) =>
    app.gql(ATTACH, { i: { spendingId, fileName, contentBase64: typeof content === "string" ? content : content.toString("base64") } }, token);
  const stored = async () => Number((await app.ds.query(`SELECT count(*)::int AS n FROM budget_attachments`))[0].n);

  it("stores a PDF an operator attaches to its unit's spending, with a clean name and its SHA-256; those who see the spending download it", async () => {
    const r = await attach(operator, dinkesSpending, "kwitansi honor.pdf", PDF);
    expect(r.errors).toBeUndefined();
    const doc = r.data!.attachSpendingDocument;
    expect(doc).toMatchObject({ fileName: "kwitansi honor.pdf", mediaType: "application/pdf", size: PDF.length, sha256: createHash("sha256").update(PDF).digest("hex") });
    for (const token of [admin, analyst, operator]) {
      const d = (await app.gql(DOWNLOAD, { id: doc.id }, token)).data!.spendingAttachment;
      expect(d).toMatchObject({ fileName: "kwitansi honor.pdf", mediaType: "application/pdf", size: PDF.length });
      expect(Buffer.from(d.contentBase64, "base64").equals(PDF)).toBe(true);
    }
    const cleaned = await attach(admin, dinkesSpending, "..\\..\\rahasia/\u202Efoto\u0007bukti\t", PNG);
    expect(cleaned.data!.attachSpendingDocument).toMatchObject({ fileName: "fotobukti.png", mediaType: "image/png" });
    expect((await attach(admin, dinkesSpending, "scan.JPEG", JPEG)).data!.attachSpendingDocument.mediaType).toBe("image/jpeg");
    expect(await app.ds.query(`SELECT count(*)::int AS n FROM audit_entries WHERE entity_type = 'BudgetAttachment' AND entity_id = $1`, [doc.id])).toEqual([{ n: 1 }]);
    // The spending lists them, oldest first.
    const line = await app.gql(`query ($id: ID!) { budgetLine(id: $id) { spendings(first: 10) { edges { node { id attachments { id fileName } } } } } }`, { id: dinkesLine }, operator);
    const node = line.data!.budgetLine.spendings.edges.find((e: { node: { id: string } }) => e.node.id === dinkesSpending).node;
    expect(node.attachments.map((a: { fileName: string }) => a.fileName)).toEqual(["kwitansi honor.pdf", "fotobukti.png", "scan.JPEG"]);
  });

  it("keeps documents inside the spending's scope: NOT_FOUND to attach and null to download for an operator; analysts cannot attach", async () => {
    const n = await stored();
    expect((await attach(operator, otherSpending, "a.pdf", PDF)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await attach(operator, "00000000-0000-4000-8000-000000000000", "a.pdf", PDF)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await attach(analyst, dinkesSpending, "a.pdf", PDF)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await stored()).toBe(n);
    const other = (await attach(admin, otherSpending, "nota.pdf", PDF)).data!.attachSpendingDocument;
    const r = await app.gql(DOWNLOAD, { id: other.id }, operator);
    expect(r.errors).toBeUndefined();
    expect(r.data!.spendingAttachment).toBeNull();
    expect((await app.gql(DOWNLOAD, { id: "not-an-id" }, admin)).data!.spendingAttachment).toBeNull();
  });

  it.each([
    ["contentBase64", "TOO_LARGE", "besar.pdf", Buffer.concat([PDF, Buffer.alloc(ATTACHMENT_LIMITS.maxFileBytes + 1 - PDF.length)])],
    ["contentBase64", "TOO_LARGE", "sangat-besar.pdf", "JVBERi0" + "A".repeat(4 * 1024 * 1024)],
    ["contentBase64", "UNSUPPORTED_TYPE", "halaman.pdf", Buffer.from("<html><script>alert(1)</script></html>")],
    ["contentBase64", "UNSUPPORTED_TYPE", "program.pdf", Buffer.from("MZ\x90\x00 an executable")],
    ["contentBase64", "NOT_BASE64", "a.pdf", "%%% bukan base64 %%%"],
    ["contentBase64", "EMPTY", "a.pdf", ""],
    ["fileName", "EXTENSION_MISMATCH", "foto.png", PDF],
  ])("refuses %s %s with INVALID_ATTACHMENT naming the field, storing nothing", async (field, reason, name, content) => {
    const n = await stored();
    const r = await attach(admin, otherSpending, name, content);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "INVALID_ATTACHMENT", field, reason });
    expect(await stored()).toBe(n);
  });

  it(`accepts a document of exactly ${ATTACHMENT_LIMITS.maxFileBytes} bytes and refuses the ${ATTACHMENT_LIMITS.maxPerSpending + 1}th, also when uploads race`, async () => {
    const spending = await fx.spend(dinkesLine, 1_000_000, "2026-08-01");
    const big = Buffer.concat([PDF, Buffer.alloc(ATTACHMENT_LIMITS.maxFileBytes - PDF.length, 0x20)]);
    const first = await attach(operator, spending, "besar.pdf", big);
    expect(first.errors).toBeUndefined();
    expect(first.data!.attachSpendingDocument.size).toBe(ATTACHMENT_LIMITS.maxFileBytes);
    for (let i = 1; i < ATTACHMENT_LIMITS.maxPerSpending; i++) expect((await attach(operator, spending, `lampiran-${i}.pdf`, PDF)).errors).toBeUndefined();
    const sixth = await attach(operator, spending, "keenam.pdf", PDF);
    expect(sixth.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "INVALID_ATTACHMENT", field: "spendingId", reason: "TOO_MANY" });

    const racing = await fx.spend(dinkesLine, 1_000_000, "2026-08-02");
    const results = await Promise.all(Array.from({ length: ATTACHMENT_LIMITS.maxPerSpending + 3 }, (_, i) => attach(operator, racing, `paralel-${i}.pdf`, PDF)));
    expect(results.filter((r) => !r.errors)).toHaveLength(ATTACHMENT_LIMITS.maxPerSpending);
    expect(results.filter((r) => r.errors).every((r) => r.errors![0]!.extensions?.reason === "TOO_MANY")).toBe(true);
    expect(await app.ds.query(`SELECT count(*)::int AS n FROM budget_attachments WHERE spending_id = $1`, [racing])).toEqual([{ n: ATTACHMENT_LIMITS.maxPerSpending }]);
  });

  it("lists the documents of a page of spendings in a number of statements that does not grow with the page", async () => {
    const Q = `query ($id: ID!, $f: Int) { budgetLine(id: $id) { spendings(first: $f) { edges { node { id attachments { id fileName size } } } } } }`;
    const run = async (first: number) => {
      app.counter.reset();
      const r = await app.gql(Q, { id: dinkesLine, f: first }, operator);
      expect(r.errors).toBeUndefined();
      const nodes = r.data!.budgetLine.spendings.edges.map((e: { node: { attachments: unknown[] } }) => e.node);
      return { statements: app.counter.count, rows: nodes.length, documents: nodes.reduce((n: number, x: { attachments: unknown[] }) => n + x.attachments.length, 0) };
    };
    const [small, large] = [await run(1), await run(20)];
    expect(large.rows).toBeGreaterThan(small.rows);
    expect(large.documents).toBeGreaterThan(small.documents);
    expect(large.statements).toBe(small.statements);
  });

  it("refuses documents on a cancelled spending (SPENDING_CANCELLED)", async () => {
    const spending = await fx.spend(dinkesLine, 500_000, "2026-08-03");
    await app.ds.query(`UPDATE budget_spendings SET status = 'CANCELLED', cancel_reason = 'Dobel' WHERE id = $1`, [spending]);
    expect((await attach(operator, spending, "a.pdf", PDF)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", domainCode: "SPENDING_CANCELLED" });
  });
});
