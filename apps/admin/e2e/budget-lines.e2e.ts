import type { Page } from "playwright-core";
import { disbursementPlan, formatRupiah } from "@bina/domain";
import { openBrowser, type Browser } from "./support/browser";
import { apiToken, eventually, graphql, msg, pickOption, signIn } from "./support/app";

/**
 * Setting up the year's budget (issue 10, `/budget` and `/budget/lines/:id`): the administrator adds a 2026 line with a
 * ceiling (its monthly plan split by the domain's disbursementPlan, split again when the ceiling changes), sees it in the
 * lines table with its ceiling and the year's totals grown by exactly that ceiling (as the API's `budget` query counts
 * them), is told beside the name that a second line with the same account and name exists, then changes the line's name
 * and monthly plan (a plan that does not add up to the ceiling is refused beside the plan; a stale version is offered a
 * reload); an operator has no new-line or edit button.
 */
const YEAR = 2026;
const STAMP = Date.now();
/** Belanja Makanan dan Minuman Rapat: one of the domain's typical accounts. */
const ACCOUNT = "5.1.02.01.01.0052";
const FIRST_CEILING = 123_456_789;
const CEILING = 120_000_000;

interface ApiTotals {
  readonly ceiling: number;
  readonly committed: number;
  readonly spent: number;
  readonly remaining: number;
}
interface ApiLine {
  readonly id: string;
  readonly accountCode: string;
  readonly name: string;
  readonly ceiling: number;
  readonly plannedByMonth: number[];
  readonly version: number;
  readonly programme: { readonly id: string } | null;
}

const LINE_FIELDS = "id accountCode name ceiling plannedByMonth version programme { id }";

const apiBudget = async (token: string): Promise<{ totals: ApiTotals; lines: ApiLine[] }> =>
  (
    await graphql<{ budget: { totals: ApiTotals; lines: ApiLine[] } }>(
      `query ($y: Int!) { budget(fiscalYear: $y) { totals { ceiling committed spent remaining } lines { ${LINE_FIELDS} } } }`,
      { y: YEAR },
      token,
    )
  ).budget;

const apiLine = async (token: string, id: string): Promise<ApiLine> => {
  const { budgetLine } = await graphql<{ budgetLine: ApiLine | null }>(`query ($id: ID!) { budgetLine(id: $id) { ${LINE_FIELDS} } }`, { id }, token);
  if (!budgetLine) throw new Error(`budget line ${id} is not found`);
  return budgetLine;
};

/** A 2026 programme with a title no other programme has and no line on ACCOUNT yet (a programme has one line per account). */
async function freeProgramme(token: string, lines: readonly ApiLine[]): Promise<{ id: string; title: string }> {
  const { programmes } = await graphql<{ programmes: { edges: { node: { id: string; title: string } }[] } }>(
    "query ($y: Int!) { programmes(filter: { year: $y }, first: 100) { edges { node { id title } } } }",
    { y: YEAR },
    token,
  );
  const all = programmes.edges.map((e) => e.node);
  const taken = new Set(lines.filter((l) => l.accountCode === ACCOUNT && l.programme).map((l) => l.programme!.id));
  const found = all.find((p) => !taken.has(p.id) && all.filter((q) => q.title === p.title).length === 1);
  if (!found) throw new Error(`the demo data has no ${YEAR} programme free on ${ACCOUNT}`);
  return found;
}

/** The whole rupiah an input shows (`Rp 6.000.000` → 6000000). */
const inputAmount = async (page: Page, id: string): Promise<number> => Number((await page.locator(`input#${id}`).inputValue()).replace(/\D/g, ""));

const planShown = async (page: Page): Promise<number[]> => {
  const plan: number[] = [];
  for (let month = 1; month <= 12; month += 1) plan.push(await inputAmount(page, `plannedByMonth-${month}`));
  return plan;
};

const total = async (page: Page, key: keyof ApiTotals): Promise<number> => Number(await page.getByTestId(`budget-total-${key}`).getAttribute("data-amount"));

async function openOverview(page: Page): Promise<void> {
  await page.goto(`/budget?year=${YEAR}`);
  await page.locator("[data-testid='budget-total-ceiling'][data-amount]:not([data-amount=''])").waitFor();
  await page.getByTestId("budget-line-link").first().waitFor();
}

/** Picks an account of the domain's list from the account code's suggestions, by its name. */
async function pickAccount(page: Page, name: string): Promise<void> {
  await page.locator("input#accountCode").click();
  await page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option", { hasText: name }).click();
}

