import fs from "node:fs";
import type { Locator, Page } from "playwright-core";
import { openBrowser, type Browser } from "./support/browser";
import { apiToken, escapeRegExp, eventually, formatNip, graphql, msg, pickOption, signIn } from "./support/app";

/** The demo year of the delivery data: about 60-75% of PNS reach 20 JP, some records pending, an early-warning list. */
const YEAR = 2026;
/** A title only this run uses (the database is shared by the files of one run). */
const TITLE = `Studi tiru pelayanan digital E2E ${Date.now()}`;
/** A benchmarking visit credits 10 JP (BPS B-031/2019, the domain's JP_CREDIT_RULES). */
const CREDITED_JP = 10;
/** The smallest file the API recognises as a PDF by its first bytes. */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

interface ApiUnitCompliance {
  readonly unit: { readonly id: string; readonly code: string; readonly name: string };
  readonly pnsCount: number;
  readonly pnsMet: number;
  readonly share: number | null;
  readonly atRisk: number;
  readonly missed: number;
  readonly pppkOverCap: number;
}

const UNIT_FIELDS = "unit { id code name } pnsCount pnsMet share atRisk missed pppkOverCap";

const apiCompliance = async (token: string, unitId: string | null = null) =>
  (
    await graphql<{ jpCompliance: { total: ApiUnitCompliance; units: ApiUnitCompliance[] } }>(
      `query ($year: Int!, $unitId: ID) { jpCompliance(year: $year, unitId: $unitId) { total { ${UNIT_FIELDS} } units { ${UNIT_FIELDS} } } }`,
      { year: YEAR, unitId },
      token,
    )
  ).jpCompliance;

const apiLedger = async (token: string, employeeId: string) =>
  (
    await graphql<{ jpLedger: { earnedJp: number; pendingJp: number } }>(
      "query ($id: ID!, $year: Int!) { jpLedger(employeeId: $id, year: $year) { earnedJp pendingJp } }",
      { id: employeeId, year: YEAR },
      token,
    )
  ).jpLedger;

/** The share as the dashboard writes it: a percentage with one decimal. */
const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
/** The digits of a figure as the page writes it ("1.234" in Indonesian). */
const digits = async (locator: Locator) => Number(((await locator.textContent()) ?? "").replace(/\D/g, ""));
const rowsOf = (page: Page, testId: string): Locator => page.getByTestId(testId).locator("tbody tr.ant-table-row");

/** Fills an antd DatePicker (input `#id`) with a date as the app's Indonesian format writes it. */
async function fillDate(page: Page, id: string, iso: string): Promise<void> {
  const [y, m, d] = iso.split("-").map(Number);
  const months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
  const input = page.locator(`input#${id}`);
  await input.click();
  await input.fill(`${d} ${months[(m ?? 1) - 1]} ${y}`);
  await input.press("Enter");
}

