import { openBrowser, type Browser } from "./support/browser";
import {
  apiEmployees,
  apiToken,
  formatNip,
  listTotal,
  msg,
  pickOption,
  pickTreeNode,
  searchList,
  signIn,
  type ApiEmployee,
} from "./support/app";

/** NIPs of this file only (other files use other ones): born 1990-01-01, appointed 2015-03, female, number 987. */
const BAD_NIP = "19901301 201503 2 987"; // month 13 in the birth date
const GOOD_NIP = "19900101 201503 2 987";
const GOOD_NIP_DIGITS = GOOD_NIP.replace(/\s/g, "");
const NEW_NAME = "Larasati Widyaningrum Ujicoba, S.Kep.";

/** Search, detail, and adding an employee through the form (with a NIP the domain refuses first). */
describe("employees", () => {
  let browser: Browser;
  let token: string;
  let existing: ApiEmployee;
  let namePart: string;

  beforeAll(async () => {
    token = await apiToken("admin");
    // The first employee as the API sorts them, and a part of their name that finds only them.
    const first = (await apiEmployees(token, undefined, 1)).employees[0];
    if (!first) throw new Error("the demo data has no employees");
    existing = first;
    const words = existing.name.split(/[\s,]+/).filter((w) => w.length > 1 && !w.includes("."));
    const candidates = [words.slice(1).join(" "), words.slice(0, 2).join(" "), words.join(" "), existing.name].filter(Boolean);
    for (const candidate of candidates) {
      if ((await apiEmployees(token, candidate, 2)).totalCount === 1) {
        namePart = candidate;
        break;
      }
    }
    if (!namePart) throw new Error(`no part of "${existing.name}" finds only that employee`);
    expect(namePart).not.toBe(existing.name);
    // The NIP of this file must be free (the database is fresh; the demo data does not use it).
    expect((await apiEmployees(token, GOOD_NIP_DIGITS)).totalCount).toBe(0);

    browser = await openBrowser();
    await signIn(browser.page, "admin");
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("the employees table fits a 1280-pixel screen without sideways scrolling", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1280, height: 800 });
    try {
      await page.goto("/employees?size=100");
      await page.getByTestId("employee-link").nth(99).waitFor();
      const overflow = await page.evaluate(() => {
        const content = document.querySelector<HTMLElement>("[data-testid='employees-table'] .ant-table-content, [data-testid='employees-table'] .ant-table-body");
        return {
          page: document.documentElement.scrollWidth - window.innerWidth,
          table: content ? content.scrollWidth - content.clientWidth : -1,
          tableFound: content !== null,
        };
      });
      expect(overflow.tableFound).toBe(true);
      expect(overflow.page).toBeLessThanOrEqual(0);
      expect(overflow.table).toBeLessThanOrEqual(0);
    } finally {
      await page.setViewportSize({ width: 1400, height: 900 });
    }
  });

  test("searching part of a name shows exactly that employee", async () => {
    const { page } = browser;
    expect(await searchList(page, namePart, 1)).toEqual([existing.name]);
    const row = page.getByTestId("employees-table").getByRole("row").filter({ hasText: existing.name });
    expect(await row.textContent()).toContain(formatNip(existing.nip));
  });

  test("searching a NIP shows exactly that employee", async () => {
    const { page } = browser;
    expect(await searchList(page, existing.nip, 1)).toEqual([existing.name]);
  });

  test("the detail page shows the NIP in its customary grouping", async () => {
    const { page } = browser;
    await page.getByTestId("employee-link").filter({ hasText: existing.name }).click();
    await page.waitForURL(new RegExp(`/employees/${existing.id}$`));
    await page.getByTestId("employee-name").filter({ hasText: existing.name }).waitFor();
    const nip = (await page.getByTestId("employee-nip").textContent()) ?? "";
    expect(nip).toMatch(/^\d{8} \d{6} [12] \d{3}$/);
    expect(nip).toBe(formatNip(existing.nip));
    expect(await page.getByTestId("employee-status").textContent()).toBe(msg("employees.status.active"));
  });

  test("a NIP with month 13 is refused beside the NIP field, and nothing is saved", async () => {
    const { page } = browser;
    await page.getByTestId("nav-employees").click();
    await page.waitForURL(/\/employees$/);
    await page.getByTestId("employee-new").click();
    await page.waitForURL(/\/employees\/new$/);

    await pickOption(page, "employmentType", msg("enum.EmploymentType.PNS"));
    await page.locator("#nip").fill(BAD_NIP);
    await page.locator("#name").fill(NEW_NAME);
    await pickOption(page, "rankCode", "III/a – Penata Muda");
    await pickOption(page, "positionKind", msg("enum.PositionKind.PELAKSANA"));
    await page.locator("#positionTitle").fill("Pengadministrasi Perkantoran");
    await pickTreeNode(page, "unitId", "3373.DINKES", "Dinas Kesehatan");
    await page.locator("#email").fill("larasati.ujicoba@salatiga.go.id");
    await page.locator("#phone").fill("0812 3456 7890");
    await page.getByTestId("employee-submit").click();

    const nipError = page.getByTestId("nip-error");
    await nipError.waitFor();
    expect(await nipError.textContent()).toBe(msg("errors.domain.INVALID_NIP.BIRTH_DATE_INVALID"));
    // Only the NIP is wrong.
    expect(await page.locator("[data-testid$='-error']").count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe("/employees/new");
    expect((await apiEmployees(token, "19901301")).totalCount).toBe(0);
    expect((await apiEmployees(token, NEW_NAME)).totalCount).toBe(0);
  });

  test("with the NIP fixed the employee is saved, with birth date and gender taken from the NIP", async () => {
    const { page } = browser;
    await page.locator("#nip").fill(GOOD_NIP);
    await page.getByTestId("nip-error").waitFor({ state: "detached" });
    await page.getByTestId("employee-submit").click();

    await page.waitForURL(/\/employees\/[0-9a-f-]{36}$/);
    await page.getByTestId("employee-name").filter({ hasText: NEW_NAME }).waitFor();
    await page.getByText(msg("employee.form.created")).waitFor();
    expect(await page.getByTestId("employee-nip").textContent()).toBe(GOOD_NIP);
    expect(await page.getByTestId("employee-birth-date").textContent()).toBe("1 Januari 1990");
    expect(await page.getByTestId("employee-gender").textContent()).toBe(msg("enum.Gender.FEMALE"));
    expect(await page.getByTestId("employee-unit-path").textContent()).toContain("Dinas Kesehatan");

    const saved = await apiEmployees(token, GOOD_NIP_DIGITS);
    expect(saved.employees.map((e) => [e.name, e.birthDate, e.gender])).toEqual([[NEW_NAME, "1990-01-01", "FEMALE"]]);
  });

  test("the new employee is found in the list by NIP", async () => {
    const { page } = browser;
    await page.getByTestId("nav-employees").click();
    await page.waitForURL(/\/employees$/);
    const before = await listTotal(page);
    expect(await searchList(page, GOOD_NIP_DIGITS, 1)).toEqual([NEW_NAME]);
    expect(before).toBe((await apiEmployees(token)).totalCount);
  });

  test("deactivating the new employee takes them out of the active list", async () => {
    // Also leaves the list as the other files expect it (2000 active demo employees).
    const { page } = browser;
    await page.getByTestId("employee-link").filter({ hasText: NEW_NAME }).click();
    await page.getByTestId("employee-deactivate").click();
    await page.getByTestId("deactivate-confirm").click();
    await page.getByTestId("employee-status").filter({ hasText: msg("employees.status.inactive") }).waitFor();
    expect(await page.getByTestId("employee-deactivate").count()).toBe(0);
    expect((await apiEmployees(token, GOOD_NIP_DIGITS)).totalCount).toBe(0);
    expect(browser.pageErrors).toEqual([]);
  });
});
