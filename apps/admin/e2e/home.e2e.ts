import type { Page } from "playwright-core";
import { formatRupiah as domainRupiah } from "@bina/domain";
import { formatRupiah } from "../src/ui/format-rupiah";
import { openBrowser, type Browser } from "./support/browser";
import { apiToken, eventually, graphql, msg, pickOption, signIn } from "./support/app";

/** The demo data's latest assessment cycle, and the plan year the home page opens on (the year after it). */
const ASSESSMENT_YEAR = 2026;
const PLAN_YEAR = 2027;
/**
 * A plan year no other browser test uses: this file makes a candidate, runs and adopts its plan there, so the plan year
 * the other tests open (2027) keeps the state they expect.
 */
const ADOPTED_YEAR = 2029;
const ADOPTED_COST = 40_000_000;
const ADOPTED_CEILING = 100_000_000;

interface ApiPlan {
  readonly id: string;
  readonly version: number;
  readonly status: "DRAFT" | "ADOPTED" | "SUPERSEDED";
  readonly ceiling: number;
  readonly totalCost: number;
}
interface ApiCycleGlance {
  readonly employees: number;
  readonly needs: number;
  readonly totals: readonly { readonly competency: { readonly name: string }; readonly employeesInNeed: number }[];
  readonly plans: readonly ApiPlan[];
  readonly cycleYears: readonly number[];
  /** Batches starting in the year in progress (the plan year − 1), and those of them completed. */
  readonly batches: number;
  readonly batchesCompleted: number;
  readonly compliance: { readonly share: number | null; readonly atRisk: number; readonly missed: number };
  /** The city's IKM in the latest survey period of the year in progress that has begun; null when none has. */
  readonly skm: { readonly period: string; readonly ikm: number | null; readonly respondents: number } | null;
  /** The budget totals of the year in progress (the fiscal year = the plan year − 1). */
  readonly budget: { readonly ceiling: number; readonly spent: number; readonly absorptionPercent: number | null };
}

/** What the API says about a plan year, as `token` may see it: asked field by field, not with the page's own query. */
async function apiGlance(token: string, planYear: number): Promise<ApiCycleGlance> {
  const filter = { year: planYear - 1 };
  const { employees } = await graphql<{ employees: { totalCount: number } }>("{ employees { totalCount } }", {}, token);
  const { rankedNeeds } = await graphql<{ rankedNeeds: { totalCount: number } }>(
    "query ($filter: NeedsFilter!) { rankedNeeds(filter: $filter, first: 5) { totalCount } }",
    { filter },
    token,
  );
  const { needsHeatmap } = await graphql<{ needsHeatmap: { total: ApiCycleGlance["totals"] } }>(
    "query ($filter: NeedsFilter!) { needsHeatmap(filter: $filter) { total { competency { name } employeesInNeed } } }",
    { filter },
    token,
  );
  const { plans } = await graphql<{ plans: { edges: { node: ApiPlan }[] } }>(
    "query ($year: Int!) { plans(filter: { year: $year }, first: 100) { edges { node { id version status ceiling totalCost } } } }",
    { year: planYear },
    token,
  );
  const { assessmentCycles } = await graphql<{ assessmentCycles: { year: number }[] }>("{ assessmentCycles { year } }", {}, token);
  // The year's batches through its programmes (not the page's batches query), counted here.
  const { programmes } = await graphql<{ programmes: { edges: { node: { batches: { startsOn: string; status: string }[] } }[] } }>(
    "query ($year: Int!) { programmes(filter: { year: $year }, first: 100) { edges { node { batches { startsOn status } } } } }",
    { year: planYear - 1 },
    token,
  );
  const batches = programmes.edges.flatMap((e) => e.node.batches).filter((b) => b.startsOn.startsWith(`${planYear - 1}-`));
  const { jpCompliance } = await graphql<{ jpCompliance: { total: ApiCycleGlance["compliance"] } }>(
    "query ($year: Int!) { jpCompliance(year: $year) { total { share atRisk missed } } }",
    { year: planYear - 1 },
    token,
  );
  const { surveyPeriods } = await graphql<{ surveyPeriods: { id: string; code: string; startsOn: string }[] }>(
    "query ($year: Int!) { surveyPeriods(year: $year) { id code startsOn } }",
    { year: planYear - 1 },
    token,
  );
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Jakarta" });
  const started = surveyPeriods.filter((p) => p.startsOn <= today).sort((a, b) => b.startsOn.localeCompare(a.startsOn))[0];
  const skm = started
    ? {
        period: started.code,
        ...(
          await graphql<{ ikmSummary: { ikm: number | null; respondents: number } }>(
            "query ($id: ID!) { ikmSummary(periodId: $id) { ikm respondents } }",
            { id: started.id },
            token,
          )
        ).ikmSummary,
      }
    : null;
  const { budget } = await graphql<{ budget: { totals: ApiCycleGlance["budget"] } }>(
    "query ($year: Int!) { budget(fiscalYear: $year) { totals { ceiling spent absorptionPercent } } }",
    { year: planYear - 1 },
    token,
  );
  return {
    skm,
    budget: budget.totals,
    batches: batches.length,
    batchesCompleted: batches.filter((b) => b.status === "COMPLETED" || b.status === "EVALUATED").length,
    compliance: jpCompliance.total,
    employees: employees.totalCount,
    needs: rankedNeeds.totalCount,
    totals: needsHeatmap.total,
    plans: plans.edges.map((e) => e.node),
    cycleYears: assessmentCycles.map((c) => c.year),
  };
}

