import { openBrowser, type Browser } from "./support/browser";
import { msg, signIn } from "./support/app";
import type { Page } from "playwright-core";

/** How far the page scrolls sideways (0 when it fits the screen). */
const sidewaysScroll = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The app on a phone (390×844, an iPhone 12-14): the menu is a drawer, the header keeps one line, pages fit the width. */
describe("phone layout", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
    await browser.page.setViewportSize({ width: 390, height: 844 });
    await signIn(browser.page, "admin");
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("the side menu is folded away and the header does not overlap the page", async () => {
    const { page } = browser;
    await page.goto("/employees");
    await page.getByTestId("employees-table").waitFor();
    expect(await page.getByTestId("side-menu").count()).toBe(0);
    await page.getByRole("button", { name: msg("nav.open") }).waitFor();
    const layout = await page.evaluate(() => {
      const header = document.querySelector<HTMLElement>(".ant-layout-header")!;
      const content = document.querySelector<HTMLElement>(".ant-layout-content")!;
      const h = header.getBoundingClientRect();
      // Every control of the header lies inside it (none wraps below it or sticks out sideways).
      const outside = [...header.querySelectorAll<HTMLElement>("button, .ant-segmented, .ant-avatar")].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.top < h.top || r.bottom > h.bottom || r.left < h.left || r.right > h.right;
      }).length;
      return { outside, headerBottom: h.bottom, contentTop: content.getBoundingClientRect().top };
    });
    expect(layout.outside).toBe(0);
    expect(layout.contentTop).toBeGreaterThanOrEqual(layout.headerBottom);
  });

  test("the menu drawer opens and navigates, then closes", async () => {
    const { page } = browser;
    await page.goto("/employees");
    await page.getByTestId("menu-open").click();
    const drawer = page.getByTestId("menu-drawer");
    await page.getByTestId("side-menu").waitFor();
    expect(await page.getByTestId("current-user-role").textContent()).toBe(msg("enum.Role.ADMIN"));
    await page.getByTestId("nav-units").click();
    await page.waitForURL(/\/units$/);
    await page.getByTestId("units-tree").waitFor();
    await drawer.waitFor({ state: "hidden" });
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
  });

  test("the employees list fits the width", async () => {
    const { page } = browser;
    await page.goto("/employees");
    await page.getByTestId("employee-link").first().waitFor();
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    // The name stays readable: its link is not squeezed to nothing.
    const box = await page.getByTestId("employee-link").first().boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(60);
  });

  test("links, status tags and placeholders reach WCAG AA contrast (4.5:1), on a desktop width where tags show", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/employees");
    await page.getByTestId("employee-link").first().waitFor();
    const ratios = await page.evaluate(() => {
      // The colour of an element's text over the first opaque background behind it, as a WCAG contrast ratio.
      const rgba = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r = 0, g = 0, b = 0]: number[]) =>
        [r, g, b].map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
      const background = (el: Element | null): number[] => {
        for (; el; el = el.parentElement) {
          const c = rgba(getComputedStyle(el).backgroundColor);
          if (c.length === 3 || (c[3] ?? 0) === 1) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const ratio = (el: Element, color: string) => {
        const [fr = 0, fg = 0, fb = 0, fa = 1] = rgba(color);
        const bg = background(el);
        const fgc = [fr, fg, fb].map((v, i) => v * fa + (bg[i] ?? 255) * (1 - fa));
        const [a, b] = [lum(fgc), lum(bg)].sort((x, y) => y - x);
        return (a! + 0.05) / (b! + 0.05);
      };
      const link = document.querySelector("[data-testid='employee-link']")!;
      const tag = document.querySelector("[data-testid='employees-table'] .ant-tag")!;
      const search = document.querySelector("input[type='search'], .ant-input")!;
      return { link: ratio(link, getComputedStyle(link).color), tag: ratio(tag, getComputedStyle(tag).color), placeholder: ratio(search, getComputedStyle(search, "::placeholder").color) };
    });
    expect(ratios.link).toBeGreaterThanOrEqual(4.5);
    expect(ratios.tag).toBeGreaterThanOrEqual(4.5);
    expect(ratios.placeholder).toBeGreaterThanOrEqual(4.5);
    await page.setViewportSize({ width: 390, height: 844 });
  });

  test("the employee form fits the width", async () => {
    const { page } = browser;
    await page.goto("/employees/new");
    await page.locator("#name").waitFor();
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    const input = await page.locator("#name").boundingBox();
    expect(input).not.toBeNull();
    expect((input?.x ?? -1) >= 0 && (input?.x ?? 0) + (input?.width ?? 0) <= 390).toBe(true);
  });
});
