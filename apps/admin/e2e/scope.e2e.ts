import { openBrowser, type Browser } from "./support/browser";
import { apiEmployees, apiToken, DEMO_EMPLOYEES, listNames, listTotal, msg, searchList, signIn, type ApiEmployee } from "./support/app";

const DINKES = "3373.DINKES";

/** What each role sees: the unit operator only their unit's employees, the analyst everything but no way to change it. */
describe("role scope", () => {
  let browser: Browser;
  let outsider: ApiEmployee;

  beforeAll(async () => {
    // An employee of another unit than the operator's.
    const all = await apiEmployees(await apiToken("admin"), undefined, 50);
    const found = all.employees.find((e) => e.unit.code !== DINKES && !e.unit.code.startsWith(`${DINKES}.`));
    if (!found) throw new Error("no employee outside Dinas Kesehatan among the first 50");
    outsider = found;
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("the operator of Dinas Kesehatan sees only that unit's employees", async () => {
    const { page } = browser;
    const token = await apiToken("operator");
    const api = await apiEmployees(token, undefined, 20);
    expect(api.totalCount).toBeGreaterThan(0);
    expect(api.totalCount).toBeLessThan(DEMO_EMPLOYEES);
    expect(api.employees.every((e) => e.unit.code === DINKES || e.unit.code.startsWith(`${DINKES}.`))).toBe(true);

    await signIn(page, "operator");
    expect(await listTotal(page)).toBe(api.totalCount);
    expect(await listNames(page)).toEqual(api.employees.map((e) => e.name));
    expect(await page.getByTestId("current-user-role").textContent()).toBe(msg("enum.Role.UNIT_OPERATOR"));
    expect(await page.getByTestId("current-user").textContent()).toContain("Dinas Kesehatan");
    // An operator changes data of their unit.
    expect(await page.getByTestId("employee-new").isVisible()).toBe(true);
    expect(await page.getByTestId("import-open").isVisible()).toBe(true);

    // Someone of another unit is not found, even by their exact NIP.
    expect(await searchList(page, outsider.nip, 0)).toEqual([]);
  });

  test("the analyst sees every employee but no button to add or import", async () => {
    const { page } = browser;
    await page.getByTestId("logout").click();
    await page.waitForURL(/\/login$/);

    const api = await apiEmployees(await apiToken("analyst"), undefined, 20);
    await signIn(page, "analyst");
    expect(await listTotal(page)).toBe(api.totalCount);
    expect(await listNames(page)).toEqual(api.employees.map((e) => e.name));
    expect(await page.getByTestId("current-user-role").textContent()).toBe(msg("enum.Role.ANALYST"));
    expect(await page.getByTestId("employee-new").count()).toBe(0);
    expect(await page.getByTestId("import-open").count()).toBe(0);

    // Nor on the detail page, and the form itself refuses them.
    await page.getByTestId("employee-link").first().click();
    await page.getByTestId("employee-nip").waitFor();
    expect(await page.getByTestId("employee-edit").count()).toBe(0);
    expect(await page.getByTestId("employee-deactivate").count()).toBe(0);
    await page.goto("/employees/new");
    const forbidden = page.getByTestId("forbidden");
    await forbidden.waitFor();
    expect(await forbidden.textContent()).toContain(msg("errors.api.FORBIDDEN"));
    expect(await page.locator("#nip").count()).toBe(0);
    expect(browser.pageErrors).toEqual([]);
  });
});
