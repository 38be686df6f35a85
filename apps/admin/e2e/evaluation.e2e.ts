import type { Locator, Page } from "playwright-core";
import { openBrowser, type Browser } from "./support/browser";
import { apiEmployees, apiToken, eventually, graphql, msg, pickOption, signIn } from "./support/app";

/** The demo's delivery year: its completed batches are the ones evaluated. */
const YEAR = 2026;
/** A day of November 2026 before the demo's today (2026-11-30): a batch ending then has its reaction forms open. */
const DAY = `${YEAR}-11-${String(10 + (Date.now() % 15)).padStart(2, "0")}`;
const STAMP = Date.now();
const PROGRAMME = `Bimtek Evaluasi E2E ${STAMP}`;
/** Participants of the batch made here (each gets a reaction form; those who complete, two behaviour follow-ups). */
const PARTICIPANTS = 2;

const rowsOf = (page: Page, testId: string): Locator => page.getByTestId(testId).locator("tbody tr.ant-table-row");

interface ApiLevels {
  readonly reaction: { readonly invited: number; readonly answered: number; readonly aspects: readonly { aspect: string; mean: number | null }[] };
  readonly learning: { readonly participants: number; readonly high: number; readonly medium: number; readonly low: number; readonly undefinedGain: number };
  readonly behaviour: { readonly invited: number; readonly answered: number };
  readonly results: { readonly skp: { readonly alumni: number; readonly improved: number } };
}

const apiLevels = async (token: string, batchId: string): Promise<ApiLevels> =>
  (
    await graphql<{ batchEvaluation: ApiLevels }>(
      `query ($id: ID!) { batchEvaluation(batchId: $id) {
         reaction { invited answered aspects { aspect mean } }
         learning { participants high medium low undefinedGain }
         behaviour { invited answered }
         results { skp { alumni improved } }
       } }`,
      { id: batchId },
      token,
    )
  ).batchEvaluation;

/**
 * A batch of its own, completed through the API: a 2026 programme, a one-session batch on DAY (an evening session: no
 * clash with the demo's), PARTICIPANTS employees nominated, approved, present, scored and completed. Its evaluations are
 * not scheduled yet, whatever the demo data holds.
 */
async function completedBatchOfItsOwn(token: string): Promise<string> {
  const q = <T>(query: string, variables: Record<string, unknown>) => graphql<T>(query, variables, token);
  const { createProgramme } = await q<{ createProgramme: { id: string } }>(
    "mutation ($input: ProgrammeInput!) { createProgramme(input: $input) { id } }",
    { input: { year: YEAR, title: PROGRAMME, kind: "TECHNICAL_GUIDANCE", organiser: "BKPSDM" } },
  );
  const { createBatch } = await q<{ createBatch: { id: string; version: number } }>(
    "mutation ($input: BatchInput!) { createBatch(input: $input) { id version } }",
    { input: { programmeId: createProgramme.id, name: "Angkatan E2E", startsOn: DAY, endsOn: DAY, capacity: 10, venue: `Ruang Evaluasi E2E ${STAMP}` } },
  );
  const batchId = createBatch.id;
  const { addSession } = await q<{ addSession: { id: string } }>(
    "mutation ($input: SessionInput!) { addSession(input: $input) { id } }",
    { input: { batchId, date: DAY, start: "19:00", end: "20:30", jp: 2, topic: "Evaluasi pascapelatihan" } },
  );
  const version = async () => (await q<{ batch: { version: number } }>("query ($id: ID!) { batch(id: $id) { version } }", { id: batchId })).batch.version;
  const move = async (status: string) =>
    q("mutation ($input: MoveInput!) { moveBatch(input: $input) { id } }", { input: { id: batchId, version: await version(), status } });
  await move("PLANNED");
  await move("OPEN");
  const { employees } = await apiEmployees(token, undefined, 40);
  const nominations: string[] = [];
  for (const employee of employees.slice(-PARTICIPANTS)) {
    const { nominate } = await q<{ nominate: { id: string; version: number } }>(
      "mutation ($input: NominateInput!) { nominate(input: $input) { id version } }",
      { input: { batchId, employeeId: employee.id } },
    );
    await q("mutation ($input: DecideNominationInput!) { decideNomination(input: $input) { nomination { id } } }", {
      input: { id: nominate.id, version: nominate.version, decision: "APPROVE" },
    });
    nominations.push(nominate.id);
  }
  await move("RUNNING");
  await q("mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { recorded } }", {
    input: { sessionId: addSession.id, marks: nominations.map((nominationId) => ({ nominationId, present: true })) },
  });
  await q("mutation ($input: RecordScoresInput!) { recordScores(input: $input) { updated } }", {
    input: { batchId, scores: nominations.map((nominationId, i) => ({ nominationId, preScore: 40 + 10 * i, postScore: 85 })) },
  });
  await q("mutation ($id: ID!, $v: Int!) { completeBatch(batchId: $id, version: $v) { status } }", { id: batchId, v: await version() });
  return batchId;
}

