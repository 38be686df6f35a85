import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { formatRupiah } from "@bina/domain";
import { openBrowser, type Browser } from "./support/browser";
import { apiToken, eventually, graphql, msg, pickTreeNode, signIn } from "./support/app";

// The API's own XLSX library reads the downloaded file back (the admin app has no spreadsheet dependency of its own).
interface ReadWorkbook {
  readonly xlsx: { load(data: Buffer): Promise<unknown> };
  getWorksheet(name: string): { eachRow(visit: (row: { values: unknown[] }) => void): void } | undefined;
}
const ExcelJS = createRequire(path.resolve(__dirname, "../../api/package.json"))("exceljs") as { Workbook: new () => ReadWorkbook };

/**
 * The budget overview (issue 10, `/budget`): the administrator opens the demo's 2026 budget and reads the totals the
 * API gives (asked here directly, field by field), the monthly absorption against the plan with its data table, the
 * lines and the programmes' cost-effectiveness, and downloads the realisation report as an XLSX file. The demo data:
 * the agency's 2026 budget (Rp 1.5–2.5 bn over the typical APBD accounts), spending that follows the delivered batches
 * up to 2026-11-27, one approved revision and one waiting.
 */
const YEAR = 2026;

interface ApiTotals {
  readonly ceiling: number;
  readonly committed: number;
  readonly spent: number;
  readonly remaining: number;
  readonly absorptionPercent: number | null;
}
interface ApiMonth {
  readonly month: number;
  readonly spent: number;
  readonly cumulativePlanned: number;
  readonly cumulativeSpent: number;
}
interface ApiBudget {
  readonly totals: ApiTotals;
  readonly lines: readonly { readonly id: string; readonly name: string; readonly spent: number; readonly ceiling: number }[];
  readonly months: readonly ApiMonth[];
  readonly programmes: readonly { readonly programme: { readonly id: string }; readonly costPerParticipantJp: number | null; readonly gainPerMillionRupiah: number | null }[];
  readonly pendingRevisions: number;
}

/** The year's budget as `token` may see it, asked without the page's own query. */
const apiBudget = async (token: string, unitId: string | null = null): Promise<ApiBudget> =>
  (
    await graphql<{ budget: ApiBudget }>(
      `query ($y: Int!, $u: ID) { budget(fiscalYear: $y, unitId: $u) {
         totals { ceiling committed spent remaining absorptionPercent }
         lines { id name spent ceiling }
         months { month spent cumulativePlanned cumulativeSpent }
         programmes { programme { id } costPerParticipantJp gainPerMillionRupiah }
         pendingRevisions
       } }`,
      { y: YEAR, u: unitId },
      token,
    )
  ).budget;

/** A percentage as the page writes it in Indonesian: `72,35%`. */
const percentText = (value: number): string => msg("budget.overview.percent", { percent: value.toLocaleString("id-ID", { maximumFractionDigits: 2 }) });

/** Today in Jakarta (the fiscal year's calendar). */
const jakartaToday = (): string =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

const numbersIn = (locator: Locator, attribute: string): Promise<(number | null)[]> =>
  locator.evaluateAll((els, name) => els.map((e) => (e.getAttribute(name) === "" ? null : Number(e.getAttribute(name)))), attribute);

/** Missing figures last, the others in order (ascending or descending). */
const inOrder = (values: readonly (number | null)[], direction: 1 | -1): boolean => {
  const present = values.filter((v): v is number => v !== null);
  const firstMissing = values.indexOf(null);
  if (firstMissing >= 0 && values.slice(firstMissing).some((v) => v !== null)) return false;
  return present.every((v, i) => i === 0 || (v - present[i - 1]!) * direction >= 0);
};

async function openOverview(page: Page): Promise<void> {
  await page.goto(`/budget?year=${YEAR}`);
  await page.locator("[data-testid='budget-total-ceiling'][data-amount]:not([data-amount=''])").waitFor();
}

