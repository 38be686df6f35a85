import fs from "node:fs";
import type { Page } from "playwright-core";
import { formatRupiah } from "@bina/domain";
import { openBrowser, type Browser } from "./support/browser";
import { apiToken, eventually, graphql, msg, pickOption, signIn } from "./support/app";

/**
 * Spending on a budget line and a revision (issue 10, `/budget/lines/:id`, `/budget/revisions`): the administrator opens
 * a 2026 line with little left, records a spending larger than what remains and reads the server's refusal beside the
 * amount with the remaining amount in rupiah (the API's `budgetLine.remaining`, asked here directly), then records one
 * that fits and sees spent and remaining move by it; then requests a transfer of ceiling to that line and approves it;
 * a speaker's fee above PMK 49/2023 is refused naming the standard; attaches a PDF to an entry, downloads it back,
 * edits and cancels the entry and reads its history; an operator reaches only its units' lines.
 */
const YEAR = 2026;
const STAMP = Date.now();
/** A day of the fiscal year before the demo's today (2026-11-30). */
const DAY = "2026-11-27";

interface ApiLine {
  readonly id: string;
  readonly accountCode: string;
  readonly name: string;
  readonly ceiling: number;
  readonly committed: number;
  readonly spent: number;
  readonly remaining: number;
}

const LINE_FIELDS = "id accountCode name ceiling committed spent remaining";

const apiLines = async (token: string): Promise<ApiLine[]> =>
  (await graphql<{ budget: { lines: ApiLine[] } }>(`query ($y: Int!) { budget(fiscalYear: $y) { lines { ${LINE_FIELDS} } } }`, { y: YEAR }, token)).budget.lines;

const apiLine = async (token: string, id: string): Promise<ApiLine> => {
  const { budgetLine } = await graphql<{ budgetLine: ApiLine | null }>(`query ($id: ID!) { budgetLine(id: $id) { ${LINE_FIELDS} } }`, { id }, token);
  if (!budgetLine) throw new Error(`budget line ${id} is not found`);
  return budgetLine;
};

/**
 * A line with little left that commits nothing (so that what a spend may use is exactly its `remaining`): the demo's
 * line with the least left (at least Rp10.000), else one of its own, made through the API with Rp1.000.000 left.
 */
async function lineWithLittleLeft(token: string): Promise<ApiLine> {
  const candidates = (await apiLines(token)).filter((l) => l.committed === 0 && l.remaining >= 10_000).sort((a, b) => a.remaining - b.remaining);
  if (candidates[0]) return candidates[0];
  const { createBudgetLine } = await graphql<{ createBudgetLine: { id: string } }>(
    "mutation ($input: CreateBudgetLineInput!) { createBudgetLine(input: $input) { id } }",
    { input: { fiscalYear: YEAR, accountCode: "5.1.02.02.12.0001", name: `Pos uji E2E ${STAMP}`, ceiling: 3_000_000 } },
    token,
  );
  await graphql(
    "mutation ($input: RecordSpendingInput!) { recordSpending(input: $input) { id } }",
    { input: { budgetLineId: createBudgetLine.id, amount: 2_000_000, spentOn: DAY, description: "Belanja awal uji", documentNumber: `E2E/${STAMP}/0` } },
    token,
  );
  return apiLine(token, createBudgetLine.id);
}

/** The exact amount a figure of the line's header carries. */
const figure = async (page: Page, key: "ceiling" | "committed" | "spent" | "remaining"): Promise<number> =>
  Number(await page.getByTestId(`budget-total-${key}`).getAttribute("data-amount"));

async function fillSpending(page: Page, amount: number, documentNumber: string): Promise<void> {
  await page.locator("input#amount").fill(String(amount));
  const date = page.locator("input#spentOn");
  await date.click();
  await date.fill(DAY);
  await date.press("Enter");
  await page.getByTestId("spending-description").fill(`Belanja uji peramban ${STAMP}`);
  await page.getByTestId("spending-document-number").fill(documentNumber);
}