/** A whole number as the Indonesian page writes it: `2.000`. */
const count = (n: number): string => n.toLocaleString("id-ID");
const textOf = async (page: Page, testId: string): Promise<string> => ((await page.getByTestId(testId).textContent()) ?? "").trim();

/** Opens the home page for `planYear` (the default year when null) and waits for its figures. */
async function openHome(page: Page, planYear: number | null): Promise<void> {
  await page.goto(planYear === null ? "/" : `/?year=${planYear}`);
  await page.getByTestId("home-employees-count").waitFor();
  await page.getByTestId("home-plan-status").or(page.getByTestId("home-plan-detail")).first().waitFor();
}

/** The figures the page shows equal what the API answers for the same user and year. */
async function expectFigures(page: Page, api: ApiCycleGlance, planYear: number): Promise<void> {
  expect(await textOf(page, "home-employees-count")).toBe(count(api.employees));

  const needsCard = page.getByTestId("home-card-needs");
  expect(await needsCard.textContent()).toContain(msg("home.needs.title", { year: planYear - 1 }));
  if (!api.cycleYears.includes(planYear - 1)) {
    expect(await textOf(page, "home-needs-no-cycle")).toBe(msg("home.needs.noCycle", { year: planYear - 1 }));
  } else {
    expect(await textOf(page, "home-needs-count")).toBe(count(api.needs));
    const most = Math.max(0, ...api.totals.map((c) => c.employeesInNeed));
    if (most === 0) {
      expect(await page.getByTestId("home-needs-top-none").count()).toBe(1);
    } else {
      // Any competency with the most employees in need (the page breaks ties its own way).
      const topNames = api.totals.filter((c) => c.employeesInNeed === most).map((c) => c.competency.name);
      expect(topNames).toContain(await textOf(page, "home-needs-top-name"));
      expect(await textOf(page, "home-needs-top-count")).toBe(msg("home.needs.inNeedCount", { count: count(most) }));
    }
  }

  const planCard = page.getByTestId("home-card-planning");
  expect(await planCard.textContent()).toContain(msg("home.plan.title", { year: planYear }));
  const adopted = api.plans.find((p) => p.status === "ADOPTED");
  if (adopted) {
    expect(await textOf(page, "home-plan-status")).toBe(msg("enum.PlanStatus.ADOPTED"));
    expect(await planCard.textContent()).toContain(msg("home.plan.version", { version: adopted.version }));
    expect(await textOf(page, "home-plan-cost")).toBe(msg("home.plan.cost", { cost: formatRupiah(adopted.totalCost), ceiling: formatRupiah(adopted.ceiling) }));
    const used = Math.round((adopted.totalCost / adopted.ceiling) * 1000) / 10;
    expect(await textOf(page, "home-plan-used")).toBe(msg("home.plan.used", { percent: used.toLocaleString("id-ID", { maximumFractionDigits: 1 }) }));
  } else {
    expect(await textOf(page, "home-plan-status")).toBe(msg("home.plan.notAdopted"));
    expect(await textOf(page, "home-plan-detail")).toBe(
      api.plans.length === 0 ? msg("home.plan.none") : msg("home.plan.drafts", { count: api.plans.length }),
    );
  }

  // The year in progress: batches completed of those starting in it, and the share of PNS at the JP minimum.
  expect(await textOf(page, "home-delivery-completed")).toBe(api.batchesCompleted.toLocaleString("id-ID"));
  expect(await page.getByTestId("home-card-delivery").textContent()).toContain(msg("home.delivery.caption", { total: api.batches.toLocaleString("id-ID") }));
  const share = api.compliance.share === null ? "–" : `${(Math.round(api.compliance.share * 1000) / 10).toLocaleString("id-ID", { maximumFractionDigits: 1 })}%`;
  expect(await textOf(page, "home-compliance-share")).toBe(share);
  expect(await textOf(page, "home-compliance-at-risk")).toBe(
    msg("home.compliance.atRisk", { count: (api.compliance.atRisk + api.compliance.missed).toLocaleString("id-ID"), minimum: 20 }),
  );

  // The city's IKM of the latest survey period of the year in progress.
  if (api.skm) {
    expect(await textOf(page, "home-skm-ikm")).toBe(api.skm.ikm === null ? "–" : api.skm.ikm.toLocaleString("id-ID", { maximumFractionDigits: 2 }));
    expect(await page.getByTestId("home-card-surveys").textContent()).toContain(
      msg("home.skm.caption", { period: api.skm.period, respondents: api.skm.respondents.toLocaleString("id-ID") }),
    );
  } else {
    expect(await textOf(page, "home-skm-none")).toBe(msg("home.skm.none"));
  }

  // The budget's absorption in the year in progress (no longer a stage to come).
  const budgetCard = page.getByTestId("home-card-budget");
  expect(await budgetCard.textContent()).toContain(msg("home.budget.title", { year: planYear - 1 }));
  await page.getByTestId("home-budget-absorption").or(page.getByTestId("home-budget-none")).first().waitFor();
  if (api.budget.ceiling === 0) {
    expect(await textOf(page, "home-budget-none")).toBe(msg("home.budget.none", { year: planYear - 1 }));
  } else {
    const absorption = api.budget.absorptionPercent;
    expect(await textOf(page, "home-budget-absorption")).toBe(absorption === null ? "–" : `${absorption.toLocaleString("id-ID", { maximumFractionDigits: 2 })}%`);
    expect(await budgetCard.textContent()).toContain(msg("home.budget.caption", { spent: domainRupiah(api.budget.spent), ceiling: domainRupiah(api.budget.ceiling) }));
  }
}

