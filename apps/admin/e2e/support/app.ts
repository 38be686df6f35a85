import type { Locator, Page } from "playwright-core";
import { en } from "../../src/i18n/en";
import { id, type MessageKey } from "../../src/i18n/id";
import { baseUrl } from "./browser";

/** The demo users of the Salatiga data set; all share one password. */
export type DemoUser = "admin" | "operator" | "analyst";
export const DEMO_PASSWORD = "bina-demo";
/** The demo data set: every employee of the city. */
export const DEMO_EMPLOYEES = 2000;

/** A message of the app's catalogues, for asserting what the user reads. */
export const msg = (key: MessageKey, params: Record<string, string | number> = {}, language: "id" | "en" = "id"): string =>
  (language === "id" ? id : en)[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/** Retries `check` until it stops throwing, then returns its value (like expect.poll); rethrows the last error at the deadline. */
export async function eventually<T>(check: () => Promise<T>, { timeout = 30_000, interval = 100 } = {}): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > deadline) throw e;
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The API, directly: to pick test data and to check what was (not) saved.

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed (${res.status}): ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

export async function apiToken(user: DemoUser): Promise<string> {
  const data = await graphql<{ login: { token: string } }>(
    "mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }",
    { u: user, p: DEMO_PASSWORD },
  );
  return data.login.token;
}

export interface ApiEmployee {
  readonly id: string;
  readonly nip: string;
  readonly name: string;
  readonly gender: "MALE" | "FEMALE";
  readonly birthDate: string;
  readonly unit: { readonly code: string; readonly name: string };
}

/** Active employees matching `search` (name part or NIP prefix), as the given token may see them. */
export async function apiEmployees(token: string, search?: string, first = 20): Promise<{ totalCount: number; employees: ApiEmployee[] }> {
  const data = await graphql<{ employees: { totalCount: number; edges: { node: ApiEmployee }[] } }>(
    `query ($first: Int, $filter: EmployeeFilter) {
       employees(first: $first, filter: $filter) { totalCount edges { node { id nip name gender birthDate unit { code name } } } }
     }`,
    { first, filter: search ? { search } : {} },
    token,
  );
  return { totalCount: data.employees.totalCount, employees: data.employees.edges.map((e) => e.node) };
}

/** Deactivates the active employees matching `search` through the API (tests leave the 2000 active demo employees as they found them). */
export async function apiDeactivate(token: string, search: string): Promise<number> {
  const data = await graphql<{ employees: { edges: { node: { id: string; version: number } }[] } }>(
    "query ($filter: EmployeeFilter) { employees(first: 100, filter: $filter) { edges { node { id version } } } }",
    { filter: { search } },
    token,
  );
  for (const { node } of data.employees.edges) {
    await graphql("mutation ($id: ID!, $v: Int!) { deactivateEmployee(id: $id, version: $v) { id } }", { id: node.id, v: node.version }, token);
  }
  return data.employees.edges.length;
}

/** `199001012015032987` → `19900101 201503 2 987`, as the app shows a NIP. */
export const formatNip = (nip: string): string => `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;

// ---------------------------------------------------------------------------------------------------------------
// The app, through the browser.

/** Signs in through the login form and waits for the employees list with its total. */
export async function signIn(page: Page, user: DemoUser, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.locator("#username").fill(user);
  await page.locator("#password").fill(password);
  await page.getByTestId("login-submit").click();
  await page.waitForURL(/\/employees$/);
  await listTotal(page);
}

/** The number in "2000 pegawai" below the employees table, once it is shown. */
export async function listTotal(page: Page): Promise<number> {
  const total = page.getByTestId("employees-total").filter({ hasText: /\d/ });
  await total.waitFor();
  const text = (await total.textContent()) ?? "";
  return Number(text.replace(/\D/g, ""));
}

/** The names linked in the employees table, in order. */
export const listNames = async (page: Page): Promise<string[]> =>
  (await page.getByTestId("employee-link").allTextContents()).map((s) => s.trim());

/** What the list shows once it has settled (no loading indicator). */
async function settledList(page: Page): Promise<{ total: number; names: string[] }> {
  if (await page.getByTestId("employees-table").locator(".ant-spin-spinning").count()) throw new Error("the list is still loading");
  return { total: await listTotal(page), names: await listNames(page) };
}

/**
 * Types into the search box and waits until the list shows `expectedTotal` employees
 * (the box is debounced, then the URL changes, then the query runs).
 */
export async function searchList(page: Page, text: string, expectedTotal: number): Promise<string[]> {
  await page.getByRole("searchbox", { name: msg("employees.search") }).fill(text);
  await page.waitForURL((url) => (url.searchParams.get("q") ?? "").trim() === text.trim());
  return eventually(async () => {
    const list = await settledList(page);
    if (list.total !== expectedTotal) throw new Error(`searching "${text}": the list shows ${list.total}, expected ${expectedTotal}`);
    if (list.names.length !== Math.min(expectedTotal, 20)) throw new Error(`searching "${text}": ${list.names.length} rows`);
    return list.names;
  });
}

/**
 * The dropdown of the antd Select/TreeSelect whose input has id `inputId` (antd renders it in a portal at the end of
 * <body>; its list is `#<id>_list`). Scoped by id, so a dropdown still fading out after a pick does not get in the way.
 */
const dropdownOf = (page: Page, inputId: string): Locator =>
  page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)", { has: page.locator(`[id="${inputId}_list"]`) });

const exactly = (text: string): RegExp => new RegExp(`^${escapeRegExp(text)}$`);

/**
 * Picks `label` in the antd Select whose input has id `inputId`, and waits until the control shows it. On a loaded
 * machine a click can land while the dropdown is still opening and select nothing: then the pick is tried again
 * (three times at most), so the test checks the form and not the animation. `search` is typed first in a long
 * (virtual) list, where the option is rendered only once the search narrows the list.
 */
export async function pickOption(page: Page, inputId: string, label: string, search?: string): Promise<void> {
  const control = page.locator(".ant-select", { has: page.locator(`input[id="${inputId}"]`) });
  const shown = control.getByTitle(label, { exact: true });
  for (let attempt = 1; ; attempt++) {
    await control.click();
    if (search !== undefined) await page.locator(`input[id="${inputId}"]`).fill(search);
    await dropdownOf(page, inputId).locator(".ant-select-item-option").filter({ hasText: exactly(label) }).click();
    try {
      await shown.waitFor({ timeout: attempt < 3 ? 8_000 : 30_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      await page.keyboard.press("Escape");
    }
  }
}

/** Types `search` into the antd TreeSelect whose input has id `inputId`, picks the node titled `title`, waits until it shows. */
export async function pickTreeNode(page: Page, inputId: string, search: string, title: string): Promise<void> {
  const control = page.locator(".ant-select", { has: page.locator(`input[id="${inputId}"]`) });
  await control.click();
  await page.locator(`input[id="${inputId}"]`).fill(search);
  // A TreeSelect's list has no id; only one dropdown is open at a time.
  const tree = page.locator(".ant-tree-select-dropdown:not(.ant-select-dropdown-hidden)").getByRole("tree");
  await tree.locator(".ant-select-tree-title").filter({ hasText: exactly(title) }).click();
  await control.getByTitle(title, { exact: true }).waitFor();
}

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
