import type { Locator, Page } from "playwright-core";
import { openBrowser, type Browser } from "./support/browser";
import { apiToken, eventually, graphql, msg, pickOption, signIn } from "./support/app";

/** The plan year of the demo proposals and candidates, and the year of the demo assessments. */
const PLAN_YEAR = 2027;
const ASSESSMENT_YEAR = 2026;
const CEILING = 1_500_000_000;
/** Below the three mandatory programmes together (Rp 614.000.000). */
const LOW_CEILING = 100_000_000;
/** The estimated cost of the candidate made from this run's proposal. */
const CANDIDATE_COST = 45_000_000;
/** A title only this run uses (the database is shared by the files of one run). */
const TITLE = `Pelatihan Ujicoba E2E ${Date.now()}`;

interface ApiProposal {
  readonly id: string;
  readonly title: string;
  readonly status: "SUBMITTED" | "ACCEPTED" | "RETURNED";
  readonly unit: { readonly name: string };
  readonly candidate: { readonly id: string; readonly title: string; readonly cost: number; readonly year: number } | null;
}
interface ApiPlan {
  readonly id: string;
  readonly version: number;
  readonly status: "DRAFT" | "ADOPTED" | "SUPERSEDED";
  readonly ceiling: number;
  readonly totalCost: number;
}
interface ApiCell {
  readonly unit: { readonly code: string; readonly name: string };
  readonly competency: { readonly code: string };
  readonly employeesWithStandard: number;
  readonly employeesAssessed: number;
  readonly employeesInNeed: number;
}

const apiProposals = async (token: string): Promise<ApiProposal[]> =>
  (
    await graphql<{ trainingProposals: { edges: { node: ApiProposal }[] } }>(
      `query ($year: Int!) {
        trainingProposals(filter: { year: $year }, first: 100) { edges { node { id title status unit { name } candidate { id title cost year } } } }
      }`,
      { year: PLAN_YEAR },
      token,
    )
  ).trainingProposals.edges.map((e) => e.node);

const apiPlans = async (token: string): Promise<ApiPlan[]> =>
  (
    await graphql<{ plans: { edges: { node: ApiPlan }[] } }>(
      "query ($year: Int!) { plans(filter: { year: $year }, first: 100) { edges { node { id version status ceiling totalCost } } } }",
      { year: PLAN_YEAR },
      token,
    )
  ).plans.edges.map((e) => e.node);

/** The body rows of the antd table with test id `testId`. */
const rowsOf = (page: Page, testId: string): Locator => page.getByTestId(testId).locator("tbody tr.ant-table-row");

/** `1500000000` → `1.500.000.000`, as a person types a ceiling. */
const dotted = (amount: number): string => amount.toLocaleString("id-ID");