/** The home page (Beranda): the plan year's cycle at a glance, for each user's scope, each card leading to its stage. */
describe("home page", () => {
  let admin: Browser;
  let operator: Browser;
  let adminToken: string;
  let operatorToken: string;

  beforeAll(async () => {
    adminToken = await apiToken("admin");
    operatorToken = await apiToken("operator");
    admin = await openBrowser();
    operator = await openBrowser();
    await signIn(admin.page, "admin");
    await signIn(operator.page, "operator");
  });

  afterAll(async () => {
    await admin?.close();
    await operator?.close();
  });

  test("opens at / as the first menu item, on the year after the latest assessment, with the administrator's figures as the API gives them", async () => {
    const { page } = admin;
    const api = await apiGlance(adminToken, PLAN_YEAR);
    expect(api.cycleYears[0]).toBe(ASSESSMENT_YEAR);
    expect(api.needs).toBeGreaterThan(0);

    await openHome(page, null);
    expect(new URL(page.url()).pathname).toBe("/");
    await page.locator(".ant-select", { has: page.locator("input[id='home-year']") }).getByTitle(String(PLAN_YEAR), { exact: true }).waitFor();
    // Beranda is the first entry of the menu, and the selected one here.
    const firstItem = page.getByTestId("side-menu").locator(".ant-menu-item").first();
    expect(((await firstItem.textContent()) ?? "").trim()).toBe(msg("home.nav"));
    expect(await firstItem.getAttribute("class")).toContain("ant-menu-item-selected");
    expect(await textOf(page, "home-scope")).toContain(msg("home.scope.all"));
    await expectFigures(page, api, PLAN_YEAR);
    expect(admin.pageErrors).toEqual([]);
  });

  test("an adopted plan shows with its cost against the ceiling", async () => {
    const { page } = admin;
    const { competencies } = await graphql<{ competencies: { id: string }[] }>("{ competencies { id } }", {}, adminToken);
    const { createCandidate } = await graphql<{ createCandidate: { id: string } }>(
      "mutation ($input: CandidateInput!) { createCandidate(input: $input) { id } }",
      {
        input: {
          year: ADOPTED_YEAR,
          title: `Pelatihan Beranda E2E ${Date.now()}`,
          competencyIds: [competencies[0]?.id],
          cost: ADOPTED_COST,
          jp: 24,
          participants: 10,
          // A mandatory programme is always chosen, so the plan has a cost whatever the (absent) needs of the year before.
          mandatory: true,
        },
      },
      adminToken,
    );
    const { runPlan } = await graphql<{ runPlan: { id: string; totalCost: number } }>(
      "mutation ($year: Int!, $ceiling: Rupiah!) { runPlan(year: $year, ceiling: $ceiling) { id totalCost } }",
      { year: ADOPTED_YEAR, ceiling: ADOPTED_CEILING },
      adminToken,
    );
    expect(createCandidate.id).toBeTruthy();
    expect(runPlan.totalCost).toBe(ADOPTED_COST);
    await graphql("mutation ($id: ID!) { adoptPlan(id: $id) { id } }", { id: runPlan.id }, adminToken);
    const api = await apiGlance(adminToken, ADOPTED_YEAR);
    expect(api.plans.filter((p) => p.status === "ADOPTED").map((p) => p.id)).toEqual([runPlan.id]);

    await openHome(page, ADOPTED_YEAR);
    await page.getByTestId("home-plan-adopted").waitFor();
    // 40.000.000 of 100.000.000: 40%.
    expect(await textOf(page, "home-plan-used")).toBe(msg("home.plan.used", { percent: 40 }));
    await expectFigures(page, api, ADOPTED_YEAR);
    expect(admin.pageErrors).toEqual([]);
  });

  test("another year from the selector shows that year's figures", async () => {
    const { page } = admin;
    const other = PLAN_YEAR - 1;
    const api = await apiGlance(adminToken, other);
    await openHome(page, null);
    await pickOption(page, "home-year", String(other));
    await page.waitForURL((url) => url.searchParams.get("year") === String(other));
    await eventually(async () => {
      expect(await page.getByTestId("home-card-planning").textContent()).toContain(msg("home.plan.title", { year: other }));
      expect(await page.getByTestId("home-employees-count").count()).toBe(1);
    });
    await page.getByTestId("home-plan-status").or(page.getByTestId("home-plan-detail")).first().waitFor();
    await expectFigures(page, api, other);
    expect(admin.pageErrors).toEqual([]);
  });

  test("each card leads to its stage's page, on the same year", async () => {
    const { page } = admin;
    /** The stage's path, and its `year` parameter (null: none). */
    const at = (path: string, year: number | null) => (url: URL) => url.pathname === path && url.searchParams.get("year") === (year === null ? null : String(year));
    const stages: { id: string; url: (url: URL) => boolean; shows: () => Promise<void> }[] = [
      { id: "employees", url: at("/employees", null), shows: () => page.getByTestId("employees-table").waitFor() },
      { id: "needs", url: at("/needs/heatmap", ASSESSMENT_YEAR), shows: () => page.getByTestId("needs-heatmap").waitFor() },
      {
        id: "planning",
        url: at("/planning", PLAN_YEAR),
        shows: () => page.locator(".ant-select", { has: page.locator("input[id='plan-year']") }).getByTitle(String(PLAN_YEAR), { exact: true }).waitFor(),
      },
      { id: "delivery", url: at("/delivery", ASSESSMENT_YEAR), shows: () => page.getByTestId("programmes-table").waitFor() },
      { id: "compliance", url: at("/compliance", ASSESSMENT_YEAR), shows: () => page.getByTestId("compliance-year").waitFor() },
      { id: "surveys", url: at("/surveys", null), shows: () => page.getByTestId("survey-period").waitFor() },
      { id: "budget", url: at("/budget", ASSESSMENT_YEAR), shows: () => page.getByTestId("budget-totals").waitFor() },
    ];
    for (const stage of stages) {
      await openHome(page, PLAN_YEAR);
      await page.getByTestId(`home-link-${stage.id}`).click();
      await page.waitForURL(stage.url);
      await stage.shows();
    }
    // And back through the menu.
    await page.getByTestId("nav-home").click();
    await page.waitForURL((url) => url.pathname === "/");
    await page.getByTestId("home-employees-count").waitFor();
    expect(admin.pageErrors).toEqual([]);
  });

  test("in English the page reads Home, with numbers written the English way", async () => {
    const { page } = admin;
    const api = await apiGlance(adminToken, PLAN_YEAR);
    await openHome(page, PLAN_YEAR);
    const languageSwitch = page.getByTestId("language-switch");
    await languageSwitch.getByText(msg("language.short.en"), { exact: true }).click();
    await page.getByRole("heading", { level: 2, name: msg("home.title", {}, "en") }).waitFor();
    expect(await textOf(page, "home-employees-count")).toBe(api.employees.toLocaleString("en-GB"));
    expect(await textOf(page, "home-needs-count")).toBe(api.needs.toLocaleString("en-GB"));
    expect(await page.getByTestId("home-card-planning").textContent()).toContain(msg("home.plan.title", { year: PLAN_YEAR }, "en"));
    expect(await page.getByTestId("home-card-budget").textContent()).toContain(msg("home.budget.title", { year: ASSESSMENT_YEAR }, "en"));
    expect(((await page.getByTestId("nav-home").textContent()) ?? "").trim()).toBe(msg("home.nav", {}, "en"));
    // Back to Indonesian for the tests that follow (the choice is remembered).
    await languageSwitch.getByText(msg("language.short.id"), { exact: true }).click();
    await page.getByRole("heading", { level: 2, name: msg("home.title") }).waitFor();
  });

  test("the operator of Dinas Kesehatan sees the figures of their unit, as the API gives them to the operator", async () => {
    const { page } = operator;
    const api = await apiGlance(operatorToken, PLAN_YEAR);
    const city = await apiGlance(adminToken, PLAN_YEAR);
    expect(api.employees).toBeGreaterThan(0);
    expect(api.employees).toBeLessThan(city.employees);
    expect(api.needs).toBeLessThan(city.needs);

    await openHome(page, null);
    expect(await textOf(page, "home-scope")).toContain(msg("home.scope.unit", { unit: "Dinas Kesehatan" }));
    await expectFigures(page, api, PLAN_YEAR);
    expect(operator.pageErrors).toEqual([]);
  });

  test("on a phone the cards stack in one column within the width, and Beranda is first in the menu drawer", async () => {
    const { page } = operator;
    await page.setViewportSize({ width: 390, height: 844 });
    await openHome(page, PLAN_YEAR);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const boxes = await Promise.all(["employees", "needs", "planning", "delivery"].map((id) => page.getByTestId(`home-card-${id}`).boundingBox()));
    for (const box of boxes) {
      expect(box).not.toBeNull();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 390).toBe(true);
    }
    // One column: each card starts below the one before.
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.y).toBeGreaterThan(boxes[i - 1]!.y + boxes[i - 1]!.height - 1);

    await page.getByTestId("menu-open").click();
    const firstItem = page.getByTestId("side-menu").locator(".ant-menu-item").first();
    expect(((await firstItem.textContent()) ?? "").trim()).toBe(msg("home.nav"));
    await page.getByTestId("nav-needs").click();
    await page.waitForURL(/\/needs\//);
    // The drawer closes itself after a navigation (with an animation): open it again only once it has gone, or the
    // second click lands on the closing drawer.
    await page.getByTestId("nav-home").waitFor({ state: "hidden" });
    await page.getByTestId("menu-open").click();
    await page.getByTestId("nav-home").click();
    await page.waitForURL((url) => url.pathname === "/");
    await page.getByTestId("home-employees-count").waitFor();
    expect(operator.pageErrors).toEqual([]);
  });
});
