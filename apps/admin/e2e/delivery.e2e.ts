import fs from "node:fs";
import type { Locator, Page } from "playwright-core";
import { openBrowser, type Browser } from "./support/browser";
import { apiEmployees, apiToken, escapeRegExp, formatNip, graphql, msg, pickOption, signIn } from "./support/app";

/** The year this test delivers: a plan year of the demo candidates (the demo's own delivery is 2026). */
const YEAR = 2027;
/** A day of that year no other test schedules (speakers' and venues' sessions must not clash). */
const DAY = `${YEAR}-08-${String(10 + (Date.now() % 15)).padStart(2, "0")}`;
const BATCH = `Angkatan E2E ${Date.now()}`;
const TOPIC = "Tata kelola data SPBE";
/** A session of 08:00-09:30 worth 2 JP: a technical training credits the sessions' JP. */
const SESSION_JP = 2;

interface ApiSpeaker {
  readonly id: string;
  readonly name: string;
  readonly institution: string;
  readonly originCity: string;
  readonly internal: boolean;
}

/** The body rows of the antd table with test id `testId`. */
const rowsOf = (page: Page, testId: string): Locator => page.getByTestId(testId).locator("tbody tr.ant-table-row");

/** The adopted plan of `year`, adopted here (run within a generous ceiling) when there is none yet. */
async function adoptedPlan(token: string, year: number): Promise<{ id: string; items: { candidateId: string; title: string; selected: boolean; mandatory: boolean }[] }> {
  const plans = async () =>
    (
      await graphql<{ plans: { edges: { node: { id: string; status: string; items: { candidateId: string; title: string; selected: boolean; mandatory: boolean }[] } }[] } }>(
        "query ($year: Int!) { plans(filter: { year: $year }, first: 100) { edges { node { id status items { candidateId title selected mandatory } } } } }",
        { year },
        token,
      )
    ).plans.edges.map((e) => e.node);
  const adopted = (await plans()).find((p) => p.status === "ADOPTED");
  if (adopted) return adopted;
  const { runPlan } = await graphql<{ runPlan: { id: string } }>(
    "mutation ($year: Int!, $ceiling: Rupiah!) { runPlan(year: $year, ceiling: $ceiling) { id } }",
    { year, ceiling: 1_500_000_000 },
    token,
  );
  await graphql("mutation ($id: ID!) { adoptPlan(id: $id) { id } }", { id: runPlan.id }, token);
  const now = (await plans()).find((p) => p.status === "ADOPTED");
  if (!now) throw new Error(`no adopted plan for ${year}`);
  return now;
}

/**
 * The delivery stage end to end, in two browsers: the administrator makes a programme from the adopted plan, schedules a
 * batch with a speaker from another city and opens it; an operator nominates a member of staff; the administrator
 * approves, runs the batch, takes attendance, completes it, downloads the certificate and verifies it on the public page.
 */
