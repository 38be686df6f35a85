import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openBrowser, type Browser } from "./support/browser";
import { apiEmployees, apiToken, escapeRegExp, eventually, formatNip, graphql, msg, pickOption, signIn, type ApiEmployee } from "./support/app";

/** The assessment year of the demo data (its cycle exists). */
const YEAR = 2026;
const HEADER = "nip,competency_code,level,source,assessed_on";
/** Dates only this file uses, so its assessments are told apart from the demo ones. */
const GOOD_ROW = (nip: string) => `${nip},M.KOMUNIKASI,3,SUPERVISOR,${YEAR}-10-01`;
const BAD_ROW = (nip: string) => `${nip},M.KERJA_SAMA,9,SELF,${YEAR}-10-02`;
const FIXED_ROW = (nip: string) => `${nip},M.KERJA_SAMA,2,SELF,${YEAR}-10-02`;

interface ApiAssessment {
  readonly level: number;
  readonly assessedOn: string;
}

const apiAssessments = async (token: string, employeeId: string): Promise<ApiAssessment[]> =>
  (
    await graphql<{ employeeNeeds: { assessments: ApiAssessment[] } | null }>(
      "query ($id: ID!, $year: Int!) { employeeNeeds(employeeId: $id, year: $year) { assessments { level assessedOn } } }",
      { id: employeeId, year: YEAR },
      token,
    )
  ).employeeNeeds?.assessments ?? [];

/** `[level, date]` pairs, sorted, for comparing histories. */
const pairs = (list: readonly ApiAssessment[]): string[] => list.map((a) => `${a.level}@${a.assessedOn}`).sort();

/** Import assessments from a CSV file for one employee: a bad level is refused with its row and column; the fixed file imports. */
describe("import assessments", () => {
  let browser: Browser;
  let token: string;
  let dir: string;
  let employee: ApiEmployee;
  let before: ApiAssessment[];

  const csv = (name: string, rows: string[]): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, `${[HEADER, ...rows].join("\r\n")}\r\n`);
    return file;
  };

  const upload = async (file: string) => {
    const { page } = browser;
    await page.getByTestId("import-dialog").locator("input[type=file]").setInputFiles(file);
    await page.getByTestId("import-dialog").getByText(path.basename(file), { exact: true }).waitFor();
    await page.getByTestId("import-dry-run").click();
  };

  beforeAll(async () => {
    token = await apiToken("admin");
    const [first] = (await apiEmployees(token, undefined, 1)).employees;
    if (!first) throw new Error("the demo data has no employees");
    employee = first;
    before = await apiAssessments(token, employee.id);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "bina-e2e-assessment-import-"));
    browser = await openBrowser();
    await signIn(browser.page, "admin");
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test("the administrator picks an employee on the assessments page", async () => {
    const { page } = browser;
    await page.goto("/needs/assessments");
    await pickOption(page, "assessment-year", String(YEAR));
    await page.getByTestId("employee-picker").click();
    await page.locator("input[id='employee-picker']").fill(employee.nip);
    await page
      .locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)", { has: page.locator("[id='employee-picker_list']") })
      .getByTestId("employee-option")
      .filter({ hasText: new RegExp(`^${escapeRegExp(`${employee.name} · ${formatNip(employee.nip)}`)}`) })
      .click();
    // The year stays out of the URL while it is the latest cycle's (the select already shows it).
    await page.waitForURL((url) => url.searchParams.get("employee") === employee.id && (url.searchParams.get("year") ?? String(YEAR)) === String(YEAR));
    await page.getByTestId("needs-employee-name").filter({ hasText: employee.name }).waitFor();
  });

  test("a file with a bad level on row 3 is refused with its row and column, and nothing is imported", async () => {
    const { page } = browser;
    await page.getByTestId("assessment-import-open").click();
    await page.getByTestId("import-dialog").waitFor();
    await upload(csv("penilaian-salah.csv", [GOOD_ROW(employee.nip), BAD_ROW(employee.nip)]));

    await page.getByTestId("import-has-errors").waitFor();
    const rows = page.getByTestId("import-errors").locator("tbody").getByRole("row");
    expect(await rows.count()).toBe(1);
    const cells = (await rows.first().getByRole("cell").allTextContents()).map((c) => c.trim());
    expect(cells[0]).toBe("3");
    expect(cells[1]).toBe("level");
    expect(await page.getByTestId("import-confirm").isDisabled()).toBe(true);
    expect(pairs(await apiAssessments(token, employee.id))).toEqual(pairs(before));
  });

  test("the fixed file is checked, then imported, and both assessments are in the employee's history", async () => {
    const { page } = browser;
    await upload(csv("penilaian.csv", [GOOD_ROW(employee.nip), FIXED_ROW(employee.nip)]));

    await page.getByTestId("import-ready").waitFor();
    expect(await page.getByTestId("import-count-created").textContent()).toBe("2");
    expect(await page.getByTestId("import-confirm").isDisabled()).toBe(false);
    // A dry run writes nothing.
    expect(pairs(await apiAssessments(token, employee.id))).toEqual(pairs(before));

    await page.getByTestId("import-confirm").click();
    await page.getByTestId("import-done").waitFor();
    expect(await page.getByTestId("import-count-rows").textContent()).toBe("2");
    expect(await page.getByTestId("import-count-created").textContent()).toBe("2");

    const after = await apiAssessments(token, employee.id);
    expect(pairs(after)).toEqual(pairs([...before, { level: 3, assessedOn: `${YEAR}-10-01` }, { level: 2, assessedOn: `${YEAR}-10-02` }]));

    // Closed, the page shows the new history (one page of up to 20 rows).
    await page.getByRole("button", { name: msg("common.close") }).first().click();
    await page.getByTestId("import-dialog").waitFor({ state: "detached" });
    const history = page.getByTestId("assessment-history").locator("tbody tr.ant-table-row");
    await eventually(async () => expect(await history.count()).toBe(Math.min(after.length, 20)));
    expect(browser.pageErrors).toEqual([]);
  });
});