describe("budget overview", () => {
  let admin: Browser;
  let token: string;
  let api: ApiBudget;

  beforeAll(async () => {
    token = await apiToken("admin");
    api = await apiBudget(token);
    if (api.lines.length === 0) throw new Error(`the demo data has no budget lines in ${YEAR}`);
    admin = await openBrowser();
    await signIn(admin.page, "admin");
  });

  afterAll(async () => {
    await admin?.close();
  });

  test("budget overview shows the administrator the totals the API gives for 2026, the lines and the revisions waiting", async () => {
    const { page } = admin;
    await openOverview(page);
    await page.locator(".ant-select", { has: page.locator("input[id='budget-year']") }).getByTitle(String(YEAR), { exact: true }).waitFor();

    for (const key of ["ceiling", "committed", "spent", "remaining"] as const) {
      const total = page.getByTestId(`budget-total-${key}`);
      expect(Number(await total.getAttribute("data-amount"))).toBe(api.totals[key]);
      expect(await total.textContent()).toContain(formatRupiah(api.totals[key]));
    }
    expect(api.totals.ceiling).toBeGreaterThan(0);
    const absorption = page.getByTestId("budget-total-absorption");
    expect(await absorption.textContent()).toContain(api.totals.absorptionPercent === null ? msg("common.none") : percentText(api.totals.absorptionPercent));

    // The lines: the API's, each linking to its page; their spending adds up to the total.
    const links = page.getByTestId("budget-line-link");
    await eventually(async () => expect(await links.count()).toBe(api.lines.length));
    expect(await links.allTextContents()).toEqual(api.lines.map((l) => l.name));
    expect(await links.first().getAttribute("href")).toBe(`/budget/lines/${api.lines[0]!.id}`);
    const spent = await numbersIn(page.getByTestId("budget-line-spent"), "data-amount");
    expect(spent.reduce<number>((sum, v) => sum + (v ?? 0), 0)).toBe(api.totals.spent);
    const bars = page.getByTestId("budget-lines").getByTestId("budget-line-absorption");
    expect(await bars.count()).toBe(api.lines.length);

    // The revisions waiting for a decision, linked to the revisions page.
    const pending = page.getByTestId("budget-pending-revisions");
    expect(Number(await pending.getAttribute("data-count"))).toBe(api.pendingRevisions);
    expect(await pending.textContent()).toBe(msg("budget.overview.revisions.pending", { count: api.pendingRevisions }));
    expect(await pending.getAttribute("href")).toBe(`/budget/revisions?year=${YEAR}&status=REQUESTED`);
    expect(admin.pageErrors).toEqual([]);
  });

  test("budget overview draws the monthly absorption against the plan, with a data table of every month", async () => {
    const { page } = admin;
    await openOverview(page);
    const chart = page.getByTestId("budget-chart");
    await chart.waitFor();
    expect(await chart.getAttribute("role")).toBe("img");
    expect(((await chart.locator("title").textContent()) ?? "").length).toBeGreaterThan(20);
    expect(await page.getByTestId("budget-chart-planned").count()).toBe(1);

    // The spent line reaches the months begun (or a later month already holding spending), each point the API's sum.
    const today = jakartaToday();
    const begun = Number(today.slice(0, 4)) > YEAR ? 12 : Number(today.slice(0, 4)) < YEAR ? 0 : Number(today.slice(5, 7));
    const shown = api.months.reduce((last, m) => (m.spent > 0 && m.month > last ? m.month : last), begun);
    const points = page.getByTestId("budget-chart-point");
    expect(await points.count()).toBe(shown);
    expect(await numbersIn(points, "data-value")).toEqual(api.months.filter((m) => m.month <= shown).map((m) => m.cumulativeSpent));

    // The text alternative: twelve months, cumulative planned and spent as the API gives them.
    await page.getByTestId("budget-months-details").locator("summary").click();
    const rows = page.getByTestId("budget-month-row");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(12);
    expect(await numbersIn(rows, "data-cumulative-spent")).toEqual(api.months.map((m) => m.cumulativeSpent));
    expect(await numbersIn(rows, "data-cumulative-planned")).toEqual(api.months.map((m) => m.cumulativePlanned));
    expect(api.months.at(-1)?.cumulativePlanned).toBe(api.totals.ceiling);
    expect(await rows.nth(10).locator("td").nth(3).textContent()).toBe(formatRupiah(api.months[10]!.cumulativeSpent));
    expect(admin.pageErrors).toEqual([]);
  });

  test("budget overview ranks the programmes by cost per participant-JP and by gain per million rupiah, missing figures last", async () => {
    const { page } = admin;
    await openOverview(page);
    const table = page.getByTestId("budget-cost-effectiveness");
    const costs = table.getByTestId("cost-per-participant-jp");
    await eventually(async () => expect(await costs.count()).toBe(api.programmes.length));
    expect(api.programmes.length).toBeGreaterThan(0);
    // Cheapest first; the same figures as the API's.
    const perJp = await numbersIn(costs, "data-value");
    expect(inOrder(perJp, 1)).toBe(true);
    expect([...perJp].sort()).toEqual(api.programmes.map((p) => p.costPerParticipantJp).sort());
    // Sorted by gain per million rupiah: the best value first.
    await table.locator("th", { hasText: msg("budget.overview.cost.col.gainPerMillion") }).click();
    await eventually(async () => expect(inOrder(await numbersIn(table.getByTestId("cost-gain-per-million"), "data-value"), -1)).toBe(true));
    expect((await numbersIn(table.getByTestId("cost-gain-per-million"), "data-value")).sort()).toEqual(api.programmes.map((p) => p.gainPerMillionRupiah).sort());
    // Why a figure is missing is written under the table.
    expect(await page.getByTestId("budget-cost-notes").textContent()).toContain(msg("budget.overview.cost.note.perJp"));
    expect(admin.pageErrors).toEqual([]);
  });

  test("budget overview downloads the year's realisation report as an XLSX file, the file the API builds", async () => {
    const { page } = admin;
    await openOverview(page);
    const { budgetRealisationXlsx: file } = await graphql<{ budgetRealisationXlsx: { fileName: string; size: number; contentBase64: string } }>(
      "query ($y: Int!) { budgetRealisationXlsx(fiscalYear: $y) { fileName size contentBase64 } }",
      { y: YEAR },
      token,
    );
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("budget-xlsx").click()]);
    expect(download.suggestedFilename()).toBe(file.fileName);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = fs.readFileSync(await download.path());
    // An XLSX is a ZIP archive: it opens with PK\x03\x04.
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    // The downloaded workbook is the API's: its total row (JUMLAH) carries the year's totals of the budget query. (Two
    // builds of the file differ in their print time, so the bytes are not compared.)
    const totals = (await graphql<{ budget: { totals: { ceiling: number; spent: number; committed: number; remaining: number } } }>(
      "query ($y: Int!) { budget(fiscalYear: $y) { totals { ceiling spent committed remaining } } }",
      { y: YEAR },
      token,
    )).budget.totals;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    const sheet = workbook.getWorksheet("Realisasi per Rekening");
    let total: unknown[] | null = null;
    sheet?.eachRow((row) => {
      if (row.values.some((v) => typeof v === "string" && v.trim() === "JUMLAH")) total = row.values.filter((v) => typeof v === "number");
    });
    expect(total).not.toBeNull();
    // Pagu, Realisasi, Sisa Pagu, Komitmen, Sisa setelah Komitmen (then Serapan %).
    expect(total!.slice(0, 5)).toEqual([totals.ceiling, totals.spent, totals.ceiling - totals.spent, totals.committed, totals.remaining]);
    expect(admin.pageErrors).toEqual([]);
  });

  test("budget overview narrows the administrator's view to a unit's lines, with the API's totals for that unit", async () => {
    const { page } = admin;
    await openOverview(page);
    await pickTreeNode(page, "filter-unit", "Dinas Kesehatan", "Dinas Kesehatan");
    await page.waitForURL((url) => url.searchParams.get("unit") !== null);
    const unitId = new URL(page.url()).searchParams.get("unit");
    const unit = await apiBudget(token, unitId);
    expect(unit.lines.length).toBeGreaterThan(0);
    expect(unit.lines.length).toBeLessThan(api.lines.length);
    await eventually(async () => expect(await page.getByTestId("budget-line-link").allTextContents()).toEqual(unit.lines.map((l) => l.name)));
    for (const key of ["ceiling", "committed", "spent", "remaining"] as const) {
      await eventually(async () => expect(Number(await page.getByTestId(`budget-total-${key}`).getAttribute("data-amount"))).toBe(unit.totals[key]));
    }
    expect(admin.pageErrors).toEqual([]);
  });

  test("budget overview shows an operator only its units' lines, with the totals the API gives the operator", async () => {
    const operatorToken = await apiToken("operator");
    const mine = await apiBudget(operatorToken);
    expect(mine.lines.length).toBeLessThan(api.lines.length);
    const operator = await openBrowser();
    try {
      await signIn(operator.page, "operator");
      const { page } = operator;
      await page.goto(`/budget?year=${YEAR}`);
      await page.getByTestId("budget-scope").waitFor();
      expect(await page.getByTestId("filter-unit").count()).toBe(0);
      await page.locator("[data-testid='budget-total-spent'][data-amount]:not([data-amount=''])").waitFor();
      for (const key of ["ceiling", "spent", "remaining"] as const) {
        expect(Number(await page.getByTestId(`budget-total-${key}`).getAttribute("data-amount"))).toBe(mine.totals[key]);
      }
      await eventually(async () => expect(await page.getByTestId("budget-line-link").allTextContents()).toEqual(mine.lines.map((l) => l.name)));
      expect(operator.pageErrors).toEqual([]);
    } finally {
      await operator.close();
    }
  });
});