/** An operator proposes training, the administrator accepts it, plans the year within a ceiling and adopts the plan; the heatmap. */
describe("needs and planning", () => {
  let operator: Browser;
  let admin: Browser;
  let adminToken: string;
  let competency: { code: string; name: string };

  beforeAll(async () => {
    adminToken = await apiToken("admin");
    const { competencies } = await graphql<{ competencies: { code: string; name: string }[] }>(
      "query { competencies(includeInactive: false) { code name } }",
      {},
      adminToken,
    );
    const first = [...competencies].sort((a, b) => a.code.localeCompare(b.code))[0];
    if (!first) throw new Error("the demo data has no competencies");
    competency = first;
    operator = await openBrowser();
    admin = await openBrowser();
    await signIn(operator.page, "operator");
    await signIn(admin.page, "admin");
  });

  afterAll(async () => {
    await operator?.close();
    await admin?.close();
  });

  test("an operator submits a proposal for their unit and sees it as submitted, with no way to accept it", async () => {
    const { page } = operator;
    await page.getByTestId("nav-needs").click();
    await page.getByTestId("needs-tab-proposals").click();
    await page.waitForURL(/\/needs\/proposals/);
    await page.getByTestId("proposal-new").click();

    const form = page.getByTestId("proposal-form");
    await form.waitFor();
    // Their own unit is preselected.
    await page.locator(".ant-select", { has: page.locator("input[id='unitId']") }).getByTitle("Dinas Kesehatan", { exact: true }).waitFor();
    await pickOption(page, "year", String(PLAN_YEAR));
    // The competency list is long (and virtual): search by code first; the pick is checked (and tried again) like any.
    await pickOption(page, "competencyId", `${competency.code} · ${competency.name}`, competency.code);
    await page.locator("#title").fill(TITLE);
    await page.locator("#participants").fill("12");
    await page.locator("#jp").fill("24");
    await page.locator("#justification").fill("Uji coba otomatis: kebutuhan pelatihan dari hasil asesmen unit.");
    await page.getByTestId("proposal-submit").click();
    await form.waitFor({ state: "detached" });
    await page.getByText(msg("proposals.submitted")).waitFor();

    const row = rowsOf(page, "proposals-table").filter({ has: page.getByTestId("proposal-title").filter({ hasText: TITLE }) });
    await row.getByTestId("proposal-status").filter({ hasText: msg("enum.ProposalStatus.SUBMITTED") }).waitFor();
    expect(await row.textContent()).toContain("Dinas Kesehatan");
    expect(await page.getByTestId("proposal-accept").count()).toBe(0);
    expect(await page.getByTestId("proposal-return").count()).toBe(0);

    const saved = (await apiProposals(adminToken)).filter((p) => p.title === TITLE);
    expect(saved.map((p) => [p.status, p.unit.name])).toEqual([["SUBMITTED", "Dinas Kesehatan"]]);
    expect(operator.pageErrors).toEqual([]);
  });

  test("the administrator accepts the proposal in the inbox, sees it accepted, and makes it a candidate in one action", async () => {
    const { page } = admin;
    await page.getByTestId("nav-needs").click();
    await page.getByTestId("needs-tab-proposals").click();
    await page.waitForURL(/\/needs\/proposals/);
    const titled = (p: Page) => rowsOf(p, "proposals-table").filter({ has: p.getByTestId("proposal-title").filter({ hasText: TITLE }) });
    await titled(page).getByTestId("proposal-status").filter({ hasText: msg("enum.ProposalStatus.SUBMITTED") }).waitFor();
    await titled(page).getByTestId("proposal-accept").click();
    await page.getByText(msg("proposals.accepted", { title: TITLE })).waitFor();
    // The inbox shows the year's proposals in every status: the accepted one stays, tagged as accepted.
    await titled(page).getByTestId("proposal-status").filter({ hasText: msg("enum.ProposalStatus.ACCEPTED") }).waitFor();
    expect(await titled(page).getByTestId("proposal-accept").count()).toBe(0);

    // One action makes it a candidate programme of the plan year; only the estimated cost is asked.
    await titled(page).getByTestId("proposal-to-candidate").click();
    const form = page.getByTestId("proposal-candidate-form");
    await form.waitFor();
    // The modal opens with an animation; the cost field being ready means its form is mounted and validates.
    await page.locator("#cost").waitFor();
    await page.getByTestId("proposal-candidate-submit").click();
    await page.getByTestId("cost-error").waitFor();
    await page.locator("#cost").fill(dotted(CANDIDATE_COST));
    await page.getByTestId("proposal-candidate-submit").click();
    await form.waitFor({ state: "detached" });
    await titled(page).getByTestId("proposal-candidate").waitFor();
    expect(await titled(page).getByTestId("proposal-to-candidate").count()).toBe(0);

    // Filtered to what still waits for a decision, the accepted proposal leaves the list.
    const control = page.locator(".ant-select", { has: page.locator("input[id='filter-status']") });
    await control.click();
    await page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option").filter({ hasText: msg("enum.ProposalStatus.SUBMITTED") }).click();
    await page.keyboard.press("Escape");
    await page.waitForURL(/status=SUBMITTED/);
    await titled(page).waitFor({ state: "detached" });

    const saved = (await apiProposals(adminToken)).filter((p) => p.title === TITLE);
    expect(saved.map((p) => [p.status, p.candidate?.title, p.candidate?.cost, p.candidate?.year])).toEqual([["ACCEPTED", TITLE, CANDIDATE_COST, PLAN_YEAR]]);
    expect(admin.pageErrors).toEqual([]);
  });

  test("the administrator runs the optimiser within a ceiling, sees why each candidate is left out, and adopts the plan", async () => {
    const { page } = admin;
    await page.goto(`/planning?year=${PLAN_YEAR}`);
    const before = await apiPlans(adminToken);

    await page.getByTestId("plan-ceiling").fill(dotted(CEILING));
    await page.getByTestId("plan-run").click();
    await page.waitForURL((url) => !!url.searchParams.get("plan") && !before.some((p) => p.id === url.searchParams.get("plan")));
    const planId = new URL(page.url()).searchParams.get("plan") ?? "";
    const view = page.locator(`[data-testid="plan-view"][data-plan-id="${planId}"]`);
    await view.getByTestId("plan-status").filter({ hasText: msg("enum.PlanStatus.DRAFT") }).first().waitFor();
    expect(await view.getByTestId("plan-ceiling-value").textContent()).toContain(dotted(CEILING));

    const selected = rowsOf(page, "plan-selected");
    const leftOut = rowsOf(page, "plan-left-out");
    await selected.first().waitFor();
    const selectedCount = await selected.count();
    const leftOutCount = await leftOut.count();
    expect(selectedCount).toBeGreaterThan(0);
    // All candidates together cost about Rp 2,1 billion: some must be left out.
    expect(leftOutCount).toBeGreaterThan(0);
    const outReasons = [
      msg("enum.PlanItemReason.OVER_REMAINING_BUDGET"),
      msg("enum.PlanItemReason.LOWER_VALUE_FOR_COST"),
      msg("enum.PlanItemReason.COVERED_BY_CHOSEN"),
    ];
    for (let i = 0; i < leftOutCount; i++) {
      const reason = leftOut.nth(i).getByTestId("plan-reason");
      expect(outReasons).toContain(((await reason.textContent()) ?? "").trim());
      expect(((await leftOut.nth(i).getByTestId("plan-reason-help").textContent()) ?? "").trim()).not.toBe("");
    }
    // The explanation is facts rendered in the reader's language: every line filled in, none left as a key.
    const facts = await view.getByTestId("plan-explanation").locator("li").allTextContents();
    expect(facts.length).toBeGreaterThanOrEqual(4);
    expect(facts.join("\n")).not.toMatch(/\{\w+\}|plan\.facts|enum\./);
    expect(facts[1]).toContain(dotted(CEILING));
    const inReasons = [msg("enum.PlanItemReason.MANDATORY"), msg("enum.PlanItemReason.SELECTED")];
    const selectedReasons = (await selected.getByTestId("plan-reason").allTextContents()).map((s) => s.trim());
    expect(selectedReasons.every((r) => inReasons.includes(r))).toBe(true);
    expect(selectedReasons.filter((r) => r === msg("enum.PlanItemReason.MANDATORY"))).toHaveLength(3);

    await view.getByTestId("plan-adopt").click();
    await page.getByTestId("plan-adopt-confirm").click();
    await view.getByTestId("plan-status").filter({ hasText: msg("enum.PlanStatus.ADOPTED") }).first().waitFor();
    await view.getByTestId("plan-adopt").waitFor({ state: "detached" });
    // In the versions list, the open version (its "open" button disabled) is adopted.
    const openRow = rowsOf(page, "plan-versions").filter({ has: page.locator("[data-testid='plan-open'][disabled]") });
    await openRow.getByTestId("plan-status").filter({ hasText: msg("enum.PlanStatus.ADOPTED") }).waitFor();
    expect(await rowsOf(page, "plan-versions").count()).toBe(before.length + 1);

    const plans = await apiPlans(adminToken);
    const adopted = plans.filter((p) => p.status === "ADOPTED");
    expect(adopted.map((p) => p.id)).toEqual([planId]);
    expect(adopted[0]?.ceiling).toBe(CEILING);
    expect(adopted[0]?.totalCost).toBeLessThanOrEqual(CEILING);
    expect(admin.pageErrors).toEqual([]);
  });

  test("a ceiling below the mandatory programmes is refused beside the ceiling, and no plan is made", async () => {
    const { page } = admin;
    const before = await apiPlans(adminToken);
    await page.getByTestId("plan-ceiling").fill(dotted(LOW_CEILING));
    await page.getByTestId("plan-run").click();
    const error = page.getByTestId("ceiling-error");
    await error.waitFor();
    expect(await error.textContent()).toBe(msg("errors.domain.MANDATORY_OVER_CEILING"));
    expect(await page.getByTestId("plan-run-error").count()).toBe(0);
    expect((await apiPlans(adminToken)).map((p) => p.id)).toEqual(before.map((p) => p.id));
  });

  test("the heatmap shows units × competencies and the city total, each cell counting as the API does", async () => {
    const { page } = admin;
    const { needsHeatmap } = await graphql<{ needsHeatmap: { rows: ApiCell[]; total: ApiCell[] } }>(
      `query ($filter: NeedsFilter!) {
         needsHeatmap(filter: $filter) {
           rows { unit { code name } competency { code } employeesWithStandard employeesAssessed employeesInNeed }
           total { unit { code name } competency { code } employeesWithStandard employeesAssessed employeesInNeed }
         }
       }`,
      { filter: { year: ASSESSMENT_YEAR } },
      adminToken,
    );
    const cells = needsHeatmap.rows;
    const cell = cells.find((c) => c.employeesWithStandard > 0 && c.employeesInNeed > 0);
    if (!cell) throw new Error(`the demo data has no needs in ${ASSESSMENT_YEAR}`);
    const total = needsHeatmap.total.find((c) => c.competency.code === cell.competency.code);
    if (!total) throw new Error(`no total for ${cell.competency.code}`);

    await page.goto(`/needs/heatmap?year=${ASSESSMENT_YEAR}`);
    const heatmap = page.getByTestId("needs-heatmap");
    const shown = heatmap.getByTestId(`heat-cell-${cell.unit.code}-${cell.competency.code}`);
    await eventually(async () => {
      expect(((await shown.textContent()) ?? "").trim()).toBe(`${cell.employeesInNeed}/${cell.employeesAssessed}`);
    });
    const shownTotal = heatmap.getByTestId(`heat-total-${cell.competency.code}`);
    expect(((await shownTotal.textContent()) ?? "").trim()).toBe(`${total.employeesInNeed}/${total.employeesAssessed}`);

    const units = new Set(cells.map((c) => c.unit.code));
    const competencies = new Set(cells.map((c) => c.competency.code));
    expect(units.size).toBeGreaterThanOrEqual(1);
    expect(competencies.size).toBeGreaterThanOrEqual(3);
    expect(await rowsOf(page, "needs-heatmap").count()).toBe(units.size);
    const row = rowsOf(page, "needs-heatmap").filter({ has: page.getByTestId(`heat-cell-${cell.unit.code}-${cell.competency.code}`) });
    expect(await row.locator(`[data-testid^="heat-cell-${cell.unit.code}-"]`).count()).toBe(competencies.size);
    expect(admin.pageErrors).toEqual([]);
  });

  test("the JPM list shows employees lowest first, as the API ranks them, and leads to an employee's gaps against a target position", async () => {
    const { page } = admin;
    const { jobPersonMatches } = await graphql<{
      jobPersonMatches: { totalCount: number; edges: { node: { employee: { id: string; name: string }; percent: number; mappingBand: string } }[] };
    }>(
      `query ($filter: NeedsFilter!) {
         jobPersonMatches(filter: $filter, first: 20) { totalCount edges { node { employee { id name } percent mappingBand } } }
       }`,
      { filter: { year: ASSESSMENT_YEAR } },
      adminToken,
    );
    const expected = jobPersonMatches.edges.map((e) => e.node);
    if (expected.length === 0) throw new Error(`the demo data has no JPM in ${ASSESSMENT_YEAR}`);

    await page.getByTestId("nav-needs").click();
    await page.getByTestId("needs-tab-jpm").click();
    await page.waitForURL(/\/needs\/jpm/);
    await page.getByTestId("jpm-total").filter({ hasText: msg("needs.jpm.total", { count: jobPersonMatches.totalCount }) }).waitFor();
    const names = await page.getByTestId("jpm-employee-link").allTextContents();
    expect(names).toEqual(expected.map((e) => e.employee.name));
    const bands = await page.getByTestId("jpm-mapping-band").allTextContents();
    expect(bands).toEqual(expected.map((e) => msg(`enum.MappingBand.${e.mappingBand}` as never)));

    // The lowest match: their gaps in the current position and against another one.
    await page.getByTestId("jpm-employee-link").first().click();
    await page.waitForURL(/\/needs\/target\?employee=/);
    await page.getByTestId("current-gaps").waitFor();
    await pickOption(page, "target-position-kind", msg("enum.PositionKind.ADMINISTRATOR"));
    await page.waitForURL(/tk=ADMINISTRATOR/);
    await rowsOf(page, "target-gaps-table").first().waitFor();
    expect(await rowsOf(page, "target-gaps-table").count()).toBeGreaterThan(0);
    expect(admin.pageErrors).toEqual([]);
  });
});