describe("JP compliance: the dashboard agrees with the API; a record is submitted, verified and credited", () => {
  let browser: Browser;
  let adminToken: string;

  beforeAll(async () => {
    browser = await openBrowser();
    adminToken = await apiToken("admin");
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("the dashboard's totals and ranked units are the API's jpCompliance; a unit drills down to its employees", async () => {
    const { page } = browser;
    const api = await apiCompliance(adminToken);
    expect(api.total.pnsCount).toBeGreaterThan(0);
    expect(api.units.length).toBeGreaterThan(2);

    await signIn(page, "admin");
    await page.goto(`/compliance?year=${YEAR}`);
    const totalPns = page.getByTestId("total-pns").locator(".ant-statistic-content-value");
    await eventually(async () => expect(await digits(totalPns)).toBe(api.total.pnsCount));
    expect(await digits(page.getByTestId("total-at-risk").locator(".ant-statistic-content-value"))).toBe(api.total.atRisk + api.total.missed);
    expect(await digits(page.getByTestId("total-pppk-over-cap").locator(".ant-statistic-content-value"))).toBe(api.total.pppkOverCap);
    const shareText = (await page.getByTestId("total-share").locator(".ant-statistic-content-value").textContent()) ?? "";
    expect(Number(shareText.replace("%", "").replace(",", "."))).toBe(percent(api.total.share));
    // The demo year: about 60-75% of PNS at 20 JP.
    expect(api.total.share).toBeGreaterThan(0.5);
    expect(api.total.share).toBeLessThan(0.85);

    // The year's training history as CSV: one row per verified entry, with the SIASN kind codes.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("compliance-export").click()]);
    expect(download.suggestedFilename()).toBe(`riwayat-pengembangan-${YEAR}.csv`);
    const csv = fs.readFileSync(await download.path(), "utf8").split("\r\n").filter(Boolean);
    expect(csv[0]).toContain("siasn_kind_code");
    expect(csv.length).toBeGreaterThan(api.total.pnsMet);

    // The ranking: the API's order, its shares.
    const ranked = rowsOf(page, "compliance-ranking");
    await eventually(async () => expect(await ranked.count()).toBe(api.units.length));
    const first = api.units.slice(0, 3);
    expect((await page.getByTestId("ranked-unit-name").allTextContents()).slice(0, 3)).toEqual(first.map((u) => u.unit.name));
    const shares = await page.getByTestId("ranked-unit-share").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-share"))));
    expect(shares.slice(0, 3)).toEqual(first.map((u) => percent(u.share)));
    expect(shares).toEqual([...shares].sort((a, b) => b - a));

    // Drill into the first unit: its totals, and its employees with their ledgers.
    const unit = api.units[0]!;
    await page.getByTestId(`compliance-drill-${unit.unit.code}`).click();
    await page.getByTestId("compliance-crumb-current").filter({ hasText: unit.unit.name }).waitFor();
    await eventually(async () => expect(await digits(totalPns)).toBe(unit.pnsCount));
    await eventually(async () => expect(await rowsOf(page, "compliance-employees").count()).toBeGreaterThan(0));
    const listed = await page.getByTestId("compliance-list-total").textContent();
    expect(Number((listed ?? "").replace(/\D/g, ""))).toBeGreaterThanOrEqual(unit.pnsCount);

    // The early-warning list of the city.
    await page.getByTestId("compliance-crumb-root").click();
    await page.getByTestId("compliance-list-warnings").click();
    await eventually(async () => expect(await rowsOf(page, "compliance-warnings").count()).toBeGreaterThan(0));
    expect(browser.pageErrors).toEqual([]);
  });

  test("an operator submits a benchmarking visit with a PDF; the administrator verifies it; the employee's ledger grows by 10 JP; a stale decision is a clear conflict, a rejection needs a reason; an analyst only reads", async () => {
    const { page } = browser;
    const operatorToken = await apiToken("operator");
    // An active PNS of the operator's unit.
    const { employees } = await graphql<{ employees: { edges: { node: { id: string; nip: string; name: string; employmentType: string } }[] } }>(
      "{ employees(first: 50) { edges { node { id nip name employmentType } } } }",
      {},
      operatorToken,
    );
    const employee = employees.edges.map((e) => e.node).find((e) => e.employmentType === "PNS");
    expect(employee).toBeDefined();
    const before = await apiLedger(adminToken, employee!.id);

    await page.getByTestId("logout").click();
    await signIn(page, "operator");
    // The operator's dashboard: the operator's own unit, as the API scopes it.
    const scoped = await apiCompliance(operatorToken);
    expect(scoped.total.pnsCount).toBeLessThan((await apiCompliance(adminToken)).total.pnsCount);
    await page.goto(`/compliance?year=${YEAR}`);
    await eventually(async () => expect(await digits(page.getByTestId("total-pns").locator(".ant-statistic-content-value"))).toBe(scoped.total.pnsCount));

    // From the employee's page (its ledger) to the form, with the employee chosen.
    await page.goto(`/employees/${employee!.id}`);
    await page.getByTestId("ledger-record").click();
    await page.getByTestId("record-form").waitFor();
    const picker = page.locator(".ant-select", { has: page.locator("input#employeeId") });
    await picker.getByTitle(`${employee!.name} · ${formatNip(employee!.nip)}`).waitFor();
    await pickOption(page, "kind", msg("enum.DevelopmentKind.BENCHMARKING"), "Patok");
    await page.locator("input#title").fill(TITLE);
    await fillDate(page, "startedOn", `${YEAR}-11-02`);
    await fillDate(page, "endedOn", `${YEAR}-11-03`);
    await page.locator("input#count").fill("1");
    await page.getByTestId("record-form").locator("input[type=file]").setInputFiles({ name: "surat-tugas.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByTestId("record-evidence-file").filter({ hasText: "surat-tugas.pdf" }).waitFor();
    // The preview is the domain's creditJp: what the API will credit.
    await eventually(async () => expect(await page.getByTestId("record-preview").getAttribute("data-jp")).toBe(String(CREDITED_JP)));
    await page.getByTestId("record-submit").click();
    await page.getByTestId("record-submitted").waitFor();
    await eventually(async () => expect((await apiLedger(adminToken, employee!.id)).pendingJp).toBeCloseTo(before.pendingJp + CREDITED_JP, 2));

    // A second record, submitted through the API: someone else decides it while the administrator looks at it.
    const { submitLearningRecord: other } = await graphql<{ submitLearningRecord: { id: string; version: number } }>(
      `mutation ($input: SubmitLearningRecordInput!) { submitLearningRecord(input: $input) { id version } }`,
      {
        input: {
          employeeId: employee!.id,
          kind: "BENCHMARKING",
          title: `${TITLE} (kedua)`,
          startedOn: `${YEAR}-11-04`,
          endedOn: `${YEAR}-11-04`,
          count: 1,
          evidence: [{ fileName: "kedua.pdf", contentBase64: PDF.toString("base64") }],
        },
      },
      operatorToken,
    );

    // A third one, which the administrator rejects with a reason.
    const { submitLearningRecord: third } = await graphql<{ submitLearningRecord: { id: string } }>(
      `mutation ($input: SubmitLearningRecordInput!) { submitLearningRecord(input: $input) { id } }`,
      {
        input: {
          employeeId: employee!.id,
          kind: "SELF_STUDY",
          title: `${TITLE} (ketiga)`,
          startedOn: `${YEAR}-11-05`,
          endedOn: `${YEAR}-11-06`,
          jpByDay: [2, 5],
          evidence: [{ fileName: "ketiga.pdf", contentBase64: PDF.toString("base64") }],
        },
      },
      operatorToken,
    );

    // The administrator's queue, oldest first: page on until the records show.
    await page.getByTestId("logout").click();
    await signIn(page, "admin");
    await page.goto("/compliance/verification");
    const row = rowsOf(page, "verification-queue").filter({ has: page.getByTestId("queue-title").filter({ hasText: new RegExp(`^${escapeRegExp(TITLE)}$`) }) });
    const otherRow = rowsOf(page, "verification-queue").filter({ hasText: `${TITLE} (kedua)` });
    await rowsOf(page, "verification-queue").first().waitFor();
    // A page's rows may arrive a moment after its number: give each page time to show the record before paging on.
    const shows = () => otherRow.first().waitFor({ timeout: 3000 }).then(() => true, () => false);
    for (let i = 0; i < 20 && !(await shows()); i++) {
      const shownPage = await page.getByTestId("page-number").textContent();
      await page.getByTestId("page-next").click();
      await page.getByTestId("page-number").filter({ hasNotText: shownPage ?? "" }).waitFor();
      await page.waitForFunction(() => document.querySelectorAll("[data-testid='verification-queue'] .ant-spin-spinning").length === 0);
    }
    // A stale decision: verified through the API meanwhile, the page's verification is a CONFLICT, said so.
    await otherRow.getByTestId("queue-review").click();
    await page.getByTestId("record-review").getByTestId("record-credited-jp").waitFor();
    await graphql("mutation ($input: VerifyLearningRecordInput!) { verifyLearningRecord(input: $input) { id } }", { input: { id: other.id, version: other.version } }, adminToken);
    await page.getByTestId("record-verify").click();
    await page.getByTestId("record-verify-confirm").click();
    await page.getByText(msg("compliance.decision.conflict")).waitFor();
    await eventually(async () => expect(await otherRow.count()).toBe(0));
    // A rejection needs its reason; the record leaves the queue and credits nothing.
    const thirdRow = rowsOf(page, "verification-queue").filter({ hasText: `${TITLE} (ketiga)` });
    await thirdRow.getByTestId("queue-review").click();
    await page.getByTestId("record-review").getByTestId("record-credited-jp").filter({ hasText: /^4$/ }).waitFor();
    await page.getByTestId("record-reject").click();
    await page.getByTestId("reject-submit").click();
    await page.getByTestId("reason-error").filter({ hasText: msg("compliance.decision.reasonRequired") }).waitFor();
    await page.getByTestId("reject-reason").fill("Bukti tidak menunjukkan tanggal kegiatan.");
    await page.getByTestId("reject-submit").click();
    await page.getByText(msg("compliance.decision.rejected")).waitFor();
    await eventually(async () => expect(await thirdRow.count()).toBe(0));
    const rejected = await graphql<{ learningRecord: { status: string; reason: string } }>("query ($id: ID!) { learningRecord(id: $id) { status reason } }", { id: third.id }, adminToken);
    expect(rejected.learningRecord).toEqual({ status: "REJECTED", reason: "Bukti tidak menunjukkan tanggal kegiatan." });

    if ((await row.count()) === 0) {
      await page.getByTestId("page-previous").click();
      await row.waitFor();
    }
    await row.getByTestId("queue-review").click();
    const review = page.getByTestId("record-review");
    await review.getByTestId("record-employee").filter({ hasText: employee!.name }).waitFor();
    expect(await review.getByTestId("record-credited-jp").textContent()).toBe(String(CREDITED_JP));
    expect(await review.getByTestId("evidence-name").allTextContents()).toEqual(["surat-tugas.pdf"]);
    await page.getByTestId("record-verify").click();
    await page.getByTestId("record-verify-confirm").click();
    await page.getByText(msg("compliance.decision.verified", { jp: CREDITED_JP, name: employee!.name })).waitFor();
    await eventually(async () => expect(await row.count()).toBe(0));

    // Both records credited (the second through the API): 2 × 10 JP.
    const after = await apiLedger(adminToken, employee!.id);
    expect(after.earnedJp).toBeCloseTo(before.earnedJp + 2 * CREDITED_JP, 2);
    expect(after.pendingJp).toBeCloseTo(before.pendingJp, 2);

    // The employee's page shows the ledger with the verified entry.
    await page.goto(`/employees/${employee!.id}`);
    const ledger = page.getByTestId("employee-ledger");
    const earned = ledger.getByTestId("ledger-earned-jp").locator(".ant-statistic-content-value");
    const shown = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 }).format(after.earnedJp);
    await eventually(async () => expect(((await earned.textContent()) ?? "").trim()).toBe(shown));
    const entry = rowsOf(page, "ledger-entries").filter({ has: page.getByTestId("ledger-entry-title").filter({ hasText: new RegExp(`^${escapeRegExp(TITLE)}$`) }) });
    await entry.waitFor();
    expect(await entry.getByTestId("ledger-entry-jp").textContent()).toBe(String(CREDITED_JP));
    expect(await entry.textContent()).toContain(msg("compliance.ledger.verified"));

    // An analyst reads the queue and the ledger, and changes nothing.
    await page.getByTestId("logout").click();
    await signIn(page, "analyst");
    await page.goto("/compliance/verification");
    await rowsOf(page, "verification-queue").first().getByTestId("queue-review").click();
    await page.getByTestId("record-review").getByTestId("record-credited-jp").waitFor();
    expect(await page.getByTestId("record-verify").count()).toBe(0);
    expect(await page.getByTestId("evidence-download").count()).toBe(0);
    expect(await page.getByTestId("compliance-tab-records").count()).toBe(0);
    await page.goto(`/employees/${employee!.id}`);
    await page.getByTestId("employee-ledger").getByTestId("ledger-earned-jp").waitFor();
    expect(await page.getByTestId("ledger-record").count()).toBe(0);
    expect(browser.pageErrors).toEqual([]);
  });
});
