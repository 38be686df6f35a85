import fs from "node:fs";
import type { Page } from "playwright-core";
import { openBrowser, type Browser } from "./support/browser";
import { apiToken, graphql, signIn } from "./support/app";

/** axe-core's browser build, evaluated in the page (through the DevTools protocol: the app's CSP allows no inline script). */
const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
/** The rules of WCAG 2.0 and 2.1, levels A and AA. */
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/** Runs axe on the whole document and returns its WCAG 2.1 A/AA violations with the selectors of every failing node. */
async function axeViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(" ")) }));
  }, WCAG_21_AA);
}

/** How many failing nodes a message names per violation (a heatmap can fail in hundreds of cells alike). */
const SHOWN_TARGETS = 8;

/** The serious and critical violations: id, impact, what it asks, how many nodes fail, and the first nodes' selectors. */
const serious = (violations: readonly Violation[]): string[] =>
  violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => {
      const more = v.targets.length > SHOWN_TARGETS ? `\n    ... and ${v.targets.length - SHOWN_TARGETS} more` : "";
      return `${v.id} (${v.impact}, ${v.targets.length} nodes): ${v.help}\n    ${v.targets.slice(0, SHOWN_TARGETS).join("\n    ")}${more}`;
    });

/**
 * Waits until the page shows its data and has settled: the given element is there, nothing is still loading (no spinner,
 * no skeleton) and no animation runs (a tag or menu fading in would be measured half transparent).
 */
async function settled(page: Page, ...shown: readonly string[]): Promise<void> {
  for (const selector of shown) await page.locator(selector).first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll(".ant-spin-spinning, .ant-skeleton-active").length === 0);
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
}

/** The pages of issue 7 and the home page, each with what shows that its data has arrived. */
const PAGES: readonly { readonly path: string; readonly shown: readonly string[] }[] = [
  { path: "/", shown: ["[data-testid='home-employees-count']", "[data-testid='home-plan-status'], [data-testid='home-plan-detail']"] },
  { path: "/employees", shown: ["[data-testid='employee-link']"] },
  { path: "/needs/heatmap", shown: ["[data-testid^='heat-cell-']"] },
  { path: "/planning", shown: ["[data-testid='candidate-title']"] },
  { path: "/compliance", shown: ["[data-testid='ranked-unit-name']", "[data-testid='ledger-employee']"] },
  { path: "/compliance/verification", shown: ["[data-testid='queue-title']"] },
  { path: "/compliance/records/new", shown: ["[data-testid='record-form']"] },
  // The delivery stage (issue 8); the demo's delivery year is 2026.
  { path: "/delivery?year=2026", shown: ["[data-testid='programme-title']"] },
  { path: "/delivery/calendar?day=2026-03-10", shown: ["[data-testid='calendar-batch']"] },
  { path: "/delivery/calendar?view=week&day=2026-03-10", shown: ["[data-testid='calendar-session']"] },
  { path: "/delivery/speakers", shown: ["[data-testid='speaker-name']"] },
  { path: "/delivery/nominations", shown: ["[data-testid='nomination-name']"] },
  // --- evaluation (E9) ---
  // The evaluation stage (issue 9): the year's programme effectiveness and the improvement actions.
  { path: "/evaluation?year=2026", shown: ["[data-testid='effectiveness-programme']", "[data-testid='action-title-cell']"] },
  // --- end evaluation (E9) ---
  // The survey stage (issue 9): the IKM dashboard (the period open today) and the settings.
  { path: "/surveys", shown: ["[data-testid='ikm-unit-name']", "[data-testid='ikm-city-elements']"] },
  { path: "/surveys/settings", shown: ["[data-testid='service-unit-link']", "[data-testid='survey-period-code']"] },
  // The budget stage (issue 10): the demo's 2026 budget (totals, monthly chart, lines, cost-effectiveness).
  { path: "/budget?year=2026", shown: ["[data-testid='budget-line-link']", "[data-testid='budget-chart']", "[data-testid='cost-programme']"] },
];

const SIZES = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
] as const;

/**
 * A plan of its own year (no other test plans it), so that /planning shows what only a plan has: the chart's bars, the
 * chosen and left-out tables with their reason tags, the versions table. Returns the plan's id.
 */
async function planOfItsOwn(year: number): Promise<string> {
  const token = await apiToken("admin");
  const { competencies } = await graphql<{ competencies: { id: string }[] }>("{ competencies { id } }", {}, token);
  const candidate = (title: string, cost: number, mandatory: boolean) =>
    graphql("mutation ($input: CandidateInput!) { createCandidate(input: $input) { id } }", {
      input: { year, title: `${title} ${Date.now()}`, competencyIds: [competencies[0]?.id], cost, jp: 24, participants: 10, mandatory },
    }, token);
  await candidate("Pelatihan Wajib Aksesibilitas", 40_000_000, true);
  await candidate("Lokakarya Aksesibilitas", 90_000_000, false);
  const { runPlan } = await graphql<{ runPlan: { id: string } }>(
    "mutation ($year: Int!, $ceiling: Rupiah!) { runPlan(year: $year, ceiling: $ceiling) { id } }",
    { year, ceiling: 100_000_000 },
    token,
  );
  return runPlan.id;
}

