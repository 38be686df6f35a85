import { openBrowser, type Browser } from "./support/browser";
import { DEMO_EMPLOYEES, listTotal, msg, signIn } from "./support/app";

/** Signing in and out, and the language switch. The steps run in order on one page. */
describe("login", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("a wrong password shows the Indonesian error and stays on the login page", async () => {
    const { page } = browser;
    await page.goto("/employees");
    // Not signed in: the app sends the visitor to the login page.
    await page.waitForURL(/\/login$/);
    await page.locator("#username").fill("admin");
    await page.locator("#password").fill("not-the-password");
    await page.getByTestId("login-submit").click();

    const error = page.getByTestId("login-error");
    await error.waitFor();
    expect((await error.textContent())?.trim()).toBe(msg("auth.badCredentials"));
    expect(new URL(page.url()).pathname).toBe("/login");
    expect(await page.evaluate(() => window.localStorage.getItem("bina.session"))).toBeNull();
    // Accessible names (issue 7.5): each label names its input, the page has its main landmark.
    expect(await page.getByLabel(msg("auth.username"), { exact: true }).getAttribute("id")).toBe("username");
    expect(await page.getByLabel(msg("auth.password"), { exact: true }).getAttribute("id")).toBe("password");
    expect(await page.getByRole("main").count()).toBe(1);
  });

  test("admin signs in and lands on the employees list with every demo employee", async () => {
    const { page } = browser;
    await signIn(page, "admin");
    expect(new URL(page.url()).pathname).toBe("/employees");
    expect(await listTotal(page)).toBe(DEMO_EMPLOYEES);
    expect(await page.getByTestId("employees-total").textContent()).toBe(msg("employees.total", { count: DEMO_EMPLOYEES }));
    expect(await page.getByTestId("current-user-role").textContent()).toBe(msg("enum.Role.ADMIN"));
    expect(await page.getByTestId("employee-link").count()).toBe(20);
  });

  test("switching to English changes the labels, and the choice survives a reload", async () => {
    const { page } = browser;
    const heading = page.getByRole("heading", { level: 2 });
    expect(await heading.textContent()).toBe(msg("employees.title"));
    expect(await page.getByTestId("logout").textContent()).toBe(msg("auth.logout"));

    await page.getByTestId("language-switch").getByText(msg("language.short.en"), { exact: true }).click();
    await page.getByTestId("logout").filter({ hasText: msg("auth.logout", {}, "en") }).waitFor();
    expect(await heading.textContent()).toBe(msg("employees.title", {}, "en"));
    expect(await page.getByTestId("employees-total").textContent()).toBe(msg("employees.total", { count: DEMO_EMPLOYEES }, "en"));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");

    await page.reload();
    await page.getByTestId("employees-total").filter({ hasText: /\d/ }).waitFor();
    expect(await page.getByTestId("logout").textContent()).toBe(msg("auth.logout", {}, "en"));
    expect(await heading.textContent()).toBe(msg("employees.title", {}, "en"));
  });

  test("signing out returns to the login page, and the list is no longer reachable", async () => {
    const { page } = browser;
    await page.getByTestId("logout").click();
    await page.waitForURL(/\/login$/);
    await page.getByTestId("login-submit").waitFor();
    expect(await page.evaluate(() => window.localStorage.getItem("bina.session"))).toBeNull();

    await page.goto("/employees");
    await page.waitForURL(/\/login$/);
    expect(await page.getByTestId("employees-table").count()).toBe(0);
    expect(browser.pageErrors).toEqual([]);
  });
});