describe("budget spending", () => {
  let admin: Browser;
  let token: string;
  let line: ApiLine;

  beforeAll(async () => {
    token = await apiToken("admin");
    line = await lineWithLittleLeft(token);
    admin = await openBrowser();
    await signIn(admin.page, "admin");
  });

  afterAll(async () => {
    await admin?.close();
  });

  test("a spending over what remains is refused with the remaining amount; one that fits moves spent and remaining", async () => {
    const { page } = admin;
    const before = await apiLine(token, line.id);
    await page.goto(`/budget/lines/${line.id}`);
    await page.getByTestId("budget-line-page").waitFor();
    expect(await page.getByTestId("budget-line-name").textContent()).toBe(before.name);
    await eventually(async () => expect(await figure(page, "remaining")).toBe(before.remaining));
    expect(await figure(page, "spent")).toBe(before.spent);

    // Over: the domain warns in the form, the server refuses, and the refusal names what remains, as the API counts it.
    const over = before.remaining + 1_000;
    await page.getByTestId("spending-new").click();
    await fillSpending(page, over, `E2E/${STAMP}/1`);
    const warning = page.getByTestId("spending-warning-exceeded");
    await warning.waitFor();
    expect(Number(await warning.getAttribute("data-remaining"))).toBe(before.remaining);
    await page.getByTestId("spending-submit").click();
    const refusal = page.getByTestId("amount-error");
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(msg("budget.spending.exceeded", { remaining: formatRupiah(before.remaining) }));
    expect(await apiLine(token, line.id)).toMatchObject({ spent: before.spent, remaining: before.remaining });

    // Fits: the dialog closes, the entry is listed, and spent and remaining move by its amount.
    const fits = Math.min(Math.floor(before.remaining / 2), 500_000);
    await page.locator("input#amount").fill(String(fits));
    await eventually(async () => {
      if (await page.getByTestId("amount-error").count()) throw new Error("the refusal still shows after the amount changed");
    });
    await page.getByTestId("spending-submit").click();
    await page.getByTestId("spending-form").waitFor({ state: "detached" });
    await eventually(async () => expect(await figure(page, "spent")).toBe(before.spent + fits));
    expect(await figure(page, "remaining")).toBe(before.remaining - fits);
    const after = await apiLine(token, line.id);
    expect(after).toMatchObject({ spent: before.spent + fits, remaining: before.remaining - fits });
    const row = page.getByTestId("spendings-table").locator("tbody tr.ant-table-row", { hasText: `E2E/${STAMP}/1` });
    await row.waitFor();
    expect(await row.getByTestId("spending-amount").getAttribute("data-amount")).toBe(String(fits));
    expect(admin.pageErrors).toEqual([]);
  });

  test("a speaker's fee above its standard cost is refused naming the standard (PMK 49/2023) and its ceiling", async () => {
    const { page } = admin;
    // A line with room to spare: only the standard can refuse.
    const roomy = (await apiLines(token)).sort((a, b) => b.remaining - a.remaining)[0]!;
    if (roomy.remaining < 2_000_000) throw new Error("no 2026 line has Rp2.000.000 left");
    await page.goto(`/budget/lines/${roomy.id}`);
    await page.getByTestId("budget-line-page").waitFor();
    await page.getByTestId("spending-new").click();
    await fillSpending(page, 1_200_000, `E2E/${STAMP}/3`);
    await pickOption(page, "category", msg("enum.SpendingCategory.SPEAKER_FEE"));
    await pickOption(page, "speakerLevel", msg("enum.SpeakerLevel.ESELON_II"));
    await page.locator("input#minutes").fill("60");
    // Eselon II: at most Rp1.000.000 per hour (PMK 49/2023); the form warns, the server refuses.
    const standard = msg("budget.standard.PMK_49_2023");
    const warning = page.getByTestId("spending-warning-standard");
    await warning.waitFor();
    expect(await warning.textContent()).toBe(msg("budget.spending.warnAboveStandard", { standard, ceiling: formatRupiah(1_000_000) }));
    await page.getByTestId("spending-submit").click();
    const refusal = page.getByTestId("amount-error");
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(msg("budget.spending.aboveStandard", { standard, ceiling: formatRupiah(1_000_000) }));
    expect((await apiLine(token, roomy.id)).spent).toBe(roomy.spent);
    // Closed with its Cancel button (Escape reaches the dialog only while the focus is inside it).
    await page.getByRole("dialog").getByRole("button", { name: msg("common.cancel"), exact: true }).click();
    await page.getByTestId("spending-form").waitFor({ state: "detached" });
    expect(admin.pageErrors).toEqual([]);
  });

  test("the administrator requests a transfer of ceiling to the line and approves it", async () => {
    const { page } = admin;
    const lines = await apiLines(token);
    const target = lines.find((l) => l.id === line.id)!;
    const donor = lines.filter((l) => l.id !== line.id).sort((a, b) => b.ceiling - b.spent - (a.ceiling - a.spent))[0];
    if (!donor || donor.ceiling - donor.spent < 100_000) throw new Error("no 2026 line can give Rp100.000 of its ceiling");
    const amount = 100_000;
    const label = (l: ApiLine) => `${l.accountCode} · ${l.name} (${msg("budget.revision.lineRemaining", { remaining: formatRupiah(l.remaining) })})`;
    const reason = `Uji peramban ${STAMP}: tambahan pagu untuk realisasi`;

    await page.goto(`/budget/revisions?year=${YEAR}`);
    await page.getByTestId("budget-revisions-page").waitFor();
    await page.getByTestId("revision-new").click();
    await page.getByTestId("revision-form").waitFor();
    await pickOption(page, "fromLineId", label(donor), donor.name);
    await pickOption(page, "toLineId", label(target), target.name);
    await page.locator("input#amount").fill(String(amount));
    await page.getByTestId("revision-reason").fill(reason);
    const preview = page.getByTestId("revision-preview-ceiling");
    await eventually(async () => expect(await preview.count()).toBe(2));
    expect(await preview.evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-ceiling"))))).toEqual([donor.ceiling - amount, target.ceiling + amount]);
    await page.getByTestId("revision-submit").click();
    await page.getByTestId("revision-form").waitFor({ state: "detached" });

    const row = page.getByTestId("revisions-table").locator("tbody tr.ant-table-row", { hasText: reason });
    await row.waitFor();
    expect(await row.getByTestId("revision-status").getAttribute("data-status")).toBe("REQUESTED");
    expect((await apiLine(token, target.id)).ceiling).toBe(target.ceiling);

    await row.getByTestId("revision-approve").click();
    await page.getByTestId("revision-note").fill("Disetujui untuk uji");
    await page.getByTestId("revision-decide-submit").click();
    await page.getByTestId("revision-decide-form").waitFor({ state: "detached" });
    await eventually(async () => expect(await row.getByTestId("revision-status").getAttribute("data-status")).toBe("APPROVED"));
    expect((await apiLine(token, target.id)).ceiling).toBe(target.ceiling + amount);
    expect((await apiLine(token, donor.id)).ceiling).toBe(donor.ceiling - amount);
    expect(admin.pageErrors).toEqual([]);
  });

  test("an entry's document is attached and downloaded; the entry is edited, then cancelled with a reason, its amount returns and its history shows each step", async () => {
    const { page } = admin;
    const amount = 1_000;
    const documentNumber = `E2E/${STAMP}/2`;
    const before = await apiLine(token, line.id);
    await graphql(
      "mutation ($input: RecordSpendingInput!) { recordSpending(input: $input) { id } }",
      { input: { budgetLineId: line.id, amount, spentOn: DAY, description: "Fotokopi materi uji", documentNumber } },
      token,
    );
    expect((await apiLine(token, line.id)).spent).toBe(before.spent + amount);

    await page.goto(`/budget/lines/${line.id}`);
    const row = page.getByTestId("spendings-table").locator("tbody tr.ant-table-row", { hasText: documentNumber });
    await row.waitFor();

    // A PDF goes up as base64 and comes back byte for byte; a file that is no PDF, PNG or JPEG is refused before sending.
    const pdf = Buffer.from(`%PDF-1.4\n% uji ${STAMP}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, "latin1");
    await row.getByTestId("spending-attachments-open").click();
    const dialog = page.getByTestId("spending-attachments");
    await dialog.waitFor();
    const picker = dialog.locator("input[type=file]");
    await picker.setInputFiles({ name: "bukan-dokumen.txt", mimeType: "text/plain", buffer: Buffer.from("bukan dokumen") });
    expect(await page.getByTestId("attachment-problem").textContent()).toBe(msg("budget.attachment.problem.TYPE", { name: "bukan-dokumen.txt" }));
    await picker.setInputFiles({ name: "kuitansi.pdf", mimeType: "application/pdf", buffer: pdf });
    await dialog.getByTestId("attachment-name").filter({ hasText: "kuitansi.pdf" }).waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByTestId("attachment-download").first().click()]);
    expect(download.suggestedFilename()).toBe("kuitansi.pdf");
    expect(fs.readFileSync(await download.path()).equals(pdf)).toBe(true);
    await page.getByRole("dialog").filter({ has: dialog }).locator(".ant-modal-close").click();
    await dialog.waitFor({ state: "hidden" });
    await eventually(async () => expect(await row.getByTestId("spending-attachments-open").textContent()).toBe("1"));

    // Edited: the amount changes with the version read, and spent moves by the difference.
    await row.getByTestId("spending-edit").click();
    await page.locator("input#amount").fill(String(2 * amount));
    await page.getByTestId("spending-submit").click();
    await page.getByTestId("spending-form").waitFor({ state: "detached" });
    await eventually(async () => expect(await row.getByTestId("spending-amount").getAttribute("data-amount")).toBe(String(2 * amount)));
    await eventually(async () => expect(await figure(page, "spent")).toBe(before.spent + 2 * amount));

    // Cancelled with a reason: struck through with it, and the amount goes back to the line.
    await row.getByTestId("spending-cancel").click();
    await page.getByTestId("spending-cancel-reason").fill("Salah catat, dobel dengan kuitansi lain");
    await page.getByTestId("spending-cancel-submit").click();
    await page.getByTestId("spending-cancel-form").waitFor({ state: "detached" });
    await eventually(async () => expect(await row.getByTestId("spending-status").getAttribute("data-status")).toBe("CANCELLED"));
    expect(await row.getByTestId("spending-cancel-reason-cell").textContent()).toBe(msg("budget.spending.cancelledBecause", { reason: "Salah catat, dobel dengan kuitansi lain" }));
    expect(await row.locator("del").count()).toBeGreaterThan(0);
    await eventually(async () => expect(await figure(page, "spent")).toBe(before.spent));
    expect((await apiLine(token, line.id)).spent).toBe(before.spent);

    await row.getByTestId("spending-history-open").click();
    const events = page.getByTestId("spending-history-event");
    await eventually(async () => expect(await events.count()).toBe(3));
    expect(await events.evaluateAll((els) => els.map((e) => e.getAttribute("data-kind")))).toEqual(["CREATED", "EDITED", "CANCELLED"]);
    expect(await events.nth(1).getByTestId("spending-history-amount").textContent()).toBe(
      msg("budget.history.amountChanged", { before: formatRupiah(amount), after: formatRupiah(2 * amount) }),
    );
    await page.getByRole("dialog").locator(".ant-modal-close").click();
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    expect(admin.pageErrors).toEqual([]);
  });

  test("an operator opens only its units' lines, records on them, requests revisions but does not decide them", async () => {
    const operatorToken = await apiToken("operator");
    const own = await apiLines(operatorToken);
    if (own.length === 0) throw new Error("the demo gives the operator no 2026 line");
    const hidden = (await apiLines(token)).find((l) => !own.some((o) => o.id === l.id));
    if (!hidden) throw new Error("every 2026 line is in the operator's scope");
    const operator = await openBrowser();
    try {
      const { page } = operator;
      await signIn(page, "operator");
      await page.goto(`/budget/lines/${hidden.id}`);
      await page.getByTestId("not-found").waitFor();
      await page.goto(`/budget/lines/${own[0]!.id}`);
      expect(await page.getByTestId("budget-line-name").textContent()).toBe(own[0]!.name);
      await page.getByTestId("spending-new").waitFor();
      await page.goto(`/budget/revisions?year=${YEAR}`);
      await page.getByTestId("revisions-table").locator("tbody tr.ant-table-row").first().waitFor();
      await page.getByTestId("revision-new").waitFor();
      expect(await page.getByTestId("revision-approve").count()).toBe(0);
      expect(operator.pageErrors).toEqual([]);
    } finally {
      await operator.close();
    }
  });

  test("the line and revisions pages fit a phone's width (their tables scroll inside)", async () => {
    const { page } = admin;
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`/budget/lines/${line.id}`);
      await page.getByTestId("spending-amount").first().waitFor();
      expect(await sideways()).toBe(0);
      await page.goto(`/budget/revisions?year=${YEAR}`);
      await page.getByTestId("revision-status").first().waitFor();
      expect(await sideways()).toBe(0);
    } finally {
      await page.setViewportSize({ width: 1400, height: 900 });
    }
  });
});