/**
 * The evaluation stage in the browser: the administrator reads a completed demo batch's four levels (reached from its
 * delivery page), schedules a batch's evaluations, and hands a participant's personal reaction link to a browser with
 * no session, which answers the public form once; the batch's reaction respondents go up by one.
 */
describe("evaluation", () => {
  let admin: Browser;
  let adminToken: string;
  let demoBatchId: string;

  beforeAll(async () => {
    adminToken = await apiToken("admin");
    const { batches } = await graphql<{ batches: { edges: { node: { id: string } }[] } }>(
      `{ batches(filter: { from: "${YEAR}-01-01", to: "${YEAR}-12-31", statuses: [COMPLETED] }, first: 1) { edges { node { id } } } }`,
      {},
      adminToken,
    );
    const id = batches.edges[0]?.node.id;
    if (!id) throw new Error(`the demo data has no completed batch in ${YEAR}`);
    demoBatchId = id;
    admin = await openBrowser();
    await signIn(admin.page, "admin");
  });

  afterAll(async () => {
    await admin?.close();
  });

  test("a completed demo batch's page links to its evaluation, which shows the four levels as the API counts them", async () => {
    const { page } = admin;
    const api = await apiLevels(adminToken, demoBatchId);
    await page.goto(`/delivery/batches/${demoBatchId}`);
    await page.getByTestId("batch-evaluation-link").click();
    await page.waitForURL(new RegExp(`/evaluation/batches/${demoBatchId}$`));
    for (const level of ["eval-reaction", "eval-learning", "eval-behaviour", "eval-results"]) await page.getByTestId(level).waitFor();
    expect(await page.getByTestId("evaluation-batch-title").textContent()).toContain(msg("evaluation.batch.title", { name: "" }).trim());

    // Level 1: one bar per aspect, the respondents as the API counts them.
    const respondents = page.getByTestId("reaction-respondents");
    expect(await respondents.getAttribute("data-answered")).toBe(String(api.reaction.answered));
    expect(await respondents.textContent()).toContain(msg("evaluation.ofInvited", { answered: api.reaction.answered, invited: api.reaction.invited }));
    const aspects = page.getByTestId("reaction-aspects-chart-row");
    expect(await aspects.count()).toBe(api.reaction.aspects.length);
    expect(await aspects.first().locator("th").textContent()).toBe(msg(`enum.ReactionAspect.${api.reaction.aspects[0]!.aspect}` as "enum.ReactionAspect.MATERIAL"));
    // Level 2: the N-gain distribution, each bar the API's count.
    const bars = page.getByTestId("n-gain-chart-row");
    expect(await bars.count()).toBe(4);
    for (const [key, value] of [["HIGH", api.learning.high], ["MEDIUM", api.learning.medium], ["LOW", api.learning.low], ["NA", api.learning.undefinedGain]] as const) {
      expect(await page.locator(`[data-testid='n-gain-chart-row'][data-key='${key}']`).getAttribute("data-value")).toBe(String(value));
    }
    expect(await page.getByTestId("n-gains-total").textContent()).toBe(msg("evaluation.learning.total", { count: api.learning.participants }));
    // Level 3: alumni and superiors; level 4: the alumni's SKP.
    expect(await page.getByTestId("behaviour-chart-row").count()).toBe(2);
    expect(await page.getByTestId("behaviour-respondents").textContent()).toBe(msg("evaluation.ofInvited", { answered: api.behaviour.answered, invited: api.behaviour.invited }));
    expect(await page.locator("[data-testid='skp-chart-row'][data-key='improved']").getAttribute("data-value")).toBe(String(api.results.skp.improved));
    expect(admin.pageErrors).toEqual([]);
  });

  test("the administrator schedules a completed batch's evaluations; a participant answers the reaction form from the personal link, once", async () => {
    const { page } = admin;
    const batchId = await completedBatchOfItsOwn(adminToken);
    await page.goto(`/evaluation/batches/${batchId}`);
    await page.getByTestId("eval-invitations").waitFor();
    const respondents = page.getByTestId("reaction-respondents");
    expect(await respondents.getAttribute("data-answered")).toBe("0");
    expect(await rowsOf(page, "invitations-table").count()).toBe(0);

    await page.getByTestId("schedule-evaluations").click();
    // A reaction form per participant, and an alumnus's and a superior's follow-up for each who completed.
    await eventually(async () => {
      const total = (await page.getByTestId("invitations-total").textContent()) ?? "";
      if (total !== msg("evaluation.invitations.total", { count: 3 * PARTICIPANTS })) throw new Error(`forms: ${total}`);
    });
    await respondents.filter({ hasText: msg("evaluation.ofInvited", { answered: 0, invited: PARTICIPANTS }) }).waitFor();

    // Who has not answered the reaction form yet: every participant.
    await pickOption(page, "filter-invitation-level", msg("enum.EvaluationLevel.REACTION"));
    await pickOption(page, "filter-invitation-status", msg("evaluation.invitation.notAnswered"));
    await page.waitForURL(/level=REACTION.*status=NOT_ANSWERED|status=NOT_ANSWERED.*level=REACTION/);
    await page.getByTestId("invitations-total").filter({ hasText: msg("evaluation.invitations.total", { count: PARTICIPANTS }) }).waitFor();
    const first = rowsOf(page, "invitations-table").first();
    expect(await first.getByTestId("invitation-status").textContent()).toBe(msg("enum.EvaluationInvitationStatus.OPEN"));
    const link = (await first.getByTestId("invitation-link").getAttribute("data-link")) ?? "";
    const origin = new URL(page.url()).origin;
    expect(link).toMatch(new RegExp(`^${origin.replace(/[.]/g, "\\.")}/evaluate/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$`));

    // The participant: a fresh browser with no session opens the public, server-rendered form.
    const participant = await openBrowser();
    try {
      const form = participant.page;
      await form.goto(link);
      expect(await form.locator("h1").textContent()).toBe("Evaluasi penyelenggaraan pelatihan");
      const names = [...new Set(await form.locator("input[type=radio]").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).name)))];
      expect(names.length).toBeGreaterThan(3);
      for (const name of names) await form.locator(`input[type=radio][name="${name}"][value="4"]`).check();
      await form.locator("#comment").fill("Materi sangat bermanfaat (uji E2E).");
      await form.getByRole("button", { name: "Kirim jawaban" }).click();
      await form.locator("h1", { hasText: "Terima kasih" }).waitFor();
      // The link is single use: opened again, it says so.
      await form.goto(link);
      expect(await form.locator("h1").textContent()).toBe("Formulir ini sudah dijawab");
    } finally {
      await participant.close();
    }

    // Back in the administration: one respondent more, one reaction form fewer not answered.
    await eventually(async () => {
      await page.reload();
      await respondents.waitFor();
      const answered = await respondents.getAttribute("data-answered");
      if (answered !== "1") throw new Error(`reaction respondents: ${answered}`);
    });
    await page.getByTestId("invitations-total").filter({ hasText: msg("evaluation.invitations.total", { count: PARTICIPANTS - 1 }) }).waitFor();
    expect((await apiLevels(adminToken, batchId)).reaction.answered).toBe(1);
    expect(admin.pageErrors).toEqual([]);
  });

  test("the overview lists the year's programmes across the four levels; an improvement action is opened, a stale change is refused clearly, and it is closed with what changed", async () => {
    const { page } = admin;
    await page.goto(`/evaluation?year=${YEAR}`);
    await page.getByTestId("effectiveness-programme").first().waitFor();
    const row = rowsOf(page, "effectiveness-table").filter({ has: page.getByTestId("effectiveness-programme").filter({ hasText: PROGRAMME }) });
    await row.waitFor();
    // Its one answered form gave every answer 4: the reaction mean is 4.
    expect(await row.getByTestId("effectiveness-reaction").textContent()).toBe("4");

    await page.getByTestId("action-new").click();
    await page.getByTestId("action-form").waitFor();
    await pickOption(page, "source", msg("enum.ImprovementSource.OTHER"));
    const title = `Tindak lanjut E2E ${STAMP}`;
    await page.getByTestId("action-title").fill(title);
    await page.getByTestId("action-finding").fill("Peserta meminta bahan tayang sebelum pelatihan.");
    await page.getByTestId("action-owner-name").fill("Kepala Bidang Pengembangan Kompetensi");
    await page.getByTestId("action-submit").click();
    await page.getByTestId("action-form").waitFor({ state: "detached" });
    const action = rowsOf(page, "actions-table").filter({ has: page.getByTestId("action-title-cell").filter({ hasText: title }) });
    await action.waitFor();
    expect(await action.getByTestId("action-status").textContent()).toBe(msg("enum.ImprovementStatus.OPEN"));

    // Someone else changes it meanwhile: saving what this dialog read is refused, and the dialog says why.
    await action.getByTestId("action-edit").click();
    await page.getByTestId("action-form").waitFor();
    const { improvementActions } = await graphql<{ improvementActions: { edges: { node: { id: string; title: string; version: number } }[] } }>(
      "{ improvementActions(status: OPEN, first: 100) { edges { node { id title version } } } }",
      {},
      adminToken,
    );
    const saved = improvementActions.edges.map((e) => e.node).find((a) => a.title === title);
    if (!saved) throw new Error("the action just opened is not listed by the API");
    await graphql("mutation ($input: UpdateImprovementActionInput!) { updateImprovementAction(input: $input) { version } }", {
      input: { id: saved.id, version: saved.version, ownerName: "Sekretaris BKPSDM" },
    }, adminToken);
    await page.getByTestId("action-owner-name").fill("Kepala Subbidang Evaluasi");
    await page.getByTestId("action-submit").click();
    expect(await page.getByTestId("action-form-error").textContent()).toBe(msg("errors.app.STALE_VERSION"));
    await page.getByRole("button", { name: msg("common.cancel") }).click();
    await page.getByTestId("action-form").waitFor({ state: "detached" });
    // The list was read again: it shows the other change.
    await action.getByTestId("action-owner").filter({ hasText: "Sekretaris BKPSDM" }).waitFor();

    // Closed with what changed (the version now read).
    await action.getByTestId("action-close").click();
    await page.getByTestId("action-close-form").waitFor();
    await page.getByTestId("action-outcome").fill("Bahan tayang dibagikan seminggu sebelum setiap angkatan.");
    await page.getByTestId("action-close-submit").click();
    await page.getByTestId("action-close-form").waitFor({ state: "detached" });
    await action.getByTestId("action-status").filter({ hasText: msg("enum.ImprovementStatus.CLOSED") }).waitFor();
    expect(admin.pageErrors).toEqual([]);
  });
});
