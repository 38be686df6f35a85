// Not part of the suite: writes the README's picture, docs/screenshot.png (the employees list as admin, 1400x900),
// against the same freshly started API and demo data as the browser tests. Run it from apps/admin after a build:
//
//   pnpm exec jest --config jest.e2e.config.cjs --testMatch '**/e2e/tools/take-screenshot.ts'
import fs from "node:fs";
import path from "node:path";
import { openBrowser, type Browser } from "../support/browser";
import { DEMO_EMPLOYEES, listTotal, signIn } from "../support/app";

const OUT = path.resolve(__dirname, "..", "..", "..", "..", "docs", "screenshot.png");

let browser: Browser | undefined;

afterAll(async () => {
  await browser?.close();
});

test("screenshot of the employees list", async () => {
  browser = await openBrowser();
  const { page } = browser;
  await signIn(page, "admin");
  expect(await listTotal(page)).toBe(DEMO_EMPLOYEES);
  await page.getByTestId("employee-link").nth(19).waitFor();
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.fonts.ready);
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  await page.screenshot({ path: OUT, animations: "disabled", caret: "hide" });
  const size = await page.evaluate(() => [window.innerWidth, window.innerHeight]);
  expect(size).toEqual([1400, 900]);
});
