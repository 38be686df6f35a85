import type { Locator, Page } from "playwright-core";
import { openBrowser, type Browser } from "./support/browser";
import { skmSampleSize } from "@bina/domain";
import { apiToken, escapeRegExp, eventually, graphql, msg, pickOption, signIn } from "./support/app";

/**
 * The SKM stage end to end (issue 9): a citizen answers the public survey on a phone, with no login, and the admin's
 * dashboard counts the response; the admin sees a unit's IKM change across periods and a weak element's reason among
 * the 2026 cycle's ranked needs (PUBLIC_SERVICE). The demo data: twelve service units over 2025-2, 2026-1 (closed) and
 * 2026-2 (open today, 2026-11-30); Disdukcapil's U7 improves in 2026-2; Kecamatan Tingkir's U7 is weak in 2026-1.
 */

/** A demo service unit the citizen answers for (its public address is `/survey/<code>`). */
const CITIZEN_UNIT = "pkm-cebongan";
/** The unit whose IKM rises in the demo's 2026-2 after its staff's training. */
const IMPROVING_UNIT = "disdukcapil";
/** The kecamatan whose staff behaviour (U7) is weak in 2026-1, and its organisational unit. */
const WEAK_ORG_UNIT = "337302";
const NEEDS_YEAR = 2026;

interface ApiPeriod {
  readonly id: string;
  readonly code: string;
  readonly status: "OPEN" | "CLOSED";
}
interface ApiResult {
  readonly serviceUnit: { readonly id: string; readonly code: string };
  readonly respondents: number;
  readonly ikm: number | null;
  readonly band: string | null;
}
interface ApiPoint {
  readonly period: { readonly code: string };
  readonly ikm: number | null;
  readonly band: string | null;
  readonly respondents: number;
}

const apiPeriods = async (token: string) =>
  (await graphql<{ surveyPeriods: ApiPeriod[] }>("{ surveyPeriods { id code status } }", {}, token)).surveyPeriods;

const apiResults = async (token: string, periodId: string) =>
  (
    await graphql<{ ikmResults: { edges: { node: ApiResult }[] } }>(
      "query ($p: ID!) { ikmResults(periodId: $p, first: 100) { edges { node { serviceUnit { id code } respondents ikm band } } } }",
      { p: periodId },
      token,
    )
  ).ikmResults.edges.map((e) => e.node);

const apiServiceUnit = async (token: string, code: string) => {
  const { serviceUnits } = await graphql<{ serviceUnits: { edges: { node: { id: string; code: string; name: string; surveyUrl: string } }[] } }>(
    "query ($q: String) { serviceUnits(search: $q, first: 20) { edges { node { id code name surveyUrl } } } }",
    { q: code },
    token,
  );
  const unit = serviceUnits.edges.map((e) => e.node).find((u) => u.code === code);
  if (!unit) throw new Error(`the demo data has no service unit ${code}`);
  return unit;
};

/** How far the page scrolls sideways (0 when it fits the screen). */
const sidewaysScroll = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The respondents the dashboard's ranking shows for a service unit (its sample bar's data). */
async function dashboardRespondents(page: Page, code: string): Promise<number> {
  const row = page.getByTestId("ikm-ranking").locator("tr.ant-table-row", { has: page.locator(`[data-testid='ikm-unit-link'][data-code='${code}']`) });
  return Number(await row.getByTestId("ikm-unit-sample").getAttribute("data-respondents"));
}

/**
 * Picks an organisational unit in the form's unit picker (an antd TreeSelect, input `#unitId`) by typing its name, and
 * waits until the control shows it; tried again (three times at most) when a click lands while the dropdown opens.
 */
