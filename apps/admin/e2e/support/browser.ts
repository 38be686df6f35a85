import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium (or CHROMIUM_PATH); never a downloaded browser. */
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** How long one action or wait may take: well below jest's test timeout, so a failure names the step. */
// Generous for a loaded 2-core CI machine: a step that fails still names itself, well inside jest's 90 s.
const ACTION_TIMEOUT_MS = 30_000;

export const baseUrl = (): string => {
  const url = process.env.BINA_E2E_URL;
  if (!url) throw new Error("BINA_E2E_URL is not set (the e2e global setup starts the API)");
  return url;
};

export interface Browser {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Uncaught exceptions of the page so far (a test may assert there are none). */
  readonly pageErrors: readonly Error[];
  close(): Promise<void>;
}

/** A fresh Chromium with an empty profile (no session, no language choice), 1400×900, Indonesian locale, WIB. */
export async function openBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "bina-chromium-"));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1400, height: 900 },
      locale: "id-ID",
      timezoneId: "Asia/Jakarta",
      baseURL: baseUrl(),
    });
  } catch (e) {
    fs.rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(ACTION_TIMEOUT_MS);
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: Error[] = [];
  page.on("pageerror", (e) => pageErrors.push(e));
  return {
    context,
    page,
    pageErrors,
    async close() {
      try {
        await context.close();
      } finally {
        fs.rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}