describe("budget lines", () => {
  let admin: Browser;
  let token: string;
  let lineId = "";
  const name = `Mamin rapat koordinasi uji ${STAMP}`;

  beforeAll(async () => {
    token = await apiToken("admin");
    admin = await openBrowser();
    await signIn(admin.page, "admin");
  });

  afterAll(async () => {
    await admin?.close();
  });

  test("the administrator adds a 2026 line: it is listed with its ceiling and the totals grow by exactly that ceiling", async () => {
    const { page } = admin;
    const before = await apiBudget(token);
    const programme = await freeProgramme(token, before.lines);
    await openOverview(page);
    expect(await total(page, "ceiling")).toBe(before.totals.ceiling);

    await page.getByTestId("budget-line-new").click();
    await page.getByTestId("line-form").waitFor();
    expect(await page.locator("input#fiscalYear").inputValue()).toBe(String(YEAR));
    await pickAccount(page, "Belanja Makanan dan Minuman Rapat");
    expect(await page.locator("input#accountCode").inputValue()).toBe(ACCOUNT);
    await page.getByTestId("line-name").fill(name);

    // The plan is the domain's split of the ceiling, split again when the ceiling changes.
    await page.locator("input#ceiling").fill(String(FIRST_CEILING));
    await eventually(async () => expect(await planShown(page)).toEqual(disbursementPlan(FIRST_CEILING)));
    await page.locator("input#ceiling").fill(String(CEILING));
    await eventually(async () => expect(await planShown(page)).toEqual(disbursementPlan(CEILING)));
    const balance = page.getByTestId("plan-balance");
    expect(await balance.getAttribute("data-status")).toBe("equal");
    expect(await balance.textContent()).toContain(msg("budget.lineForm.planSum", { sum: formatRupiah(CEILING), ceiling: formatRupiah(CEILING) }));
    await pickOption(page, "programmeId", programme.title, programme.title);

    await page.getByTestId("line-submit").click();
    await page.getByTestId("line-form").waitFor({ state: "detached" });

    // Listed with its ceiling; the totals moved by exactly the ceiling, as the API counts them.
    const link = page.getByTestId("budget-line-link").filter({ hasText: name });
    await link.waitFor();
    lineId = (await link.getAttribute("data-id")) ?? "";
    const row = page.getByTestId("budget-lines").locator("tbody tr", { has: link });
    expect(Number(await row.getByTestId("budget-line-ceiling").getAttribute("data-amount"))).toBe(CEILING);
    expect(await row.getByTestId("budget-line-ceiling").textContent()).toBe(formatRupiah(CEILING));
    expect(await row.getByTestId("budget-line-account").textContent()).toBe(ACCOUNT);
    expect(await row.getByTestId("budget-line-programme").textContent()).toBe(programme.title);
    const after = await apiBudget(token);
    expect(after.totals.ceiling).toBe(before.totals.ceiling + CEILING);
    expect(after.totals.spent).toBe(before.totals.spent);
    // What the new line commits (its programme's planned cost or session fees, if any) is taken from what remains.
    expect(after.totals.remaining).toBe(before.totals.remaining + CEILING - (after.totals.committed - before.totals.committed));
    await eventually(async () => expect(await total(page, "ceiling")).toBe(after.totals.ceiling));
    for (const key of ["committed", "spent", "remaining"] as const) expect(await total(page, key)).toBe(after.totals[key]);
    expect(await page.getByTestId("budget-total-ceiling").textContent()).toContain(formatRupiah(after.totals.ceiling));

    const saved = await apiLine(token, lineId);
    expect(saved).toMatchObject({ accountCode: ACCOUNT, name, ceiling: CEILING, plannedByMonth: disbursementPlan(CEILING), programme: { id: programme.id } });
    expect(admin.pageErrors).toEqual([]);
  });

  test("a second line with the same account and name is refused beside the name, and nothing is added", async () => {
    const { page } = admin;
    const before = await apiBudget(token);
    await page.getByTestId("budget-line-new").click();
    await page.getByTestId("line-form").waitFor();
    await page.locator("input#accountCode").fill(ACCOUNT);
    await page.getByTestId("line-name").fill(name);
    await page.locator("input#ceiling").fill("1000000");
    await page.getByTestId("line-submit").click();
    const error = page.getByTestId("name-error");
    await error.waitFor();
    expect(await error.textContent()).toBe(msg("budget.lineForm.duplicateName", { year: YEAR }));
    expect((await apiBudget(token)).totals.ceiling).toBe(before.totals.ceiling);
    await page.getByRole("button", { name: msg("common.cancel") }).click();
    await page.getByTestId("line-form").waitFor({ state: "detached" });
  });

  test("the administrator changes the line's name and monthly plan; the ceiling stays, a stale version is offered a reload", async () => {
    const { page } = admin;
    if (!lineId) throw new Error("the line of the first test was not created");
    const read = await apiLine(token, lineId);
    await page.goto(`/budget/lines/${lineId}`);
    await page.getByTestId("budget-line-page").waitFor();
    await page.getByTestId("budget-line-edit").click();
    await page.getByTestId("line-form").waitFor();

    // The ceiling is read-only, with the way to change it: a revision of the line's year.
    expect(await page.locator("input#ceiling").count()).toBe(0);
    expect(Number(await page.getByTestId("line-form-ceiling").getAttribute("data-amount"))).toBe(CEILING);
    expect(await page.getByTestId("line-form-ceiling").textContent()).toBe(formatRupiah(CEILING));
    expect(await page.getByTestId("line-form-revision-link").getAttribute("href")).toBe(`/budget/revisions?year=${YEAR}`);
    expect(await planShown(page)).toEqual(read.plannedByMonth);

    // A plan over the ceiling is refused beside the plan before anything is sent.
    const plan = [...read.plannedByMonth];
    plan[0] = plan[0]! + 2_500_000;
    await page.locator("input#plannedByMonth-1").fill(String(plan[0]));
    await eventually(async () => expect(await page.getByTestId("plan-balance").getAttribute("data-status")).toBe("over"));
    await page.getByTestId("line-submit").click();
    const planError = page.getByTestId("plannedByMonth-error");
    await planError.waitFor();
    expect(await planError.textContent()).toBe(msg("budget.lineForm.planNotCeiling"));
    plan[11] = plan[11]! - 2_500_000;
    await page.locator("input#plannedByMonth-12").fill(String(plan[11]));
    await eventually(async () => expect(await page.getByTestId("plan-balance").getAttribute("data-status")).toBe("equal"));
    // The user's plan is not split again.
    expect(await planShown(page)).toEqual(plan);
    const newName = `Mamin rapat koordinasi (diubah) ${STAMP}`;
    await page.getByTestId("line-name").fill(newName);

    // Someone else changes the line meanwhile: the save is refused as stale, nothing of it is written.
    const other = await graphql<{ updateBudgetLine: ApiLine }>(
      `mutation ($input: UpdateBudgetLineInput!) { updateBudgetLine(input: $input) { ${LINE_FIELDS} } }`,
      { input: { id: lineId, version: read.version, name: `Diubah orang lain ${STAMP}` } },
      token,
    );
    expect(other.updateBudgetLine.version).toBe(read.version + 1);
    await page.getByTestId("line-submit").click();
    await page.getByTestId("line-form-stale").waitFor();
    expect(await apiLine(token, lineId)).toMatchObject({ name: `Diubah orang lain ${STAMP}`, plannedByMonth: read.plannedByMonth, version: read.version + 1 });

    // Loaded again, the form keeps what was typed and saves it on the new version.
    await page.getByTestId("line-form-reload").click();
    await page.getByTestId("line-form-stale").waitFor({ state: "detached" });
    expect(await page.getByTestId("line-name").inputValue()).toBe(newName);
    await page.getByTestId("line-submit").click();
    await page.getByTestId("line-form").waitFor({ state: "detached" });
    await eventually(async () => expect(await page.getByTestId("budget-line-name").textContent()).toBe(newName));
    expect(Number(await page.getByTestId("budget-total-ceiling").getAttribute("data-amount"))).toBe(CEILING);
    const saved = await apiLine(token, lineId);
    expect(saved).toMatchObject({ name: newName, ceiling: CEILING, plannedByMonth: plan, version: read.version + 2 });

    // The overview lists the new name (its cached budget was dropped on saving).
    await page.getByTestId("budget-line-page").getByRole("link", { name: msg("nav.budget"), exact: true }).click();
    await page.getByTestId("budget-line-link").filter({ hasText: newName }).waitFor();
    expect(admin.pageErrors).toEqual([]);
  });

  test("an operator has no new-line button on the overview and no edit button on a line", async () => {
    const operatorToken = await apiToken("operator");
    const mine = await apiBudget(operatorToken);
    if (mine.lines.length === 0) throw new Error(`the operator sees no ${YEAR} budget line in the demo data`);
    const operator = await openBrowser();
    try {
      await signIn(operator.page, "operator");
      const { page } = operator;
      await openOverview(page);
      // The page has settled with the operator's own lines before the button is looked for.
      await eventually(async () => expect(await page.getByTestId("budget-line-link").count()).toBe(mine.lines.length));
      expect(await page.getByTestId("budget-line-new").count()).toBe(0);
      expect(await page.getByText(msg("budget.lineForm.new")).count()).toBe(0);
      await page.goto(`/budget/lines/${mine.lines[0]!.id}`);
      await page.getByTestId("spending-new").waitFor();
      expect(await page.getByTestId("budget-line-edit").count()).toBe(0);
      expect(operator.pageErrors).toEqual([]);
    } finally {
      await operator.close();
    }
  });
});