async function pickUnit(page: Page, name: string): Promise<void> {
  const control = page.locator(".ant-select", { has: page.locator("input[id='unitId']") });
  for (let attempt = 1; ; attempt++) {
    await control.click();
    await page.locator("input[id='unitId']").fill(name);
    const tree = page.locator(".ant-tree-select-dropdown:not(.ant-select-dropdown-hidden)").getByRole("tree");
    await tree.locator(".ant-select-tree-title").filter({ hasText: new RegExp(`^${escapeRegExp(name)}$`) }).click();
    try {
      await control.getByTitle(name, { exact: true }).waitFor({ timeout: attempt < 3 ? 8_000 : 30_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      await page.keyboard.press("Escape");
    }
  }
}

const numberIn = async (locator: Locator, attribute: string): Promise<number> => Number(await locator.getAttribute(attribute));

describe("SKM: the public survey on a phone, the IKM dashboard, a unit's trend and the closed loop into next year's needs", () => {
  let admin: Browser;
  let token: string;
  let open: ApiPeriod;

  beforeAll(async () => {
    token = await apiToken("admin");
    const periods = await apiPeriods(token);
    const found = periods.find((p) => p.status === "OPEN" && p.code === "2026-2");
    if (!found) throw new Error(`the demo data has no open 2026-2 period: ${JSON.stringify(periods)}`);
    open = found;
    admin = await openBrowser();
    await signIn(admin.page, "admin");
  });

  afterAll(async () => {
    await admin?.close();
  });

  test("a citizen on a 390×844 phone answers the public survey without logging in; the admin's dashboard counts one respondent more", async () => {
    const unit = await apiServiceUnit(token, CITIZEN_UNIT);
    const before = (await apiResults(token, open.id)).find((r) => r.serviceUnit.code === CITIZEN_UNIT);
    expect(before).toBeDefined();

    // The admin's dashboard of the open period shows the API's count for the unit.
    const { page } = admin;
    await page.goto(`/surveys?period=${open.id}`);
    await page.getByTestId("ikm-unit-name").first().waitFor();
    await eventually(async () => expect(await dashboardRespondents(page, CITIZEN_UNIT)).toBe(before!.respondents));
    const cityBefore = Number(((await page.getByTestId("ikm-respondents").locator(".ant-statistic-content-value").textContent()) ?? "").replace(/\D/g, ""));

    // The citizen: a fresh browser (no session), a phone's viewport, the address printed on the unit's poster.
    const citizen = await openBrowser();
    try {
      const phone = citizen.page;
      await phone.setViewportSize({ width: 390, height: 844 });
      const response = await phone.goto(unit.surveyUrl);
      expect(response?.status()).toBe(200);
      await phone.getByRole("heading", { level: 1, name: "Survei Kepuasan Masyarakat" }).waitFor();
      await phone.getByText(unit.name).first().waitFor();
      expect(await sidewaysScroll(phone)).toBeLessThanOrEqual(0);

      // The respondent profile first.
      await phone.getByRole("group", { name: "Jenis kelamin" }).getByText("Perempuan").click();
      await phone.getByLabel("Usia").selectOption("30_39");
      await phone.getByLabel("Pendidikan terakhir").selectOption("S1");
      await phone.getByLabel("Pekerjaan").selectOption("SWASTA");
      await phone.getByLabel("Jenis layanan yang diterima").fill("Imunisasi anak");
      // Then U1..U9, each a group named by the regulation's question; answers tapped on their labels (touch targets).
      const questions = phone.locator("fieldset.q");
      expect(await questions.count()).toBe(9);
      for (let i = 1; i <= 9; i++) {
        const option = phone.locator(`label[for='u${i}-${i % 2 === 0 ? 3 : 2}']`);
        const box = await option.boundingBox();
        expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
        await option.click();
        expect(await phone.locator(`#u${i}-${i % 2 === 0 ? 3 : 2}`).isChecked()).toBe(true);
      }
      await phone.getByLabel("Saran dan masukan (tidak wajib)").fill("Antrean cukup tertib, terima kasih.");
      await Promise.all([phone.waitForURL(new RegExp(`/survey/${CITIZEN_UNIT}/terima-kasih$`)), phone.getByRole("button", { name: "Kirim jawaban" }).click()]);
      await phone.getByRole("heading", { level: 1, name: "Terima kasih" }).waitFor();
      expect(await sidewaysScroll(phone)).toBeLessThanOrEqual(0);
      expect(citizen.pageErrors).toEqual([]);
    } finally {
      await citizen.close();
    }

    // Stored before the thank-you page: the API and the dashboard count it at once.
    const after = (await apiResults(token, open.id)).find((r) => r.serviceUnit.code === CITIZEN_UNIT);
    expect(after!.respondents).toBe(before!.respondents + 1);
    await page.reload();
    await page.getByTestId("ikm-unit-name").first().waitFor();
    await eventually(async () => expect(await dashboardRespondents(page, CITIZEN_UNIT)).toBe(before!.respondents + 1));
    await eventually(async () =>
      expect(Number(((await page.getByTestId("ikm-respondents").locator(".ant-statistic-content-value").textContent()) ?? "").replace(/\D/g, ""))).toBe(cityBefore + 1),
    );
    expect(admin.pageErrors).toEqual([]);
  });

  test("the dashboard ranks the units weakest first with their bands; a unit's page shows its IKM rising across periods, its elements and before/after training", async () => {
    const { page } = admin;
    const results = await apiResults(token, open.id);
    const withIkm = results.filter((r) => r.ikm !== null);
    await page.goto(`/surveys?period=${open.id}`);
    await page.getByTestId("ikm-unit-name").first().waitFor();
    // The ranking: the API's order (weakest first), IKM and band per row.
    const shown = await page.getByTestId("ikm-unit-ikm").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-ikm"))));
    expect(shown.slice(0, withIkm.length)).toEqual(withIkm.map((r) => r.ikm));
    expect(shown.slice(0, withIkm.length)).toEqual([...shown.slice(0, withIkm.length)].sort((a, b) => a - b));
    expect(await page.getByTestId("ikm-unit-band").evaluateAll((els) => els.map((e) => e.getAttribute("data-band")))).toEqual(withIkm.map((r) => r.band));
    // The city's nine elements.
    expect(await page.getByTestId("ikm-city-elements").locator("li").count()).toBe(9);

    // The improving unit: from the ranking to its page.
    const unit = await apiServiceUnit(token, IMPROVING_UNIT);
    const { ikmTrend } = await graphql<{ ikmTrend: ApiPoint[] }>(
      "query ($id: ID!) { ikmTrend(serviceUnitId: $id) { period { code } ikm band respondents } }",
      { id: unit.id },
      token,
    );
    const byCode = new Map(ikmTrend.map((p) => [p.period.code, p]));
    const first = byCode.get("2026-1");
    const second = byCode.get("2026-2");
    expect(first?.ikm).not.toBeNull();
    expect(second?.ikm).not.toBeNull();
    // The demo's story: Disdukcapil's IKM rises in 2026-2.
    expect(second!.ikm!).toBeGreaterThan(first!.ikm!);

    await page.locator(`[data-testid='ikm-unit-link'][data-code='${IMPROVING_UNIT}']`).click();
    await page.waitForURL(new RegExp(`/surveys/units/${unit.id}`));
    await page.getByTestId("service-unit-name").filter({ hasText: unit.name }).waitFor();
    // The trend table and chart: every period, the API's IKM.
    const rows = page.getByTestId("ikm-trend").locator("tbody tr.ant-table-row");
    await eventually(async () => expect(await rows.count()).toBe(ikmTrend.length));
    expect(await page.getByTestId("trend-period").allTextContents()).toEqual(ikmTrend.map((p) => p.period.code));
    const trendIkm = await page.getByTestId("trend-ikm").evaluateAll((els) => els.map((e) => e.getAttribute("data-ikm")));
    expect(trendIkm).toEqual(ikmTrend.map((p) => (p.ikm === null ? "" : String(p.ikm))));
    const points = page.getByTestId("ikm-trend-chart").getByTestId("ikm-trend-point");
    expect(await points.count()).toBe(ikmTrend.filter((p) => p.ikm !== null).length);
    const chartName = (await page.getByTestId("ikm-trend-chart").locator("title").textContent()) ?? "";
    expect(chartName).toContain("2026-2");

    // Its elements: U7 weak (C or D) in 2026-1, no longer in 2026-2 (the period open today, shown first).
    await eventually(async () => expect(await page.getByTestId("unit-period-elements").getByTestId("ikm-element-U7").getAttribute("data-band")).toMatch(/^[AB]$/));
    await page.locator(".ant-select", { has: page.locator("input#elements-period") }).click();
    await page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option").filter({ hasText: /^2026-1$/ }).click();
    await page.waitForURL(/period=/);
    await eventually(async () => expect(await page.getByTestId("unit-period-elements").getByTestId("ikm-element-U7").getAttribute("data-band")).toMatch(/^[CD]$/));
    expect(await numberIn(page.getByTestId("unit-period-ikm"), "data-ikm")).toBe(first!.ikm);

    // Before and after its staff's 2026 training: the analysts' query, as the page shows it.
    const { ikmBeforeAfterTraining } = await graphql<{ ikmBeforeAfterTraining: { edges: { node: { serviceUnit: { id: string }; trainedStaff: number; change: number | null } }[] } }>(
      "query { ikmBeforeAfterTraining(year: 2026, first: 100) { edges { node { serviceUnit { id } trainedStaff change } } } }",
      {},
      token,
    );
    const row = ikmBeforeAfterTraining.edges.map((e) => e.node).find((n) => n.serviceUnit.id === unit.id);
    if (row && row.trainedStaff > 0) {
      await page.getByTestId("unit-before-after").waitFor();
      expect(await page.getByTestId("unit-ikm-change").getAttribute("data-change")).toBe(row.change === null ? "" : String(row.change));
    } else {
      await page.getByTestId("unit-before-after-none").waitFor();
    }

    // The QR posters: one per period, from the API's route, a PDF.
    const poster = page.getByTestId("poster-2026-2");
    expect(await poster.getAttribute("href")).toBe(`/survey/${IMPROVING_UNIT}/poster.pdf?period=2026-2`);
    const pdf = await page.request.get(`/survey/${IMPROVING_UNIT}/poster.pdf?period=2026-2`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toContain("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    expect(admin.pageErrors).toEqual([]);
  });

  test("a weak element of 2026-1 shows with its reason in the PUBLIC_SERVICE part of the 2026 cycle's ranked needs", async () => {
    const { page } = admin;
    const { units } = await graphql<{ units: { id: string; code: string }[] }>("{ units { id code } }", {}, token);
    const orgUnit = units.find((u) => u.code === WEAK_ORG_UNIT);
    expect(orgUnit).toBeDefined();
    type Need = { employee: { id: string }; competency: { id: string }; parts: { factor: string; reason: string | null; value: number }[] };
    const ranked = async (filter: Record<string, unknown>) =>
      (
        await graphql<{ rankedNeeds: { edges: { node: Need }[] } }>(
          "query ($f: NeedsFilter!) { rankedNeeds(filter: $f, first: 100) { edges { node { employee { id } competency { id } parts { factor reason value } } } } }",
          { f: filter },
          token,
        )
      ).rankedNeeds.edges.map((e) => e.node);
    const reasonOf = (n: Need) => n.parts.find((p) => p.factor === "PUBLIC_SERVICE")?.reason ?? null;
    const withReason = (await ranked({ year: NEEDS_YEAR, unitId: orgUnit!.id })).find((n) => reasonOf(n) !== null);
    expect(withReason).toBeDefined();
    const reason = reasonOf(withReason!)!;
    expect(reason).toMatch(/U7 staff behaviour, NRR \d\.\d+, band [CD], period 2026-1/);
    expect(withReason!.parts.find((p) => p.factor === "PUBLIC_SERVICE")!.value).toBeGreaterThan(0);

    // The same need in the app: the unit and competency filtered, its row expanded, the reason under the factor.
    const filter = { year: NEEDS_YEAR, unitId: orgUnit!.id, competencyId: withReason!.competency.id };
    const index = (await ranked(filter)).findIndex((n) => n.employee.id === withReason!.employee.id);
    expect(index).toBeGreaterThanOrEqual(0);
    expect(index).toBeLessThan(20);
    await page.goto(`/needs/priorities?year=${NEEDS_YEAR}&unit=${orgUnit!.id}&competency=${withReason!.competency.id}`);
    const rows = page.getByTestId("priorities-table").locator("tbody tr.ant-table-row");
    await eventually(async () => expect(await rows.count()).toBeGreaterThan(index));
    await rows.nth(index).getByTestId("need-expand").click();
    const shownReason = page.getByTestId("priority-part-reason-PUBLIC_SERVICE").first();
    await shownReason.waitFor();
    expect((await shownReason.textContent())?.trim()).toBe(reason);
    expect(await page.getByTestId("priority-parts").first().textContent()).toContain(msg("enum.PriorityFactor.PUBLIC_SERVICE"));
    expect(admin.pageErrors).toEqual([]);
  });
  test("on a phone the dashboard, a unit's page and the settings fit the width", async () => {
    const { page } = admin;
    const unit = await apiServiceUnit(token, IMPROVING_UNIT);
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      for (const [path, shown] of [
        ["/surveys", "ikm-unit-name"],
        [`/surveys/units/${unit.id}`, "service-unit-posters"],
        ["/surveys/settings", "service-unit-link"],
      ] as const) {
        await page.goto(path);
        await page.getByTestId(shown).first().waitFor();
        await page.waitForFunction(() => document.querySelectorAll(".ant-spin-spinning").length === 0);
        const wide = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>("body *")]
            .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5 && el.getClientRects().length > 0)
            .slice(0, 5)
            .map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`),
        );
        // The page itself never scrolls sideways (wide tables scroll inside their own box).
        expect({ path, overflow: Math.max(0, await sidewaysScroll(page)), wide: (await sidewaysScroll(page)) > 0 ? wide : [] }).toEqual({ path, overflow: 0, wide: [] });
      }
    } finally {
      await page.setViewportSize({ width: 1400, height: 900 });
    }
  });

  test("settings: the administrator registers a service unit (required sample from its yearly users, a taken code refused), opens a period and meets a clear conflict on a stale one; an analyst only reads, an operator manages its subtree's units", async () => {
    const { page } = admin;
    const suffix = String(Date.now()).slice(-6);
    const name = `Pelayanan Uji ${suffix}`;
    const code = `pelayanan-uji-${suffix}`;
    const { units } = await graphql<{ units: { id: string; code: string; name: string }[] }>("{ units { id code name } }", {}, token);
    const orgUnit = units.find((u) => u.code === "337301.01")!;

    await page.goto("/surveys/settings");
    await page.getByTestId("service-unit-link").first().waitFor();
    await page.getByTestId("service-unit-new").click();
    await page.getByTestId("service-unit-form").waitFor();
    await page.locator("input#name").fill(name);
    // The code follows the name (the public URL slug).
    await eventually(async () => expect(await page.locator("input#code").inputValue()).toBe(code));
    await pickOption(page, "kind", msg("enum.ServiceUnitKind.VILLAGE"));
    await pickUnit(page, orgUnit.name);
    await page.locator("input#yearlyUsers").fill("3000");
    await eventually(async () =>
      expect(await page.getByTestId("service-unit-form").getByTestId("service-unit-required-sample").textContent()).toBe(
        msg("surveys.unit.requiredSampleValue", { sample: skmSampleSize(3000) }),
      ),
    );
    await page.getByTestId("service-unit-submit").click();
    await page.getByTestId("service-unit-form").waitFor({ state: "detached" });
    await page.locator("input#service-unit-search").fill(code);
    await page.locator("input#service-unit-search").press("Enter");
    await eventually(async () => expect(await page.getByTestId("service-unit-code").allTextContents()).toEqual([code]));
    expect(await page.getByTestId("service-unit-sample").textContent()).toBe(String(skmSampleSize(3000)));
    const saved = await apiServiceUnit(token, code);
    expect(saved.surveyUrl).toBe(`/survey/${code}`);

    // A second unit with the same code: refused beside the code, nothing saved.
    await page.getByTestId("service-unit-new").click();
    await page.locator("input#name").fill(`${name} Dua`);
    await page.locator("input#code").fill(code);
    await pickOption(page, "kind", msg("enum.ServiceUnitKind.OTHER"));
    await pickUnit(page, orgUnit.name);
    await page.locator("input#yearlyUsers").fill("500");
    await page.getByTestId("service-unit-submit").click();
    await eventually(async () => expect(await page.getByTestId("code-error").textContent()).toBe(msg("surveys.form.codeTaken")));
    // Closed with its Cancel button: Escape reaches the dialog only while the focus is inside it, and the OK button,
    // disabled while the form is sent, can drop the focus to the page.
    await page.getByRole("dialog").getByRole("button", { name: msg("common.cancel"), exact: true }).click();
    await page.getByTestId("service-unit-form").waitFor({ state: "detached" });

    // A period far from the demo's: opened from the form, then closed elsewhere while this page still shows it open.
    const year = 2030;
    await page.getByTestId("survey-period-new").click();
    await page.locator("input#year").fill(String(year));
    await page.getByTestId("half-1").click();
    await page.getByTestId("survey-period-submit").click();
    await page.getByTestId("survey-period-form").waitFor({ state: "detached" });
    const periodRow = page.getByTestId("survey-periods-table").locator("tr.ant-table-row", { has: page.getByText(`${year}-1`, { exact: true }) });
    await eventually(async () => expect(await periodRow.getByTestId("survey-period-state").getAttribute("data-status")).toBe("OPEN"));
    const created = (await graphql<{ surveyPeriods: { id: string; code: string; version: number }[] }>(`{ surveyPeriods(year: ${year}) { id code version } }`, {}, token)).surveyPeriods.find(
      (p) => p.code === `${year}-1`,
    )!;
    await graphql("mutation ($id: ID!, $v: Int!) { closeSurveyPeriod(id: $id, version: $v) { id } }", { id: created.id, v: created.version }, token);
    await periodRow.getByTestId("survey-period-close").click();
    await page.getByTestId("survey-period-confirm").click();
    await page.getByTestId("survey-period-conflict").waitFor();
    expect(await page.getByTestId("survey-period-error").textContent()).toContain(msg("errors.app.STALE_VERSION"));
    // The list reloaded: the period shows as closed, and reopening it (with the version now read) works.
    await eventually(async () => expect(await periodRow.getByTestId("survey-period-state").getAttribute("data-status")).toBe("CLOSED"));
    await periodRow.getByTestId("survey-period-reopen").click();
    await page.getByTestId("survey-period-confirm").click();
    await eventually(async () => expect(await periodRow.getByTestId("survey-period-state").getAttribute("data-status")).toBe("OPEN"));

    // An analyst reads the registry and the periods, with no button to change them.
    await page.getByTestId("logout").click();
    await signIn(page, "analyst");
    await page.goto("/surveys/settings");
    await page.getByTestId("service-unit-link").first().waitFor();
    await page.getByTestId("survey-period-code").first().waitFor();
    expect(await page.getByTestId("service-unit-new").count()).toBe(0);
    expect(await page.getByTestId("service-unit-edit").count()).toBe(0);
    expect(await page.getByTestId("survey-period-new").count()).toBe(0);
    expect(await page.getByTestId("survey-period-close").count()).toBe(0);

    // An operator: its subtree's service units (as the API scopes them), which it may add to and edit; no period buttons.
    const operatorToken = await apiToken("operator");
    const scoped = await graphql<{ serviceUnits: { totalCount: number } }>("{ serviceUnits(first: 1) { totalCount } }", {}, operatorToken);
    const all = await graphql<{ serviceUnits: { totalCount: number } }>("{ serviceUnits(first: 1) { totalCount } }", {}, token);
    expect(scoped.serviceUnits.totalCount).toBeLessThan(all.serviceUnits.totalCount);
    await page.getByTestId("logout").click();
    await signIn(page, "operator");
    await page.goto("/surveys/settings");
    await page.getByTestId("service-unit-new").waitFor();
    await eventually(async () =>
      expect(Number(((await page.getByTestId("service-units-total").textContent()) ?? "").replace(/\D/g, ""))).toBe(scoped.serviceUnits.totalCount),
    );
    expect(await page.getByTestId("service-unit-edit").count()).toBe(Math.min(20, scoped.serviceUnits.totalCount));
    expect(await page.getByTestId("survey-period-new").count()).toBe(0);
    expect(await page.getByTestId("survey-period-close").count()).toBe(0);
    expect(admin.pageErrors).toEqual([]);
  });
});