describe.each(SIZES)("accessibility (axe, WCAG 2.1 A and AA) at $width×$height ($name)", ({ name, width, height }) => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
    await browser.page.setViewportSize({ width, height });
  });

  afterAll(async () => {
    await browser?.close();
  });

  // Signed out first: the login form.
  test("/login has no serious or critical violation", async () => {
    const { page } = browser;
    await page.goto("/login");
    await settled(page, "#username");
    expect(serious(await axeViolations(page))).toEqual([]);
  });

  describe("signed in as the administrator", () => {
    beforeAll(async () => {
      await signIn(browser.page, "admin");
    });

    test.each(PAGES)("$path has no serious or critical violation", async ({ path, shown }) => {
      const { page } = browser;
      await page.goto(path);
      await settled(page, ...shown);
      expect(serious(await axeViolations(page))).toEqual([]);
      expect(browser.pageErrors).toEqual([]);
    });

    test("a completed delivery batch's page (sessions, quotas, nominations, participants with certificates) has no serious or critical violation", async () => {
      const { page } = browser;
      const token = await apiToken("admin");
      const { batches } = await graphql<{ batches: { edges: { node: { id: string } }[] } }>(
        "{ batches(filter: { from: \"2026-01-01\", to: \"2026-12-31\", statuses: [COMPLETED] }, first: 1) { edges { node { id } } } }",
        {},
        token,
      );
      const id = batches.edges[0]?.node.id;
      if (!id) throw new Error("the demo data has no completed batch in 2026");
      await page.goto(`/delivery/batches/${id}`);
      await settled(page, "[data-testid='session-topic-cell']", "[data-testid='nomination-name']", "[data-testid='certificate']");
      expect(serious(await axeViolations(page))).toEqual([]);
      expect(browser.pageErrors).toEqual([]);
    });

    test("a service unit's SKM page (trend chart, elements, before/after training, posters) has no serious or critical violation", async () => {
      const { page } = browser;
      const token = await apiToken("admin");
      const { serviceUnits } = await graphql<{ serviceUnits: { edges: { node: { id: string } }[] } }>(
        "{ serviceUnits(search: \"disdukcapil\", first: 1) { edges { node { id } } } }",
        {},
        token,
      );
      const id = serviceUnits.edges[0]?.node.id;
      if (!id) throw new Error("the demo data has no Disdukcapil service unit");
      await page.goto(`/surveys/units/${id}`);
      await settled(page, "[data-testid='ikm-trend-chart']", "[data-testid='unit-period-elements']", "[data-testid='service-unit-posters']");
      expect(serious(await axeViolations(page))).toEqual([]);
      expect(browser.pageErrors).toEqual([]);
    });

    // --- evaluation (E9) ---
    test("a completed batch's evaluation page (the four levels with their charts, the N-gains, the forms) has no serious or critical violation", async () => {
      const { page } = browser;
      const token = await apiToken("admin");
      const { batches } = await graphql<{ batches: { edges: { node: { id: string } }[] } }>(
        "{ batches(filter: { from: \"2026-01-01\", to: \"2026-12-31\", statuses: [COMPLETED] }, first: 1) { edges { node { id } } } }",
        {},
        token,
      );
      const id = batches.edges[0]?.node.id;
      if (!id) throw new Error("the demo data has no completed batch in 2026");
      await page.goto(`/evaluation/batches/${id}`);
      await settled(page, "[data-testid='reaction-aspects-chart-row']", "[data-testid='n-gain-chart-row']", "[data-testid='skp-chart-row']", "[data-testid='eval-invitations']");
      expect(serious(await axeViolations(page))).toEqual([]);
      expect(browser.pageErrors).toEqual([]);
    });
    // --- end evaluation (E9) ---

    // --- budget line and revisions (B10) ---
    test("a budget line's page (figures, spending entries) and the revisions page have no serious or critical violation", async () => {
      const { page } = browser;
      const token = await apiToken("admin");
      const { budget } = await graphql<{ budget: { lines: { id: string; spent: number }[] } }>("{ budget(fiscalYear: 2026) { lines { id spent } } }", {}, token);
      const id = budget.lines.find((l) => l.spent > 0)?.id;
      if (!id) throw new Error("the demo data has no 2026 budget line with spending");
      await page.goto(`/budget/lines/${id}`);
      await settled(page, "[data-testid='budget-total-remaining']", "[data-testid='spending-amount']");
      expect(serious(await axeViolations(page))).toEqual([]);
      await page.goto("/budget/revisions?year=2026");
      await settled(page, "[data-testid='revision-status']");
      expect(serious(await axeViolations(page))).toEqual([]);
      expect(browser.pageErrors).toEqual([]);
    });
    // --- end budget line and revisions (B10) ---

    test("/planning with a plan (chart, chosen and left-out items, versions) has no serious or critical violation", async () => {
      const { page } = browser;
      const year = name === "desktop" ? 2031 : 2032;
      const planId = await planOfItsOwn(year);
      await page.goto(`/planning?year=${year}&plan=${planId}`);
      await settled(page, "[data-testid='plan-chart-row']", "[data-testid='plan-left-out']", "[data-testid='plan-versions']");
      expect(serious(await axeViolations(page))).toEqual([]);
      expect(browser.pageErrors).toEqual([]);
    });
  });
});
