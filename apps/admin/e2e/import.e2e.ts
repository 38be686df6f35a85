import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openBrowser, type Browser } from "./support/browser";
import { apiDeactivate, apiEmployees, apiToken, listTotal, msg, searchList, signIn } from "./support/app";

const HEADER = "nip,name,employment_type,rank,position_kind,position_title,functional_grade,unit_code,email,phone";
/** Every name of this file ends in this word, so the file's employees are easy to find (and to clean up). */
const MARK = "Ujiimpor";
/** NIPs of this file only (other files use other ones). */
const ROW_2 = `198805122014031951,Bagus Prasetyo ${MARK},PNS,III/b,PELAKSANA,Pengelola Data Kesehatan,,3373.DINKES,bagus.ujiimpor@salatiga.go.id,081234567801`;
const row3 = (nip: string) => `${nip},"Citra Maharani ${MARK}, S.Kep.",PNS,III/a,FUNGSIONAL,Perawat,AHLI_PERTAMA,3373.DINKES,,`;
const ROW_4 = `199203152019031954,Dimas Kurniawan ${MARK},PNS,II/c,PELAKSANA,Pengadministrasi Umum,,3373.DINKES,,0298 321 654`;
const BAD_NIP = "198813232012122952"; // month 13 in the birth date
const GOOD_NIP = "198807232012122952";

/** Import from a CSV file: a bad row is reported with its row and column and nothing is written; the fixed file imports. */
describe("import employees", () => {
  let browser: Browser;
  let token: string;
  let dir: string;
  let totalBefore: number;

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
    expect((await apiEmployees(token, MARK)).totalCount).toBe(0);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "bina-e2e-import-"));
    browser = await openBrowser();
    await signIn(browser.page, "admin");
    totalBefore = await listTotal(browser.page);
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    // Leave the active demo employees as the other files expect them.
    if (token) await apiDeactivate(token, MARK);
  });

  test("a file with a bad NIP on row 3 is refused with its row and column, and nothing is imported", async () => {
    const { page } = browser;
    await page.getByTestId("import-open").click();
    await page.getByTestId("import-dialog").waitFor();
    await upload(csv("pegawai-salah.csv", [ROW_2, row3(BAD_NIP), ROW_4]));

    const summary = page.getByTestId("import-has-errors");
    await summary.waitFor();
    expect(await summary.textContent()).toContain(msg("import.errorsTitle", { count: 1, rows: 3 }));
    expect(await summary.textContent()).toContain(msg("import.nothingImported"));

    const rows = page.getByTestId("import-errors").locator("tbody").getByRole("row");
    expect(await rows.count()).toBe(1);
    const cells = (await rows.first().getByRole("cell").allTextContents()).map((c) => c.trim());
    expect(cells[0]).toBe("3");
    expect(cells[1]).toBe("nip");
    expect(cells[2]).toContain(msg("errors.domain.INVALID_NIP.BIRTH_DATE_INVALID"));
    expect(await page.getByTestId("import-confirm").isDisabled()).toBe(true);

    await page.getByRole("button", { name: msg("common.cancel") }).click();
    await page.getByTestId("import-dialog").waitFor({ state: "detached" });
    expect(await listTotal(page)).toBe(totalBefore);
    expect((await apiEmployees(token, MARK)).totalCount).toBe(0);
  });

  test("the fixed file is checked, then imported, and its employees are in the list", async () => {
    const { page } = browser;
    await page.getByTestId("import-open").click();
    await upload(csv("pegawai.csv", [ROW_2, row3(GOOD_NIP), ROW_4]));

    await page.getByTestId("import-ready").waitFor();
    expect(await page.getByTestId("import-count-created").textContent()).toBe("3");
    // A dry run writes nothing.
    expect((await apiEmployees(token, MARK)).totalCount).toBe(0);

    await page.getByTestId("import-confirm").click();
    await page.getByTestId("import-done").waitFor();
    expect(await page.getByTestId("import-count-rows").textContent()).toBe("3");
    expect(await page.getByTestId("import-count-created").textContent()).toBe("3");
    expect(await page.getByTestId("import-count-updated").textContent()).toBe("0");

    await page.getByRole("button", { name: msg("common.close") }).first().click();
    await page.getByTestId("import-dialog").waitFor({ state: "detached" });
    expect(await searchList(page, MARK, 3)).toEqual([
      `Bagus Prasetyo ${MARK}`,
      `Citra Maharani ${MARK}, S.Kep.`,
      `Dimas Kurniawan ${MARK}`,
    ]);
    expect(await searchList(page, GOOD_NIP, 1)).toEqual([`Citra Maharani ${MARK}, S.Kep.`]);
    expect(await searchList(page, "", totalBefore + 3)).toHaveLength(20);
    expect(browser.pageErrors).toEqual([]);
  });
});