describe("delivery", () => {
  let admin: Browser;
  let operator: Browser;
  let adminToken: string;
  let item: { candidateId: string; title: string };
  let speaker: ApiSpeaker;
  let nominee: { id: string; nip: string; name: string; unit: { name: string } };
  let batchId: string;
  let certificateCode: string;

  beforeAll(async () => {
    adminToken = await apiToken("admin");
    const plan = await adoptedPlan(adminToken, YEAR);
    const { programmes } = await graphql<{ programmes: { edges: { node: { candidateId: string | null } }[] } }>(
      "query ($year: Int!) { programmes(filter: { year: $year }, first: 100) { edges { node { candidateId } } } }",
      { year: YEAR },
      adminToken,
    );
    const made = new Set(programmes.edges.map((e) => e.node.candidateId));
    const free = plan.items.find((i) => (i.selected || i.mandatory) && !made.has(i.candidateId));
    if (!free) throw new Error(`every item of the adopted ${YEAR} plan is a programme already`);
    item = free;
    const { speakers } = await graphql<{ speakers: { edges: { node: ApiSpeaker }[] } }>(
      "{ speakers(first: 100) { edges { node { id name institution originCity internal } } } }",
      {},
      adminToken,
    );
    const guest = speakers.edges.map((e) => e.node).find((s) => !s.internal && s.originCity !== "Salatiga");
    if (!guest) throw new Error("the demo data has no speaker from another city");
    speaker = guest;
    const staff = (await apiEmployees(await apiToken("operator"))).employees[0];
    if (!staff) throw new Error("the operator sees no employee");
    nominee = staff;
    admin = await openBrowser();
    operator = await openBrowser();
    await signIn(admin.page, "admin");
    await signIn(operator.page, "operator");
  });

  afterAll(async () => {
    await admin?.close();
    await operator?.close();
  });

  test("the administrator makes a programme from the adopted plan and schedules a batch with a speaker from another city", async () => {
    const { page } = admin;
    await page.getByTestId("nav-delivery").click();
    await page.waitForURL(/\/delivery$/);
    await page.goto(`/delivery?year=${YEAR}`);
    await page.getByTestId("programme-new").click();
    const form = page.getByTestId("programme-form");
    await form.waitFor();
    // "From the adopted plan" is the default source: the plan item gives the title and competencies.
    await pickOption(page, "candidateId", item.title, item.title.slice(0, 12));
    await pickOption(page, "kind", msg("enum.DevelopmentKind.TECHNICAL_TRAINING"), "teknis");
    await page.getByTestId("programme-submit").click();
    await form.waitFor({ state: "detached" });

    const row = rowsOf(page, "programmes-table").filter({ has: page.getByTestId("programme-title").filter({ hasText: new RegExp(`^${escapeRegExp(item.title)}$`) }) });
    await row.getByTestId("programme-from-plan").waitFor();
    expect(await row.getByTestId("programme-status").textContent()).toBe(msg("enum.DeliveryState.DRAFT"));

    await row.getByTestId("programme-add-batch").click();
    await page.getByTestId("batch-form").waitFor();
    await page.getByTestId("batch-name").fill(BATCH);
    for (const id of ["startsOn", "endsOn"]) {
      await page.locator(`#${id}`).fill(DAY);
      await page.locator(`#${id}`).press("Enter");
    }
    await page.getByTestId("capacity").fill("5");
    await page.getByTestId("batch-venue").fill("Aula BKPSDM E2E");
    await page.getByTestId("batch-submit").click();
    await page.waitForURL(/\/delivery\/batches\/[0-9a-f-]{36}$/);
    batchId = page.url().split("/").at(-1) ?? "";
    expect(await page.getByTestId("batch-title").textContent()).toBe(BATCH);
    expect(await page.getByTestId("batch-status").textContent()).toBe(msg("enum.DeliveryState.DRAFT"));

    await page.getByTestId("session-new").click();
    await page.getByTestId("session-form").waitFor();
    await page.getByTestId("session-topic").fill(TOPIC);
    await pickOption(page, "speakerId", `${speaker.name} · ${speaker.institution} (${speaker.originCity})`, speaker.name);
    await page.getByTestId("session-submit").click();
    await page.getByTestId("session-form").waitFor({ state: "detached" });
    const session = rowsOf(page, "sessions-table").filter({ hasText: TOPIC });
    expect(await session.getByTestId("session-speaker-city").textContent()).toBe(speaker.originCity);
    await page.getByTestId("batch-credited-jp").filter({ hasText: String(SESSION_JP) }).waitFor();

    // The same speaker at the same time again: refused, the dialog naming the clashing session.
    await page.getByTestId("session-new").click();
    await page.getByTestId("session-form").waitFor();
    await page.getByTestId("session-topic").fill("Sesi bentrok");
    await pickOption(page, "speakerId", `${speaker.name} · ${speaker.institution} (${speaker.originCity})`, speaker.name);
    await page.getByTestId("session-submit").click();
    const clash = page.getByTestId("session-clash");
    await clash.waitFor();
    expect(await clash.textContent()).toContain(BATCH);
    expect(await clash.textContent()).toContain("08:00");
    await page.getByRole("dialog").getByRole("button", { name: msg("common.cancel"), exact: true }).click();
    await page.getByTestId("session-form").waitFor({ state: "detached" });
    expect(await rowsOf(page, "sessions-table").count()).toBe(1);

    // PLANNED, then OPEN for nominations: the buttons are the domain's allowed moves.
    await page.getByTestId("batch-move-PLANNED").click();
    await page.getByTestId("batch-status").filter({ hasText: msg("enum.DeliveryState.PLANNED") }).waitFor();
    expect(await page.getByTestId("batch-move-COMPLETED").count()).toBe(0);
    await page.getByTestId("batch-move-OPEN").click();
    await page.getByTestId("batch-status").filter({ hasText: msg("enum.DeliveryState.OPEN") }).waitFor();
    expect(admin.pageErrors).toEqual([]);
  });

  test("an analyst reads the batch with no way to change it", async () => {
    const analyst = await openBrowser();
    try {
      await signIn(analyst.page, "analyst");
      await analyst.page.goto(`/delivery/batches/${batchId}`);
      await analyst.page.getByTestId("batch-title").filter({ hasText: BATCH }).waitFor();
      await rowsOf(analyst.page, "sessions-table").filter({ hasText: TOPIC }).waitFor();
      for (const id of ["batch-move-RUNNING", "batch-edit", "session-new", "quotas-edit", "nominate-open"]) {
        expect(await analyst.page.getByTestId(id).count()).toBe(0);
      }
      await analyst.page.goto(`/delivery?year=${YEAR}`);
      await analyst.page.getByTestId("programme-title").first().waitFor();
      expect(await analyst.page.getByTestId("programme-new").count()).toBe(0);
      expect(await analyst.page.getByTestId("programme-move").count()).toBe(0);
      expect(analyst.pageErrors).toEqual([]);
    } finally {
      await analyst.close();
    }
  });

  test("an operator nominates a member of staff, with no way to approve", async () => {
    const { page } = operator;
    await page.goto(`/delivery/batches/${batchId}`);
    await page.getByTestId("batch-title").filter({ hasText: BATCH }).waitFor();
    expect(await page.getByTestId("batch-move-RUNNING").count()).toBe(0);
    expect(await page.getByTestId("session-new").count()).toBe(0);
    await page.getByTestId("nominate-open").click();
    await page.getByTestId("nominate-form").waitFor();
    await pickOption(page, "nominee", `${nominee.name} · ${formatNip(nominee.nip)} · ${nominee.unit.name}`, nominee.nip);
    await page.getByTestId("nominate-submit").click();
    await page.getByTestId("nominate-form").waitFor({ state: "detached" });
    const row = rowsOf(page, "nominations-table").filter({ hasText: nominee.name });
    expect(await row.getByTestId("nomination-status").textContent()).toBe(msg("enum.NominationStatus.NOMINATED"));
    expect(await row.getByTestId("nomination-approve").count()).toBe(0);

    // The operator's nominations page lists it with its status (filtered to what awaits a decision: the list is in request order).
    await page.getByTestId("delivery-tab-nominations").click();
    await page.waitForURL(/\/delivery\/nominations/);
    await page.locator(".ant-select", { has: page.locator("input[id='filter-nomination-status']") }).click();
    await page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option").filter({ hasText: msg("enum.NominationStatus.NOMINATED") }).click();
    await page.keyboard.press("Escape");
    await page.waitForURL(/status=NOMINATED/);
    const mine = rowsOf(page, "my-nominations-table").filter({ hasText: BATCH }).filter({ hasText: nominee.name });
    expect(await mine.getByTestId("nomination-status").textContent()).toBe(msg("enum.NominationStatus.NOMINATED"));
    expect(operator.pageErrors).toEqual([]);
  });

  test("the administrator approves, runs the batch, takes attendance and completes it; the certificate downloads, verifies and is revoked", async () => {
    const { page } = admin;
    await page.reload();
    const row = rowsOf(page, "nominations-table").filter({ hasText: nominee.name });
    await row.getByTestId("nomination-approve").click();
    await row.getByTestId("nomination-status").filter({ hasText: msg("enum.NominationStatus.APPROVED") }).waitFor();

    await page.getByTestId("batch-move-RUNNING").click();
    await page.getByTestId("batch-status").filter({ hasText: msg("enum.DeliveryState.RUNNING") }).waitFor();
    const participant = rowsOf(page, "participants-table").filter({ hasText: nominee.name });
    await participant.getByTestId("attendance-present").check();
    await page.getByTestId("attendance-save").click();
    await page.getByText(msg("delivery.attendance.saved", { present: 1, total: 1 })).waitFor();

    await page.getByTestId("batch-complete").click();
    await page.getByTestId("complete-confirm").click();
    await page.getByTestId("batch-status").filter({ hasText: msg("enum.DeliveryState.COMPLETED") }).waitFor();
    await participant.getByTestId("participant-outcome").filter({ hasText: msg("enum.CompletionOutcome.COMPLETED") }).waitFor();
    const certificate = participant.getByTestId("certificate");
    expect(await certificate.getByTestId("certificate-status").textContent()).toBe(msg("enum.CertificateStatus.VALID"));
    certificateCode = (await certificate.getAttribute("data-code")) ?? "";
    expect(certificateCode).toMatch(/^[A-Za-z0-9-]{12,}$/);

    const [download] = await Promise.all([page.waitForEvent("download"), certificate.getByTestId("certificate-download").click()]);
    const file = await download.path();
    const pdf = fs.readFileSync(file);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain(`/verify/${certificateCode})`);
    expect(download.suggestedFilename()).toMatch(/^STTPP-.*\.pdf$/);

    // The public page, no login: name, programme, JP and VALID.
    const href = await certificate.getByTestId("certificate-verify").getAttribute("href");
    expect(href).toBe(`/verify/${certificateCode}`);
    const publicPage = await operator.context.newPage();
    try {
      await publicPage.goto(href ?? "");
      const text = (await publicPage.locator("body").textContent()) ?? "";
      expect(text).toContain(nominee.name);
      expect(text).toContain(item.title);
      expect(text).toContain(`${SESSION_JP} JP`);
      expect(text).toContain("VALID");

      // Revoked with a reason: the public page says so.
      await certificate.getByTestId("certificate-revoke").click();
      await page.getByTestId("revoke-submit").click();
      await page.getByTestId("reason-error").waitFor();
      await page.getByTestId("revoke-reason").fill("Uji coba pencabutan sertifikat");
      await page.getByTestId("revoke-submit").click();
      await certificate.getByTestId("certificate-status").filter({ hasText: msg("enum.CertificateStatus.REVOKED") }).waitFor();
      await publicPage.reload();
      expect((await publicPage.locator("body").textContent()) ?? "").toContain("REVOKED");
    } finally {
      await publicPage.close();
    }
    expect(admin.pageErrors).toEqual([]);
  });
});
